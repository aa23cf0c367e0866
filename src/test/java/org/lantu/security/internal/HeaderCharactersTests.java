package org.lantu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeaderCharactersTests {

    // the patterns StrictHttpFirewall uses by default (Spring Security 7)
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheFirewallsPatternsJudgeIt() {
        List<String> differences = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = "a" + Character.toString(cp) + "z";
            if (HeaderCharacters.NAMES.test(s) != NAME.matcher(s).matches()) {
                differences.add("name U+" + Integer.toHexString(cp));
            }
            if (HeaderCharacters.VALUES.test(s) != VALUE.matcher(s).matches()) {
                differences.add("value U+" + Integer.toHexString(cp));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void realHeadersPassAndControlCharactersDoNot() {
        for (String ok : List.of("Bearer lantu_abc-DEF_123", "zh-CN,zh;q=0.9", "text/html", "杭锦旗 发改委", "", "😀")) {
            assertThat(HeaderCharacters.VALUES.test(ok)).as(ok).isTrue();
            assertThat(HeaderCharacters.VALUES.test(ok))
                    .isEqualTo(VALUE.matcher(ok).matches());
        }
        assertThat(HeaderCharacters.VALUES.test("a\tb")).isTrue();
        assertThat(HeaderCharacters.NAMES.test("a\tb")).isFalse();
        for (String bad : List.of("a\nb", "a\rb", "a\u0000b", "a\u007fb", "a\u0085b")) {
            assertThat(HeaderCharacters.VALUES.test(bad)).as(bad).isFalse();
            assertThat(VALUE.matcher(bad).matches()).as(bad).isFalse();
            assertThat(HeaderCharacters.NAMES.test(bad)).as(bad).isFalse();
        }
    }
}
