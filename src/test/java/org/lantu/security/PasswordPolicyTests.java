package org.lantu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsTwelveCharactersOfThreeClasses() {
        assertThat(PasswordPolicy.check("Hangjin-2025", "hjq")).isEmpty();
        assertThat(PasswordPolicy.check("hangjinqi2025X", "hjq")).isEmpty();
    }

    @Test
    void rejectsShortPasswordsSayingHowLong() {
        assertThat(PasswordPolicy.check("Ab1-Ab1-Ab1", "hjq"))
                .hasValueSatisfying(m -> assertThat(m).contains("至少 12 个字符", "at least 12 characters", "it has 11"));
    }

    @Test
    void countsCharactersNotBytes() {
        // eleven Chinese characters and a digit: 12 characters, two classes (other, digit)
        assertThat(PasswordPolicy.check("杭锦旗国民经济和社会发1", "hjq"))
                .hasValueSatisfying(m -> assertThat(m).contains("three of these four kinds"));
        // Chinese characters count as the fourth class
        assertThat(PasswordPolicy.check("杭锦旗规划Plan2025", "hjq")).isEmpty();
    }

    @Test
    void rejectsTwoClassesOnly() {
        assertThat(PasswordPolicy.check("alllowercase12", "hjq"))
                .hasValueSatisfying(m -> assertThat(m).contains("至少三类", "three of these four kinds"));
        assertThat(PasswordPolicy.check("ABCDEFGHIJK-", "hjq")).isPresent();
    }

    @Test
    void rejectsThePasswordContainingTheUserName() {
        assertThat(PasswordPolicy.check("Planner-2025-x", "planner"))
                .hasValueSatisfying(m -> assertThat(m).contains("user name"));
        assertThat(PasswordPolicy.check("xxAdMiN-2025-x", "admin")).isPresent();
    }

    @Test
    void rejectsMoreThanBcryptReads() {
        String longChinese = "规划".repeat(12) + "Aa1"; // 24 × 3 bytes + 3 = 75 bytes
        assertThat(PasswordPolicy.check(longChinese, "hjq"))
                .hasValueSatisfying(m -> assertThat(m).contains("72"));
    }

    @Test
    void generatedPasswordsPassAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = PasswordPolicy.generate();
            assertThat(p).hasSize(24).matches("[A-Za-z2-9]+");
            assertThat(PasswordPolicy.classes(p)).isEqualTo(3);
            assertThat(PasswordPolicy.check(p, "someone")).isEmpty();
            seen.add(p);
        }
        assertThat(seen).hasSize(200);
    }
}
