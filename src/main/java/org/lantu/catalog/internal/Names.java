package org.lantu.catalog.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Indicator names made comparable: one string for every wording of the same name.
 *
 * <ol>
 *   <li>full-width digits and letters made half-width, spaces and quotation marks (“”《》) dropped, a
 *       trailing unit in parentheses taken off (…托位数（个）);
 *   <li>a year or hedge that opens the clause dropped (到2025年, 力争);
 *   <li>qualifiers of scope dropped wherever they open the name: 全区, 全旗, 全县, 全市, 全盟, 全省, 全体, 我旗,
 *       县城, 城镇 (not in 城镇化, 城镇居民, 城镇常住, 城镇人口), 旗域, 县域;
 *   <li>variant words unified: 每千人口 → 每千人, 婴幼儿 → 幼儿, 百分比 → %, Ⅲ → III, parentheses dropped
 *       (执业（助理）医师 → 执业助理医师).
 * </ol>
 */
public final class Names {

    private static final Pattern TRAILING_UNIT = Pattern.compile("[（(]([^（）()]{1,6})[）)]$");
    private static final Pattern OPENING = Pattern.compile("^(到|至|截至)?(20\\d\\d|19\\d\\d)年(底|末)?[，,]?|^力争|^确保|^基本");
    private static final List<String> SCOPE =
            List.of("全自治区", "全区", "全旗", "全县", "全市", "全盟", "全省", "全国", "全体", "我旗", "我县", "旗域", "县域", "县城", "城镇");
    private static final String[][] VARIANTS = {
        {"每千人口", "每千人"}, {"每万人口", "每万人"}, {"婴幼儿", "幼儿"}, {"百分比", "%"}, {"％", "%"}, {"Ⅲ", "III"},
    };
    private static final String DROPPED = "“”\"‘’'《》〈〉「」";

    private Names() {}

    public static String normalize(String name) {
        String n = compact(name);
        n = TRAILING_UNIT.matcher(n).replaceFirst("");
        for (String[] v : VARIANTS) {
            n = n.replace(v[0], v[1]);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher m = OPENING.matcher(n);
            if (m.find() && m.end() > 0 && m.end() < n.length()) {
                n = n.substring(m.end());
                changed = true;
            }
            for (String s : SCOPE) {
                if (n.startsWith(s) && n.length() > s.length() + 1 && !(s.equals("城镇") && urbanItself(n))) {
                    n = n.substring(s.length());
                    changed = true;
                }
            }
        }
        return n.replaceAll("[（）()]", "");
    }

    /** 城镇化率, 城镇居民…, 城镇常住…: 城镇 is what is measured, not a scope (城镇居民收入 is not 居民收入). */
    private static boolean urbanItself(String n) {
        return n.startsWith("城镇化") || n.startsWith("城镇居民") || n.startsWith("城镇常住") || n.startsWith("城镇人口");
    }

    /** The unit written in parentheses at the end of a name (…托位数（个） → 个), as written, if any. */
    public static @Nullable String unitInName(String name) {
        Matcher m = TRAILING_UNIT.matcher(compact(name));
        return m.find() ? m.group(1) : null;
    }

    /** Width-normalised, without spaces or quotation marks. */
    public static String compact(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000' && DROPPED.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
