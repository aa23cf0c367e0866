package org.lantu.align.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.Direction;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.catalog.Units;

/**
 * Indicator names made comparable across plans: one key for every wording of the same indicator. The
 * normalisation and the synonyms are the indicator catalog's ({@link IndicatorCatalog#key}); what stays here
 * is what only alignment needs: whether a parent's target is a regional aggregate, and name similarity.
 */
public final class IndicatorNames {

    private static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();
    private static final List<String> AGGREGATES = Resources.lines("regional-aggregates.txt");
    private static final List<String> INTENSIVE =
            List.of("每", "人均", "率", "比", "占", "比重", "密度", "覆盖", "指数", "强度", "降幅", "增速", "增长", "均");

    private IndicatorNames() {}

    /** The comparable key of an indicator name (the catalog's). */
    public static String key(String name) {
        return CATALOG.key(name);
    }

    /** The unit written in parentheses at the end of a name (…托位数（个） → 个), if any. */
    public static @Nullable String unitInName(String name) {
        String u = IndicatorCatalog.unitInName(name);
        return u == null ? null : Units.normalize(u);
    }

    /** Width-normalised, without spaces. */
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

    /** Whether a lower figure is better (城镇登记失业率, 能耗) by the catalog; a reduction (降幅) is not. */
    public static boolean lowerIsBetter(String name) {
        return CATALOG.direction(name) == Direction.LOWER;
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
}
