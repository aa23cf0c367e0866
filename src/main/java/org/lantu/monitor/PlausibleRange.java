package org.lantu.monitor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.Units;

/**
 * The plausible range of an indicator's values, derived from its unit and name.
 *
 * <ul>
 *   <li>% (‰): a rate of change — a growth indicator, or a name saying 增长, 增速, 降幅, 下降, 降低, 减少,
 *       提高, 变化 — lies in [−100, 100] ([−1000, 1000] ‰); any other share or rate (率, 比重, 占比) in
 *       [0, 100] ([0, 1000] ‰).
 *   <li>A count or an amount (亿元, 万人, 个, 张, 岁 … every unit of {@link Units} and the counting units
 *       below): at least 0, unless it is a rate of change (an increase can be negative).
 *   <li>Anything else (无, an unknown unit, no unit): no bound.
 * </ul>
 */
final class PlausibleRange {

    private static final List<String> CHANGE_WORDS =
            List.of("增长", "增速", "降幅", "下降", "降低", "减少", "提高", "变化", "增幅", "压减");
    private static final Set<String> COUNTS = Set.of(
            "个", "件", "张", "岁", "年", "所", "家", "座", "处", "辆", "台", "床", "项", "条", "名", "位", "元/人", "万元/人", "小时", "天",
            "次", "公顷", "千公顷", "标准箱", "吨标准煤", "万吨标准煤", "兆瓦时", "千克", "公斤");

    private PlausibleRange() {}

    /** {min, max}, each null for no bound. */
    static BigDecimal[] of(String name, @Nullable String unit, boolean growth) {
        String u = Units.normalize(unit);
        boolean change = growth || CHANGE_WORDS.stream().anyMatch(name::contains);
        if ("%".equals(u) || "‰".equals(u)) {
            BigDecimal top = new BigDecimal("%".equals(u) ? "100" : "1000");
            return new BigDecimal[] {change ? top.negate() : BigDecimal.ZERO, top};
        }
        if (u == null || u.equals("无")) {
            return new BigDecimal[] {null, null};
        }
        if (!change && (Units.scaled(u) != null || COUNTS.contains(u) || u.startsWith("万") || u.startsWith("亿"))) {
            return new BigDecimal[] {BigDecimal.ZERO, null};
        }
        return new BigDecimal[] {null, null};
    }
}
