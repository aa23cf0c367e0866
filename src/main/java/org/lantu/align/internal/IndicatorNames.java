package org.lantu.align.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Indicator names made comparable across plans: one key for every wording of the same indicator.
 *
 * <ol>
 *   <li>width and spaces normalised; a trailing unit in parentheses taken off (…托位数（个）);
 *   <li>a year or hedge that opens the clause dropped (到2025年, 力争);
 *   <li>qualifiers of scope dropped wherever they open the name: 全区, 全旗, 全县, 全市, 全盟, 全省, 全体,
 *       县城, 城镇 (not in 城镇化), 旗域, 县域;
 *   <li>variant words unified: 每千人口 → 每千人, 婴幼儿 → 幼儿, 百分比 → %, parentheses dropped
 *       (执业（助理）医师 → 执业助理医师);
 *   <li>the synonyms of {@code indicator-synonyms.txt} mapped to their group's first name.
 * </ol>
 */
public final class IndicatorNames {

    private static final Pattern TRAILING_UNIT = Pattern.compile("[（(]([^（）()]{1,6})[）)]$");
    private static final Pattern OPENING = Pattern.compile("^(到|至|截至)?(20\\d\\d|19\\d\\d)年(底|末)?[，,]?|^力争|^确保|^基本");
    private static final List<String> SCOPE =
            List.of("全自治区", "全区", "全旗", "全县", "全市", "全盟", "全省", "全国", "全体", "旗域", "县域", "县城", "城镇");
    private static final String[][] VARIANTS = {
        {"每千人口", "每千人"}, {"每万人口", "每万人"}, {"婴幼儿", "幼儿"}, {"百分比", "%"}, {"％", "%"},
    };

    private static final Map<String, String> SYNONYMS = loadSynonyms();
    private static final List<String> AGGREGATES = Resources.lines("regional-aggregates.txt");
    private static final List<String> LOWER_IS_BETTER = Resources.lines("lower-is-better.txt");
    private static final List<String> INTENSIVE =
            List.of("每", "人均", "率", "比", "占", "比重", "密度", "覆盖", "指数", "强度", "降幅", "增速", "增长", "均");

    private IndicatorNames() {}

    /** The comparable key of an indicator name. */
    public static String key(String name) {
        String n = normalize(name);
        return SYNONYMS.getOrDefault(n, n);
    }

    /** The unit written in parentheses at the end of a name (…托位数（个） → 个), if any. */
    public static @Nullable String unitInName(String name) {
        Matcher m = TRAILING_UNIT.matcher(compact(name));
        return m.find() ? Units.normalize(m.group(1)) : null;
    }

    static String normalize(String name) {
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
                if (n.startsWith(s) && n.length() > s.length() + 1 && !(s.equals("城镇") && n.startsWith("城镇化"))) {
                    n = n.substring(s.length());
                    changed = true;
                }
            }
        }
        return n.replaceAll("[（）()]", "");
    }

    private static String compact(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether a parent's indicator is a regional aggregate rather than a per-county floor: it names the
     * whole region or the set of counties ({@code regional-aggregates.txt}), or it is an absolute amount
     * (an extensive unit such as 亿元, 万户, 亿千瓦) that is not a rate or per-head figure.
     *
     * @return the reason, or null when the target is a per-county floor
     */
    public static @Nullable String aggregateReason(String name, @Nullable String unit) {
        String n = compact(name);
        for (String a : AGGREGATES) {
            if (n.contains(a)) {
                return "names " + a + ": a regional aggregate, no per-county floor";
            }
        }
        if (Units.extensive(unit) && INTENSIVE.stream().noneMatch(n::contains)) {
            return "is an absolute amount in " + Units.normalize(unit)
                    + " for the whole region: a regional total, no per-county floor";
        }
        return null;
    }

    /** Whether a lower figure is better (城镇登记失业率, 能耗); a reduction (降幅) is not. */
    public static boolean lowerIsBetter(String name) {
        String n = compact(name);
        if (n.contains("降幅") || n.contains("下降") || n.contains("降低") || n.contains("减少")) {
            return false;
        }
        return LOWER_IS_BETTER.stream().anyMatch(n::contains);
    }

    /** Dice coefficient of the character bigrams of two keys. */
    static double dice(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : x) {
            if (y.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static Map<String, String> loadSynonyms() {
        Map<String, String> map = new HashMap<>();
        for (String line : Resources.lines("indicator-synonyms.txt")) {
            String[] names = line.split("\\|");
            String canonical = normalize(names[0].strip());
            for (String n : names) {
                String k = normalize(n.strip());
                if (!k.equals(canonical)) {
                    map.put(k, canonical);
                }
            }
        }
        return Map.copyOf(map);
    }
}
