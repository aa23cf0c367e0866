package org.lantu.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of the catalog (指标).
 *
 * @param code a stable identifier, e.g. {@code registered_unemployment_rate}
 * @param name the standard Chinese name (标准名称)
 * @param synonyms other wordings plans use for the same indicator (同义名), without the name itself
 * @param unit the unit it is measured in (单位), {@code 无} for a pure number (差异系数), null when it varies
 * @param direction whether a higher figure is better
 * @param definition what it measures (指标解释), in one sentence
 * @param category the group plans file it under (类别): 经济发展, 创新驱动, 民生福祉, 绿色生态, 安全保障 …
 * @param attribute the attribute (属性) plans usually give it: {@code 约束性} or {@code 预期性}, null if either
 * @param sourceUnit the county unit that usually reports it (数据来源), e.g. 旗统计局
 * @param growth whether it is a rate of growth or of reduction per year or over the period (增速, 降幅)
 *     rather than a level
 */
public record CatalogEntry(
        String code,
        String name,
        List<String> synonyms,
        @Nullable String unit,
        Direction direction,
        String definition,
        String category,
        @Nullable String attribute,
        @Nullable String sourceUnit,
        boolean growth) {

    /** The name and every synonym. */
    public List<String> names() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        all.addAll(synonyms);
        return List.copyOf(all);
    }
}
