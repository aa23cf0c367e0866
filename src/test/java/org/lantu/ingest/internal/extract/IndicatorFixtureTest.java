package org.lantu.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lantu.ingest.internal.extract.IndicatorSeedTest.assertRows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantu.ingest.internal.doc.RawBlock;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.doc.SourceLine;
import org.lantu.ingest.internal.doc.SourceTable;
import org.lantu.ingest.internal.doc.SourceTable.SourceCell;
import org.lantu.ingest.internal.structure.StructuredDocument;
import org.lantu.plan.Indicator;
import org.lantu.plan.TableValue;

/** Indicator tables in layouts the seeds do not have, from fictional documents. */
class IndicatorFixtureTest {

    private final IndicatorExtractor extractor = new IndicatorExtractor();

    @Test
    void markdownPipeTableWithCategoryRowsAndAGrowthColumn() {
        List<Indicator> rows = extractor.extract(TestDocs.fixture("indicators_pipe.txt"));
        // 一、经济发展 rows carry the category; row 6 has no 2025 level, so its growth rate is the target
        assertRows(rows, "表1示例旗“十四五”主要指标", 2020, 2025, """
                12|1|经济发展|地区生产总值|亿元|120.5|120.5|180|180|=|level|预期性
                13|2|经济发展|一般公共预算收入|万元|45000|45000|≥60000|60000|>=|level|预期性
                15|3|生态环境|草原植被盖度|%|41|41|45以上|45|>=|level|约束性
                16|4|生态环境|单位地区生产总值能耗降低|%|—|null|完成上级下达任务|null|qualitative|qualitative|约束性
                17|5|生态环境|城市建成区绿地率|%|30.2|30.2|约35|35|about|level|预期性
                18|6|生态环境|农村牧区常住居民人均可支配收入|元|15800|15800|7|7|=|annual_growth|预期性
                """);
        assertThat(rows.get(0).values())
                .containsExactly(
                        new TableValue("2020年", 2020, "120.5", new BigDecimal("120.5")),
                        new TableValue("2025年目标", 2025, "180", new BigDecimal("180")),
                        new TableValue("年均增长（%）", null, "8.4", new BigDecimal("8.4")));
        assertThat(rows.get(0).location().notes()).containsExactly("table layout: pipe");
    }

    @Test
    void aProjectTableIsNoIndicatorTable() {
        // the fixture's second table (序号 | 项目名称 | 建设地点) gives nothing
        assertThat(extractor.extract(TestDocs.fixture("indicators_pipe.txt")))
                .extracting(Indicator::name)
                .doesNotContain("示例旗草原防火站");
        assertThat(extractor.extract(TestDocs.seed("002")))
                .extracting(Indicator::table)
                .allMatch(t -> t.startsWith("专栏1") || t.startsWith("专栏2"));
    }

    @Test
    void tabTableWithUnitAndAttributeColumnsAndCategoryCarriedDown() {
        List<Indicator> rows = extractor.extract(TestDocs.fixture("indicators_tabs.txt"));
        assertThat(rows).extracting(Indicator::seq).containsOnlyNulls();
        assertThat(rows)
                .extracting(Indicator::name, Indicator::category, Indicator::unit)
                .containsExactly(
                        tuple("地区生产总值", "经济发展", "亿元"),
                        tuple("人均一般公共预算收入", "经济发展", "元/人"),
                        tuple("城镇化率", "经济发展", "%"),
                        tuple("城镇调查失业率", "民生福祉", "%"),
                        tuple("每千名老年人养老床位数", "民生福祉", "张"),
                        tuple("单位地区生产总值二氧化碳排放降低", "绿色发展", "%"),
                        tuple("耕地保有量", "绿色发展", "万亩"));
        assertThat(rows)
                .extracting(
                        i -> i.target().raw(),
                        i -> i.target().value(),
                        i -> i.target().comparator().code(),
                        i -> i.target().kind().code())
                .containsExactly(
                        tuple("130左右", new BigDecimal("130"), "about", "level"),
                        tuple("＞3000", new BigDecimal("3000"), ">", "level"),
                        tuple("６５", new BigDecimal("65"), "=", "level"),
                        tuple("<5.5", new BigDecimal("5.5"), "<", "level"),
                        tuple("不低于35", new BigDecimal("35"), ">=", "level"),
                        tuple("〔18〕", new BigDecimal("18"), "=", "cumulative"),
                        tuple("≥52.3", new BigDecimal("52.3"), ">=", "level"));
        // full-width digits are read as digits; the years come from 2020年实际 / 2025年预期
        assertThat(rows.get(2).baseline().raw()).isEqualTo("５８．２");
        assertThat(rows.get(2).baseline().value()).isEqualByComparingTo("58.2");
        assertThat(rows.get(2).baseline().year()).isEqualTo(2020);
        assertThat(rows.get(2).target().year()).isEqualTo(2025);
        assertThat(rows)
                .extracting(i -> i.attribute().label())
                .containsExactly("预期性", "预期性", "预期性", "预期性", "约束性", "约束性", "约束性");
        assertThat(rows.get(0).table()).isEqualTo("模拟县“十四五”时期经济社会发展主要指标");
        assertThat(rows.get(0).line()).isEqualTo(7);
    }

    @Test
    void realTableWithTwoHeaderRowsAndMergedCells() {
        // as a DOCX reader delivers it: the upper header cell 2025年目标 spans two columns
        SourceTable table = new SourceTable(
                4,
                List.of(
                        List.of(
                                cell("序号", 4),
                                cell("类别", 4),
                                cell("指标（单位）", 4),
                                cell("2020年", 4),
                                new SourceCell("2025年目标", 4, 2),
                                cell("属性", 4)),
                        List.of(
                                cell("", 5),
                                cell("", 5),
                                cell("", 5),
                                cell("", 5),
                                cell("绝对值", 5),
                                cell("年均增长(%)", 5),
                                cell("", 5)),
                        List.of(
                                cell("1", 6),
                                cell("经济", 6),
                                cell("地区生产总值（亿元）", 6),
                                cell("50", 6),
                                cell("75", 6),
                                cell("8.4", 6),
                                cell("预期性", 6)),
                        List.of(
                                cell("2", 7),
                                cell("", 7),
                                cell("居民人均可支配收入（元/人）", 7),
                                cell("21000", 7),
                                cell("", 7),
                                cell("6.5", 7),
                                cell("预期性", 7)),
                        List.of(
                                cell("3", 8),
                                cell("生态", 8),
                                cell("森林覆盖率（%）", 8),
                                cell("18.2", 8),
                                cell("20以上", 8),
                                cell("—", 8),
                                cell("约束性", 8))));
        List<RawBlock> blocks = List.of(
                new SourceLine(1, null, null, "示例县国民经济和社会发展第十四个五年规划纲要", 1),
                new SourceLine(2, null, null, "第一章 发展目标", 2),
                new SourceLine(3, null, null, "表2 主要指标", null),
                table,
                new SourceLine(9, null, null, "注：地区生产总值按可比价计算。", null));
        StructuredDocument doc = TestDocs.structure(new RawDocument("docx", "docx", blocks, 9));
        List<Indicator> rows = extractor.extract(doc);
        assertThat(rows)
                .extracting(Indicator::seq, Indicator::category, Indicator::name, Indicator::unit)
                .containsExactly(
                        tuple(1, "经济", "地区生产总值", "亿元"),
                        tuple(2, "经济", "居民人均可支配收入", "元/人"),
                        tuple(3, "生态", "森林覆盖率", "%"));
        assertThat(rows.get(0).values())
                .extracting(TableValue::header)
                .containsExactly("2020年", "2025年目标 绝对值", "2025年目标 年均增长(%)");
        assertThat(rows.get(0).target().raw()).isEqualTo("75");
        assertThat(rows.get(0).target().year()).isEqualTo(2025);
        // no level for 2025: the growth rate under the same header is the target
        assertThat(rows.get(1).target().raw()).isEqualTo("6.5");
        assertThat(rows.get(1).target().kind().code()).isEqualTo("annual_growth");
        assertThat(rows.get(1).target().year()).isEqualTo(2025);
        assertThat(rows.get(2).target().comparator().code()).isEqualTo(">=");
        assertThat(rows.get(2).baseline().value()).isEqualByComparingTo("18.2");
        assertThat(rows.get(2).attribute().label()).isEqualTo("约束性");
        assertThat(rows.get(0).table()).isEqualTo("表2主要指标");
        assertThat(rows.get(0).line()).isEqualTo(6);
    }

    @Test
    void headersWithoutYearsAndACategoryColumnWithoutHeader() {
        List<Indicator> rows = extractor.extract(TestDocs.fixture("indicators_period.txt"));
        // “十四五”目标 is the 2025 target; 基期值 names no year; ★ marks are not part of the name
        assertThat(rows)
                .extracting(
                        Indicator::category,
                        Indicator::name,
                        Indicator::unit,
                        i -> i.baseline().year(),
                        i -> i.baseline().raw(),
                        i -> i.target().year(),
                        i -> i.target().raw(),
                        i -> i.target().comparator().code(),
                        i -> i.target().kind().code())
                .containsExactly(
                        tuple("经济发展", "地区生产总值增速", "%", null, "3.2", 2025, "6左右", "about", "level"),
                        tuple("经济发展", "固定资产投资累计", "亿元", null, "—", 2025, "〔500〕", "=", "cumulative"),
                        tuple("生态环境", "森林覆盖率", "%", null, "21.5", 2025, "23", "=", "level"));
        assertThat(rows).extracting(Indicator::table).containsOnly("专栏1“十四五”主要指标");
    }

    @Test
    void namesKeepInnerParenthesesAndLoseTheUnit() {
        assertThat(IndicatorExtractor.splitUnit("每千人口拥有执业（助理）医师数（人）")).containsExactly("每千人口拥有执业（助理）医师数", "人");
        assertThat(IndicatorExtractor.splitUnit("每千人口拥有执业（助理）医师数")).containsExactly("每千人口拥有执业（助理）医师数", null);
        assertThat(IndicatorExtractor.splitUnit("人均住房面积(平方米/人)")).containsExactly("人均住房面积", "平方米/人");
        assertThat(IndicatorExtractor.splitUnit("城市生活垃圾处理率(含农村)")).containsExactly("城市生活垃圾处理率(含农村)", null);
    }

    @Test
    void figuresOfTableCells() {
        assertThat(Figures.isUnit("亿元")).isTrue();
        assertThat(Figures.isUnit("万吨标煤")).isTrue();
        assertThat(Figures.isUnit("个/千人")).isTrue();
        assertThat(Figures.isUnit("助理")).isFalse();
        assertThat(Figures.isCompound("5.57: 78.13: 16.3")).isTrue();
        assertThat(Figures.isCompound("13620人参保率97%")).isTrue();
        assertThat(Figures.isCompound("2-3")).isFalse();
        assertThat(Figures.isCompound("-15.1")).isFalse();
        assertThat(Figures.cellValue("4.5%以内")).isEqualByComparingTo("4.5");
        assertThat(Figures.cellValue("7.64: 69.58: 22.78")).isNull();
        assertThat(Figures.cellValue("达到全市要求")).isNull();
        assertThat(Figures.cellValue("—")).isNull();
    }

    private static SourceCell cell(String text, int line) {
        return new SourceCell(text, line, 1);
    }
}
