package org.lantu.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorCatalogTests {

    private final IndicatorCatalog catalog = IndicatorCatalog.standard();

    @Test
    void wordingsOfTheChildcareIndicatorAreOneEntry() {
        CatalogEntry e = catalog.find("每千人口拥有3岁以下幼儿托位数").orElseThrow();
        assertThat(catalog.find("每千人拥有3岁以下婴幼儿托位数（个）")).contains(e);
        assertThat(catalog.find("全旗每千人拥有３岁以下婴幼儿托位数")).contains(e);
        assertThat(e.unit()).isEqualTo("个");
        assertThat(e.direction()).isEqualTo(Direction.HIGHER);
        assertThat(e.category()).isEqualTo("民生福祉");
    }

    @Test
    void scopeWordsYearsAndUnitsInParenthesesDoNotChangeTheIndicator() {
        assertThat(catalog.find("县城污水处理率")).isEqualTo(catalog.find("污水处理率"));
        assertThat(catalog.find("到2025年县城集中供暖比例").orElseThrow().code()).isEqualTo("central_heating_share");
        assertThat(catalog.find("我旗农畜产品质量安全可追溯率").orElseThrow().code()).isEqualTo("agri_traceability_rate");
        assertThat(catalog.find("常住人口城镇化率（％）").orElseThrow().code()).isEqualTo("urbanization_rate");
        assertThat(catalog.find("城镇化率").orElseThrow().code()).isEqualTo("urbanization_rate");
    }

    @Test
    void aLeadingPlaceNameIsDroppedWhenTheRestIsAnIndicator() {
        assertThat(catalog.find("巴音镇天然气通气率").orElseThrow().code()).isEqualTo("gas_access_rate");
        assertThat(catalog.place("巴音镇天然气通气率")).isEqualTo("巴音镇");
        assertThat(catalog.place("天然气通气率")).isEmpty();
        // 农村 is no place name: rural income is not urban income
        assertThat(catalog.find("农村常住居民人均可支配收入").orElseThrow().code()).isEqualTo("rural_disposable_income");
        assertThat(catalog.find("城镇常住居民人均可支配收入").orElseThrow().code()).isEqualTo("urban_disposable_income");
    }

    @Test
    void registeredAndSurveyedUnemploymentAreDifferentIndicators() {
        CatalogEntry registered = catalog.find("城镇登记失业率").orElseThrow();
        CatalogEntry surveyed = catalog.find("城镇调查失业率").orElseThrow();
        assertThat(registered).isNotEqualTo(surveyed);
        assertThat(catalog.find("登记失业率")).contains(registered);
        assertThat(catalog.find("调查失业率")).contains(surveyed);
        assertThat(catalog.key("城镇登记失业率")).isNotEqualTo(catalog.key("城镇调查失业率"));
    }

    @Test
    void directionsOfTheSeedsIndicators() {
        assertThat(catalog.direction("城镇登记失业率（%）")).isEqualTo(Direction.LOWER);
        assertThat(catalog.direction("城镇调查失业率")).isEqualTo(Direction.LOWER);
        assertThat(catalog.direction("单位GDP能耗降幅")).isEqualTo(Direction.HIGHER);
        assertThat(catalog.direction("单位地区生产总值能源消耗降幅（%）")).isEqualTo(Direction.HIGHER);
        assertThat(catalog.direction("单位GDP能耗")).isEqualTo(Direction.LOWER);
        assertThat(catalog.direction("森林覆盖率")).isEqualTo(Direction.HIGHER);
        assertThat(catalog.direction("婴儿死亡率")).isEqualTo(Direction.LOWER);
        assertThat(catalog.direction("旗域小学校际差异系数")).isEqualTo(Direction.LOWER);
        assertThat(catalog.direction("地区生产总值")).isEqualTo(Direction.HIGHER);
    }

    @Test
    void anIndicatorWhoseDirectionDependsIsUnknown() {
        assertThat(catalog.direction("三次产业结构")).isEqualTo(Direction.UNKNOWN);
        assertThat(catalog.direction("人口自然增长率（‰）")).isEqualTo(Direction.UNKNOWN);
        assertThat(catalog.direction("全社会固定资产投资累计")).isEqualTo(Direction.UNKNOWN);
    }

    @Test
    void anUnlistedNameIsNotFoundAndItsDirectionIsUnknownUnlessARuleNamesIt() {
        assertThat(catalog.find("硫酸消化量")).isEmpty();
        assertThat(catalog.find("产值")).isEmpty();
        assertThat(catalog.direction("年收入10万元以上嘎查村占比")).isEqualTo(Direction.UNKNOWN);
        // the data file's rule: a death rate is better lower, a reduction better higher
        assertThat(catalog.direction("孕产妇死亡率")).isEqualTo(Direction.LOWER);
        assertThat(catalog.direction("二氧化氮排放总量减少")).isEqualTo(Direction.HIGHER);
    }

    @Test
    void aLevelNamedWithAGrowthFigureFindsItsGrowthIndicator() {
        assertThat(catalog.growthOf("地区生产总值").orElseThrow().code()).isEqualTo("gdp_growth");
        assertThat(catalog.growthOf("全体居民人均可支配收入").orElseThrow().code()).isEqualTo("disposable_income_growth");
        assertThat(catalog.growthOf("全体居民人均可支配收入年均增速（%）").orElseThrow().code()).isEqualTo("disposable_income_growth");
        assertThat(catalog.growthOf("森林覆盖率")).isEmpty();
    }

    @Test
    void everyEntryHasADefinitionAndNoWordingNamesTwoEntries() {
        assertThat(catalog.entries()).hasSizeGreaterThan(100);
        assertThat(catalog.entries()).allSatisfy(e -> {
            assertThat(e.definition()).as(e.code()).isNotBlank();
            assertThat(e.attribute()).as(e.code()).isIn(null, "约束性", "预期性");
            for (String n : e.names()) {
                assertThat(catalog.find(n)).as(n).contains(e);
            }
        });
    }

    @Test
    void aWordingListedUnderTwoIndicatorsIsRejected() {
        String header = "code\tname\tsynonyms\tunit\tdirection\tkind\tcategory\tattribute\tsource_unit\tdefinition\n";
        String tsv = header
                + "a\t城镇登记失业率\t\t%\tlower\tlevel\t民生福祉\t\t\tx\n"
                + "b\t城镇调查失业率\t登记失业率\t%\tlower\tlevel\t民生福祉\t\t\tx\n";
        assertThatThrownBy(() -> IndicatorCatalog.of(new StringReader(tsv), List.of()))
                .hasMessageContaining("登记失业率");
    }

    @Test
    void aBadDirectionIsRejectedWithItsLine() {
        String tsv = "code\tname\tsynonyms\tunit\tdirection\tkind\tcategory\tattribute\tsource_unit\tdefinition\n"
                + "a\t森林覆盖率\t\t%\tup\tlevel\t绿色生态\t\t\tx\n";
        assertThatThrownBy(() -> IndicatorCatalog.of(new StringReader(tsv), List.of()))
                .hasMessageContaining("line 2")
                .hasMessageContaining("direction");
    }
}
