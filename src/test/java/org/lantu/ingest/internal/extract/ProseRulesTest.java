package org.lantu.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantu.plan.Comparator;

/** The small rules under the prose extractors: year phrases, prefixes, unit lists, the shared figures. */
class ProseRulesTest {

    private final ResponsibilityExtractor responsibilities = new ResponsibilityExtractor();

    @ParameterizedTest
    @CsvSource({
        "到2025年县城污水处理率达到95%以上, 2025",
        "2023-2025年组织技能培训各类人员3000人次以上, 2025",
        "2021—2025年, 2025",
        "“十四五”时期重点推动, 2025",
        "到“十四五”末, 2025",
        "“十五五”期间, 2030",
        "到二〇三五年基本实现, 2035",
        "截至2022年末，到2030年, 2030",
    })
    void yearsAClauseStates(String clause, int year) {
        assertThat(TargetExtractor.statedYear(clause)).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource({"截至2022年末", "“十四五”以来", "全旗地区生产总值", "比2020年提高20%"})
    void phrasesThatStateNoTargetYear(String clause) {
        assertThat(TargetExtractor.statedYear(clause)).isNull();
    }

    @Test
    void leadingConnectivesAndBaselinesAreTrimmedFromIndicators() {
        assertThat(TargetExtractor.clean("到2025年，力争全旗常住人口城镇化率")).isEqualTo("全旗常住人口城镇化率");
        assertThat(TargetExtractor.clean("开发区亩产效益比2020年")).isEqualTo("开发区亩产效益");
        assertThat(TargetExtractor.clean("常住人口城镇化率由2020年的55%")).isEqualTo("常住人口城镇化率");
        assertThat(TargetExtractor.clean("1.一般公共预算收入")).isEqualTo("一般公共预算收入");
    }

    @Test
    void aBareDepartmentTakesThePrefixBeforeIt() {
        assertThat(responsibilities.normalize(List.of("旗能源局", "发改委", "杭锦经济开发区"), "杭锦"))
                .containsExactly("旗能源局", "旗发改委", "杭锦经济开发区");
        // the last prefix seen wins; a department that is named in full keeps its own
        assertThat(responsibilities.normalize(List.of("市生态环境局", "旗住建局", "水利局", "市场监管局"), null))
                .containsExactly("市生态环境局", "旗住建局", "旗水利局", "旗市场监管局");
        // no prefix before: nothing to inherit
        assertThat(responsibilities.normalize(List.of("发改委", "住建局"), null)).containsExactly("发改委", "住建局");
        // 自治区 is one prefix, not 自 + 治区
        assertThat(responsibilities.normalize(List.of("自治区住建厅", "发改委"), null)).containsExactly("自治区住建厅", "自治区发改委");
    }

    @Test
    void namesOfTheirOwnPlaceCompaniesAndTownshipsDoNotInherit() {
        assertThat(responsibilities.normalize(
                        List.of("旗住建局", "杭锦供电分局", "泽鑫水务公司", "邮政分公司", "巴拉贡镇", "各苏木镇", "国家金融监督管理总局杭锦监管支局"), "杭锦"))
                .containsExactly("旗住建局", "杭锦供电分局", "泽鑫水务公司", "邮政分公司", "巴拉贡镇", "各苏木镇", "国家金融监督管理总局杭锦监管支局");
        // a short unknown 局 inherits; a longer unknown name is kept as written
        assertThat(responsibilities.normalize(List.of("县住建局", "城管局", "某某某某研究中心"), null))
                .containsExactly("县住建局", "县城管局", "某某某某研究中心");
        assertThat(ResponsibilityExtractor.regionStem("杭锦旗")).isEqualTo("杭锦");
        assertThat(ResponsibilityExtractor.regionStem("内蒙古自治区")).isEqualTo("内蒙古");
        assertThat(ResponsibilityExtractor.regionStem("旗")).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2023～2025年",
                "亿元",
                "工业化、城镇化、信息化、农业现代化",
                "呼和镇、巴音镇、潮格镇",
                "含高新区",
                "试行",
                "社区",
                "东区、西区",
                "见专栏3",
                "以下简称《总体方案》"
            })
    void parenthesesThatAreNotUnitLists(String inside) {
        assertThat(responsibilities.units(inside)).isEmpty();
    }

    @Test
    void unitListsWithLabelsRolesAndConjunctions() {
        assertThat(responsibilities.units("旗能源局、发改委，杭锦经济开发区")).containsExactly("旗能源局", "发改委", "杭锦经济开发区");
        assertThat(responsibilities.units("牵头单位：县发改委；配合单位：县财政局、统计局")).containsExactly("县发改委", "县财政局", "统计局");
        assertThat(responsibilities.units("县发改委、财政局及各乡镇")).containsExactly("县发改委", "财政局", "各乡镇");
        // 和 inside a department's own name does not split it
        assertThat(responsibilities.units("县住房和城乡建设局、人力资源和社会保障局")).containsExactly("县住房和城乡建设局", "人力资源和社会保障局");
        assertThat(responsibilities.unitList("县统计局配合，县发改委牵头").lead()).isEqualTo(1);
    }

    @Test
    void theSharedFiguresReadTheNewUnitsAndWords() {
        assertThat(Figures.cell("缩小5个百分点以上").unit()).isEqualTo("个百分点");
        assertThat(Figures.cell("3万头以上").unit()).isEqualTo("万头");
        assertThat(Figures.cell("3万头以上").comparator()).isEqualTo(Comparator.GE);
        assertThat(Figures.cell("25微克/立方米以下").unit()).isEqualTo("微克/立方米");
        assertThat(Figures.cell("1.35亿千瓦").unit()).isEqualTo("亿千瓦");
        assertThat(Figures.comparator("嘎查村千兆网络接入率超", "")).isEqualTo(Comparator.GT);
        assertThat(Figures.comparator("失业率不超过", "")).isEqualTo(Comparator.LE);
    }
}
