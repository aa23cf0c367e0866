package org.lantu.catalog;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Units of target figures: width-normalised, and scaled units of one family brought to a common base
 * (亿元 = 10⁴ 万元, 万千瓦 = 10⁴ 千瓦 …) so that 1.2万亿元 and 200亿元 compare.
 */
public final class Units {

    /** A unit as a multiple of its family's base unit. */
    public record Scaled(String base, BigDecimal factor) {}

    private static final Map<String, Scaled> SCALED = Map.ofEntries(
            scaled("元", "元", "1"),
            scaled("万元", "元", "1e4"),
            scaled("亿元", "元", "1e8"),
            scaled("万亿元", "元", "1e12"),
            scaled("千瓦", "千瓦", "1"),
            scaled("万千瓦", "千瓦", "1e4"),
            scaled("亿千瓦", "千瓦", "1e8"),
            scaled("兆瓦", "千瓦", "1e3"),
            scaled("千瓦时", "千瓦时", "1"),
            scaled("度", "千瓦时", "1"),
            scaled("万度", "千瓦时", "1e4"),
            scaled("亿度", "千瓦时", "1e8"),
            scaled("人次", "人次", "1"),
            scaled("万人次", "人次", "1e4"),
            scaled("万千瓦时", "千瓦时", "1e4"),
            scaled("亿千瓦时", "千瓦时", "1e8"),
            scaled("户", "户", "1"),
            scaled("万户", "户", "1e4"),
            scaled("套", "套", "1"),
            scaled("万套", "套", "1e4"),
            scaled("亩", "亩", "1"),
            scaled("万亩", "亩", "1e4"),
            scaled("人", "人", "1"),
            scaled("万人", "人", "1e4"),
            scaled("吨", "吨", "1"),
            scaled("万吨", "吨", "1e4"),
            scaled("亿吨", "吨", "1e8"),
            scaled("立方米", "立方米", "1"),
            scaled("万立方米", "立方米", "1e4"),
            scaled("亿立方米", "立方米", "1e8"),
            scaled("米", "米", "1"),
            scaled("km", "米", "1e3"),
            scaled("公里", "米", "1e3"),
            scaled("千米", "米", "1e3"),
            scaled("平方米", "平方米", "1"),
            scaled("平方公里", "平方米", "1e6"),
            scaled("个", "个", "1"),
            scaled("万个", "个", "1e4"),
            scaled("%", "%", "1"),
            scaled("‰", "%", "0.1"));

    /** Units of an absolute amount (an extensive quantity: a total that adds up over the counties). */
    private static final java.util.Set<String> EXTENSIVE_BASES =
            java.util.Set.of("元", "千瓦", "千瓦时", "户", "套", "亩", "人", "吨", "立方米", "米", "平方米");

    private Units() {}

    private static Map.Entry<String, Scaled> scaled(String unit, String base, String factor) {
        return Map.entry(unit, new Scaled(base, new BigDecimal(factor)));
    }

    /** The unit width-normalised (％ → %, ｋｍ → km), null or blank as null. */
    public static @Nullable String normalize(@Nullable String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : unit.strip().toCharArray()) {
            if (c >= '！' && c <= '～') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        String u = sb.toString();
        if (u.equals("百分比") || u.equals("％")) {
            return "%";
        }
        return u.toLowerCase(java.util.Locale.ROOT).equals("km") ? "km" : u;
    }

    public static @Nullable Scaled scaled(@Nullable String unit) {
        String u = normalize(unit);
        return u == null ? null : SCALED.get(u);
    }

    /** Whether two units measure the same thing, possibly at different scales. */
    public static boolean compatible(@Nullable String a, @Nullable String b) {
        String ua = normalize(a);
        String ub = normalize(b);
        if (ua == null || ub == null || ua.equals(ub)) {
            return true;
        }
        Scaled sa = SCALED.get(ua);
        Scaled sb = SCALED.get(ub);
        return sa != null && sb != null && sa.base().equals(sb.base());
    }

    /** The value in the base unit of its family, or as it is when the unit is unknown. */
    public static BigDecimal toBase(BigDecimal value, @Nullable String unit) {
        Scaled s = scaled(unit);
        return s == null ? value : value.multiply(s.factor());
    }

    /** Whether the unit is one of an absolute amount (亿元, 万户, 万亩, 亿千瓦 …). */
    public static boolean extensive(@Nullable String unit) {
        Scaled s = scaled(unit);
        return s != null && EXTENSIVE_BASES.contains(s.base());
    }
}
