package org.lantu.align.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One key for every wording of an indicator; aggregates and directions. */
class IndicatorNamesTests {

    @Test
    void wordingsOfTheChildcareIndicatorShareOneKey() {
        String key = IndicatorNames.key("每千人口拥有3岁以下幼儿托位数");
        assertThat(IndicatorNames.key("每千人拥有3岁以下婴幼儿托位数（个）")).isEqualTo(key);
        assertThat(IndicatorNames.key("全旗每千人拥有３岁以下婴幼儿托位数")).isEqualTo(key);
    }

    @Test
    void scopeQualifiersAndOpeningYearsAreDropped() {
        assertThat(IndicatorNames.key("县城污水处理率")).isEqualTo(IndicatorNames.key("污水处理率"));
        assertThat(IndicatorNames.key("全体居民人均可支配收入年均增速（％）")).isEqualTo(IndicatorNames.key("居民人均可支配收入年均增速"));
        assertThat(IndicatorNames.key("到2025年县城集中供暖比例")).isEqualTo(IndicatorNames.key("集中供暖比例"));
        // 城镇 is a qualifier, 城镇化 is not
        assertThat(IndicatorNames.key("常住人口城镇化率")).isEqualTo("常住人口城镇化率");
        assertThat(IndicatorNames.key("城镇化率")).isEqualTo("常住人口城镇化率");
    }

    @Test
    void synonymsFromTheDataFileMapToTheirGroup() {
        assertThat(IndicatorNames.key("县域生产总值")).isEqualTo(IndicatorNames.key("地区生产总值（亿元）"));
        assertThat(IndicatorNames.key("高中阶段毛入学率")).isEqualTo(IndicatorNames.key("高中毛入学率"));
    }

    @Test
    void theUnitInParenthesesAtTheEndOfANameIsRead() {
        assertThat(IndicatorNames.unitInName("常住人口城镇化率（％）")).isEqualTo("%");
        assertThat(IndicatorNames.unitInName("每千人口拥有执业（助理）医师数（人）")).isEqualTo("人");
        assertThat(IndicatorNames.unitInName("城市空气优良天数比率")).isNull();
        assertThat(IndicatorNames.key("每千人口拥有执业（助理）医师数（人）")).isEqualTo("每千人拥有执业助理医师数");
    }

    @Test
    void regionalAggregatesAreRecognised() {
        assertThat(IndicatorNames.aggregateReason("县城常住人口占全区城镇人口比重", "%")).contains("全区");
        assertThat(IndicatorNames.aggregateReason("县域生产总值", "万亿元")).isNotNull();
        assertThat(IndicatorNames.aggregateReason("新能源装机", "亿千瓦")).contains("regional total");
        assertThat(IndicatorNames.aggregateReason("通过国家义务教育优质均衡发展验收的旗县（市）", "%"))
                .contains("旗县（市）");
        assertThat(IndicatorNames.aggregateReason("每千人口拥有3岁以下幼儿托位数", "个")).isNull();
        assertThat(IndicatorNames.aggregateReason("城乡居民人均可支配收入", "元")).isNull();
        assertThat(IndicatorNames.aggregateReason("县城污水处理率", "%")).isNull();
    }

    @Test
    void lowerIsBetterUnlessTheNameIsAReduction() {
        assertThat(IndicatorNames.lowerIsBetter("城镇登记失业率")).isTrue();
        assertThat(IndicatorNames.lowerIsBetter("单位地区生产总值能源消耗降幅")).isFalse();
        assertThat(IndicatorNames.lowerIsBetter("森林覆盖率")).isFalse();
    }
}
