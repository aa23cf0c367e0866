package org.lantu.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantu.plan.Comparator;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.Responsibility;
import org.lantu.plan.Target;
import org.lantu.plan.TargetKind;

/**
 * Layouts and wordings the seeds do not have, in fictional plans (模拟县, 示例旗), run through the whole
 * pipeline: half-width parentheses and commas, a 市 prefix, full-width digits, traditional characters, labelled
 * unit lists, two targets in one clause, a ceiling, a qualitative target, past and present statements.
 */
class ProseFixturesTest {

    private static final String MONI = "fixtures/moni-county-plan.txt";
    private static final String SHILI = "fixtures/shili-banner-traditional.txt";
    private static final String YANSHI = "fixtures/yanshi-county-goals.txt";

    private static List<Target> targets(String fixture) {
        return ProseDocuments.fixture(fixture).targets();
    }

    private static Target target(String fixture, String indicator) {
        return targets(fixture).stream()
                .filter(t -> t.indicator().equals(indicator))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no target " + indicator + " in " + targets(fixture)));
    }

    private static Responsibility responsibilityAt(String fixture, int line) {
        return ProseDocuments.fixture(fixture).responsibilities().stream()
                .filter(r -> r.line() == line)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no responsibility at line " + line));
    }

    @Test
    void theTargetsOfTheFictionalCountyPlan() {
        assertThat(targets(MONI))
                .extracting(
                        Target::line,
                        Target::indicator,
                        t -> t.value().toPlainString(),
                        Target::unit,
                        Target::year,
                        Target::comparator,
                        Target::kind)
                .containsExactly(
                        tuple(9, "全县地区生产总值", "120", "亿元", 2025, Comparator.GT, TargetKind.LEVEL),
                        tuple(9, "城镇登记失业率", "4.5", "%", 2025, Comparator.LE, TargetKind.LEVEL),
                        tuple(15, "县城集中供热普及率", "90", "%", 2025, Comparator.GE, TargetKind.LEVEL),
                        tuple(15, "城镇居民人均可支配收入", "42000", "元", 2025, Comparator.EQ, TargetKind.LEVEL),
                        tuple(15, "农村居民人均可支配收入", "18500", "元", 2025, Comparator.EQ, TargetKind.LEVEL),
                        tuple(17, "森林覆盖率", "12.5", "%", null, Comparator.EQ, TargetKind.LEVEL),
                        tuple(17, "草原植被盖度", "46", "%", null, Comparator.EQ, TargetKind.LEVEL),
                        tuple(19, "常住人口城镇化率", "65", "%", null, Comparator.EQ, TargetKind.LEVEL),
                        tuple(19, "全县粮食产量", "3", "亿斤", null, Comparator.GE, TargetKind.LEVEL),
                        tuple(19, "工业增加值", "8", "%", null, Comparator.ABOUT, TargetKind.ANNUAL_GROWTH),
                        tuple(23, "每千人口执业（助理）医师数", "3.2", "人", 2024, Comparator.EQ, TargetKind.LEVEL),
                        tuple(23, "累计新增城镇就业", "1.2", "万人", 2024, Comparator.EQ, TargetKind.CUMULATIVE),
                        tuple(23, "人均预期寿命", "79", "岁", 2024, Comparator.EQ, TargetKind.LEVEL),
                        tuple(24, "全县PM2.5平均浓度", "25", "微克/立方米", 2024, Comparator.LE, TargetKind.LEVEL));
    }

    @Test
    void aCeilingIsAtMost() {
        Target t = target(MONI, "城镇登记失业率");
        assertThat(t.comparator()).isEqualTo(Comparator.LE);
        assertThat(t.text()).isEqualTo("城镇登记失业率控制在4.5%以内");
        assertThat(t.section()).isEqualTo("发展目标");
    }

    @Test
    void aQualitativeTargetGivesNoNumericTarget() {
        // 单位地区生产总值能源消耗降幅达到全市要求
        assertThat(targets(MONI))
                .noneMatch(t -> t.indicator().contains("能源消耗") || t.text().contains("全市要求"));
    }

    @Test
    void pastPresentAndQualifyingFiguresAreNotTargets() {
        assertThat(targets(MONI))
                .extracting(t -> t.value().toPlainString())
                // 发展基础; “十三五”期间; 15年以上供热管网; 新建养老服务中心2个; 共有常住人口; 目前…; 仅为…
                .doesNotContain("88.6", "58.2", "6200", "15", "2", "60");
        assertThat(targets(MONI)).noneMatch(t -> t.unit() != null && t.unit().equals("万人") && t.line() > 24);
    }

    @Test
    void fullWidthDigitsAreReadAndQuotedAsWritten() {
        Target t = target(MONI, "常住人口城镇化率");
        assertThat(t.value()).isEqualByComparingTo("65");
        assertThat(t.unit()).isEqualTo("%");
        assertThat(t.location().quote()).isEqualTo("常住人口城镇化率达到６５％");
    }

    @Test
    void aTargetOnTheSecondLineOfAParagraphPointsAtThatLine() {
        Target t = target(MONI, "全县PM2.5平均浓度");
        assertThat(t.line()).isEqualTo(24);
        assertThat(t.location().line()).isEqualTo(24);
    }

    @Test
    void halfWidthParenthesesAndCommas() {
        Responsibility r = responsibilityAt(MONI, 15);
        assertThat(r.units()).containsExactly("县住建局", "发改委", "模拟县经济开发区");
        assertThat(r.unitsNormalized()).containsExactly("县住建局", "县发改委", "模拟县经济开发区");
        assertThat(r.lead()).isEqualTo("县住建局");
        assertThat(r.text()).endsWith("分别达到42000元和18500元。").doesNotContain("县住建局");
    }

    @Test
    void aCityPrefixIsInheritedAndTownshipGroupsAreKept() {
        Responsibility r = responsibilityAt(MONI, 17);
        assertThat(r.unitsNormalized()).containsExactly("市生态环境局", "市林草局", "各乡镇");
        assertThat(responsibilityAt(MONI, 19).unitsNormalized()).containsExactly("县农业农村局", "县统计局");
    }

    @Test
    void labelledAndRoleMarkedUnitLists() {
        Responsibility labelled = responsibilityAt(MONI, 28);
        assertThat(labelled.units()).containsExactly("县发改委", "县财政局", "统计局");
        assertThat(labelled.unitsNormalized()).containsExactly("县发改委", "县财政局", "县统计局");
        assertThat(labelled.lead()).isEqualTo("县发改委");
        Responsibility roles = responsibilityAt(MONI, 30);
        assertThat(roles.unitsNormalized()).containsExactly("县政府办", "县发改委", "县审计局");
        assertThat(roles.lead()).isEqualTo("县政府办");
    }

    @Test
    void aClosingPeriodInParenthesesIsNotAUnitList() {
        // …全面提升公共服务水平（2021～2025年）
        assertThat(ProseDocuments.fixture(MONI).responsibilities())
                .extracting(Responsibility::line)
                .containsExactly(15, 17, 19, 28, 30);
    }

    @Test
    void traditionalCharactersAreReadAfterConversion() {
        ExtractedPlan plan = ProseDocuments.fixture(SHILI);
        assertThat(plan.targets())
                .extracting(
                        Target::indicator,
                        t -> t.value().toPlainString(),
                        Target::unit,
                        Target::year,
                        Target::comparator)
                .containsExactly(
                        tuple("全旗地区生产总值", "130", "亿元", 2025, Comparator.GT),
                        tuple("常住人口城镇化率", "62", "%", 2025, Comparator.EQ),
                        tuple("县城污水处理率", "95", "%", 2025, Comparator.GE),
                        tuple("生活垃圾无害化处理率", "100", "%", 2025, Comparator.EQ));
        Target t = plan.targets().get(2);
        assertThat(t.location().quote()).isEqualTo("到2025年，縣城污水處理率達到95%以上");
        assertThat(t.location().notes()).contains("traditional characters converted to simplified");
        Responsibility r = plan.responsibilities().get(0);
        assertThat(r.units()).containsExactly("旗住建局", "水利局", "生态环境分局", "示例供电分局");
        // 示例供电分局 names its own place: it does not inherit 旗
        assertThat(r.unitsNormalized()).containsExactly("旗住建局", "旗水利局", "旗生态环境分局", "示例供电分局");
    }

    @Test
    void oneSentenceAtATime() {
        ExtractedPlan plan = ProseDocuments.runText("""
                测试县推进以县城为重要载体的城镇化建设实施方案（2023～2025年）

                一、目标任务

                到2025年，县城建成区绿地率达到38%，燃气普及率不低于98%；行政村通硬化路比例保持100%。地区生产总值比2022年增长25%以上，比重调整为12:40:48左右。

                二、主要任务

                建设停车场3处，新建城市道路12公里，年产30万吨饲料项目加快建设。近年来全县旅游收入年均增长12%。到2025年实现旅游收入突破20亿元，接待游客1.5万余人次。
                """);
        assertThat(plan.targets())
                .extracting(
                        Target::indicator,
                        t -> t.value().toPlainString(),
                        Target::unit,
                        Target::year,
                        Target::comparator)
                .containsExactly(
                        tuple("县城建成区绿地率", "38", "%", 2025, Comparator.EQ),
                        tuple("燃气普及率", "98", "%", 2025, Comparator.GE),
                        tuple("行政村通硬化路比例", "100", "%", 2025, Comparator.EQ),
                        tuple("地区生产总值", "25", "%", 2025, Comparator.GE),
                        tuple("旅游收入", "20", "亿元", 2025, Comparator.GT),
                        tuple("接待游客", "1.5", "万人次", 2025, Comparator.GT));
    }

    @Test
    void goalsWrittenAsBaselineToTargetPerCapitaRatesAndNumberedItems() {
        assertThat(targets(YANSHI))
                .extracting(
                        Target::line,
                        Target::indicator,
                        t -> t.value().toPlainString(),
                        Target::unit,
                        Target::year,
                        Target::comparator,
                        Target::kind)
                .containsExactly(
                        tuple(7, "地区生产总值", "6.5", "%", 2025, Comparator.ABOUT, TargetKind.ANNUAL_GROWTH),
                        // …年均增长6.5%左右，到2025年达到200亿元: the second clause names no indicator
                        tuple(7, "地区生产总值", "200", "亿元", 2025, Comparator.EQ, TargetKind.LEVEL),
                        // 由2020年的55%提高到2025年的62%: the baseline is not a target
                        tuple(9, "常住人口城镇化率", "62", "%", 2025, Comparator.EQ, TargetKind.LEVEL),
                        tuple(9, "每千人拥有执业（助理）医师", "3.2", "人", 2025, Comparator.EQ, TargetKind.LEVEL),
                        tuple(9, "三年累计完成投资", "100", "亿元", 2025, Comparator.EQ, TargetKind.CUMULATIVE),
                        // numbered one-line items, which the structure takes for headings
                        tuple(11, "一般公共预算收入", "5", "%", 2025, Comparator.EQ, TargetKind.ANNUAL_GROWTH),
                        tuple(13, "城镇登记失业率", "4.5", "%", 2025, Comparator.LE, TargetKind.LEVEL),
                        tuple(17, "R&D经费投入强度", "2.5", "%", 2025, Comparator.EQ, TargetKind.LEVEL),
                        tuple(17, "单位地区生产总值能耗", "13.5", "%", 2025, Comparator.EQ, TargetKind.LEVEL),
                        tuple(17, "森林覆盖率", "30", "%", 2030, Comparator.EQ, TargetKind.LEVEL));
        assertThat(targets(YANSHI).get(5).section()).isEqualTo("主要目标");
    }

    @Test
    void roleWordsAndConjunctionsInUnitLists() {
        assertThat(responsibilityAt(YANSHI, 19).unitsNormalized()).containsExactly("县委组织部", "县人社局");
        assertThat(responsibilityAt(YANSHI, 21).units()).containsExactly("县发改委", "财政局", "各乡镇");
        assertThat(responsibilityAt(YANSHI, 21).unitsNormalized()).containsExactly("县发改委", "县财政局", "各乡镇");
        assertThat(responsibilityAt(YANSHI, 23).unitsNormalized()).containsExactly("县政府", "县直有关部门");
        // the unit marked 牵头 leads even when it is not listed first
        Responsibility marked = responsibilityAt(YANSHI, 25);
        assertThat(marked.unitsNormalized()).containsExactly("县统计局", "县审计局", "县发改委");
        assertThat(marked.lead()).isEqualTo("县发改委");
    }
}
