package org.lantu.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantu.plan.Indicator;
import org.lantu.plan.TableValue;

/**
 * Every row of the indicator tables of the seeds, against values read off the seed text by hand: 000's
 * 主要目标 table (one cell per line), 002's 专栏 1 (a review of the 13th plan, two header rows) and 专栏 2
 * (the 14th plan's indicators, with 类别, 单位 and 属性 columns).
 *
 * <p>Columns of the expectations: line | seq | category | name | unit | baseline raw | baseline value | target
 * raw | target value | comparator | kind | attribute. {@code null} stands for null, an empty field for an
 * empty cell.
 */
class IndicatorSeedTest {

    private final IndicatorExtractor extractor = new IndicatorExtractor();

    @Test
    void hangjinMainTargetsTable() {
        List<Indicator> rows = extractor.extract(TestDocs.seed("000"));
        assertRows(rows, "杭锦旗推进以县城为重要载体的城镇化建设主要目标", 2022, 2025, """
                78|1|null|地区生产总值|亿元|165.93|165.93|＞200|200|>|level|null
                83|2|null|常住人口城镇化率|%|63.52|63.52|65|65|=|level|null
                88|3|null|全体居民人均可支配收入年均增速|%|5.7|5.7|5.3左右|5.3|about|annual_growth|null
                93|4|null|城镇登记失业率|%|3.6|3.6|≤4.5|4.5|<=|level|null
                98|5|null|每千人口拥有执业（助理）医师数|人|3.1|3.1|4.5|4.5|=|level|null
                103|6|null|基本养老保险参保率|%|94|94|95|95|=|level|null
                108|7|null|每千人拥有3岁以下婴幼儿托位数|个|5.2|5.2|5.1|5.1|=|level|null
                113|8|null|单位地区生产总值能源消耗降幅|%|4.26|4.26|达到全市要求|null|qualitative|qualitative|null
                118|9|null|达到或好于III类水体占地表水比例|%|100|100|达到全市要求|null|qualitative|qualitative|null
                123|10|null|森林覆盖率|%|17.76|17.76|19.24|19.24|=|level|null
                128|11|null|植被覆盖度|%|65|65|75|75|=|level|null
                133|12|null|城市空气优良天数比率|%|94.7%|94.7|达到全市要求|null|qualitative|qualitative|null
                """);
        // a two-column table: the values list repeats the baseline and the target under their headers
        assertThat(rows.get(0).values())
                .containsExactly(
                        new TableValue("2022年", 2022, "165.93", new BigDecimal("165.93")),
                        new TableValue("2025年", 2025, "＞200", new BigDecimal("200")));
        assertThat(rows.get(0).location().quote()).isEqualTo("1 地区生产总值（亿元） 165.93 ＞200");
    }

    @Test
    void uratRearReviewOfTheThirteenthPlan() {
        List<Indicator> rows = extractor.extract(TestDocs.seed("002")).stream()
                .filter(i -> i.table().startsWith("专栏1"))
                .toList();
        // baseline: 2015年; target: 规划目标 2020年 (a row without one takes its planned growth rate);
        // 实现情况 is kept in values. Row 18 lists its pollutants where the 2015 value would be, and row 19
        // continues it with an empty name cell: two sub-indicators of 主要污染物排放总量减少.
        assertRows(rows, "专栏1：“十三五”规划主要指标实现情况", 2015, 2020, """
                105|1|null|地区生产总值|亿元|63.04|63.04|93.4|93.4|=|level|null
                106|2|null|人均地区生产总值|万元|9.6|9.6||null|missing|missing|null
                107|3|null|公共财政预算收入|亿元|7.5|7.5|10.5|10.5|=|level|null
                108|4|null|全社会固定资产投资累计|亿元|91.25|91.25|42|42|=|cumulative|null
                109|5|null|社会消费品零售总额|亿元|5.9|5.9|9.94|9.94|=|level|null
                110|6|null|城镇登记失业率|%|3.9%|3.9|4.5%以 内|4.5|<=|level|null
                111|7|null|城镇化率|%|59.1|59.1||null|missing|missing|null
                112|8|null|城镇居民人均可支配收入|元|24711|24711|38020|38020|=|level|null
                113|9|null|农牧民人均纯收入|元|11790|11790|18988|18988|=|level|null
                114|10|null|三次产业结构|null|5.57: 78.13: 16.3|null||null|missing|missing|null
                115|11|null|城乡养老保险参合率|null|13620 人参保 率97%|null||null|missing|missing|null
                116|12|null|新型农村合作医疗参保率|%||null|95%|95|=|level|null
                117|13|null|高中阶段入学率|null|93.41|93.41|98.8|98.8|=|level|null
                118|14|null|嘎查村沥青水泥路通畅率|%|78%|78|100%|100|=|level|null
                119|15|null|农村安全用水普及率|null|92|92|95|95|=|level|null
                120|16|null|人口自然增长率|‰|6.12‰|6.12|5.7‰|5.7|=|annual_growth|null
                121|17|null|单位地区生产总值能源消耗降低|%||null||null|missing|missing|null
                122|18|null|主要污染物排放总量减少：二氧化硫|%||null||null|missing|missing|null
                123|19|null|主要污染物排放总量减少：化学需氧量|%||null||null|missing|missing|null
                """);
        assertThat(rows.get(0).values())
                .containsExactly(
                        new TableValue("2015年", 2015, "63.04", new BigDecimal("63.04")),
                        new TableValue("规划目标 2020年", 2020, "93.4", new BigDecimal("93.4")),
                        new TableValue("规划目标 年均增长(%)", null, "8", new BigDecimal("8")),
                        new TableValue("实现情况 2020年", 2020, "67.61", new BigDecimal("67.61")),
                        new TableValue("实现情况 年均增长(%)", null, "1.4", new BigDecimal("1.4")));
        assertThat(rows.get(3).values().get(4))
                .isEqualTo(new TableValue("实现情况 年均增长(%)", null, "-15.1", new BigDecimal("-15.1")));
        assertThat(rows.get(9).values().get(3).raw()).isEqualTo("7.64: 69.58: 22.78");
        assertThat(rows.get(9).values().get(3).value()).isNull();
        assertThat(rows.get(15).values()).extracting(TableValue::raw).containsExactly("6.12‰", "", "5.7‰", "", "5.2‰");
        assertThat(rows.get(17).values()).extracting(TableValue::raw).containsExactly("", "", "", "达到市级下达任务 目标", "");
    }

    @Test
    void uratRearFourteenthPlanIndicators() {
        List<Indicator> rows = extractor.extract(TestDocs.seed("002")).stream()
                .filter(i -> i.table().startsWith("专栏2"))
                .toList();
        assertRows(rows, "专栏2：乌拉特后旗“十四五”经济社会发展主要指标", 2020, 2025, """
                228|1|经济发展|地区生产总值增长率|%|-4.4|-4.4|6(年均)|6|=|annual_growth|预期性
                229|2|经济发展|全员劳动生产率增长|%|—|null|5(年均)|5|=|annual_growth|预期性
                230|3|经济发展|常住人口城镇化率|%|62.4|62.4|67|67|=|level|预期性
                231|4|创新驱动|研发经费投入占地区生产总值比重|%|—|null|—|null|missing|missing|预期性
                232|5|创新驱动|每万人拥有高价值发明专利数|件|—|null|—|null|missing|missing|预期性
                233|6|创新驱动|数字经济核心产业增加值占地区生产总值的比重|%||null|2.5(年均)|2.5|=|annual_growth|预期性
                234|7|民生福祉|居民人均可支配收入增长率|%|—|null|7(年均)|7|=|annual_growth|预期性
                235|8|民生福祉|城镇调查失业率|%|4.5以内|4.5|6(以内)|6|<=|level|预期性
                236|9|民生福祉|人均预期寿命|岁|76|76|77|77|=|level|预期性
                237|10|民生福祉|每千人口拥有执业(助理)医师数|人|3.18|3.18|3.6|3.6|=|level|约束性
                238|11|民生福祉|劳动年龄人口平均受教育年限|年|10.4|10.4|11|11|=|level|约束性
                239|12|民生福祉|基本养老保险参保率|%|82|82|90|90|=|level|预期性
                240|13|民生福祉|每千人拥有3岁以下婴幼儿托位数|个|0.8|0.8|1.3|1.3|=|level|预期性
                241|14|绿色生态|单位地区生产总值能源消耗降幅|%|—|null|达到全市要求|null|qualitative|qualitative|约束性
                242|15|绿色生态|单位地区生产总值二氧化碳排放降幅|%|—|null|达到全市要求|null|qualitative|qualitative|约束性
                243|16|绿色生态|达到或好于III类水体占比表水比例|%|69.2|69.2|达到全市要求|null|qualitative|qualitative|约束性
                244|17|绿色生态|森林覆盖率|%|10.32|10.32|11.32|11.32|=|level|约束性
                245|18|安全保障|粮食综合生产能力|亿斤||null|达到全市要求|null|qualitative|qualitative|约束性
                246|19|安全保障|能源综合生产能力|万吨标煤||null|达到全市要求|null|qualitative|qualitative|约束性
                """);
    }

    @Test
    void onlyTheIndicatorTablesOfTheSeedsGiveIndicators() {
        assertThat(extractor.extract(TestDocs.seed("002"))).hasSize(38);
        assertThat(extractor.extract(TestDocs.seed("001"))).isEmpty();
        assertThat(extractor.extract(TestDocs.seed("003"))).isEmpty();
        assertThat(extractor.extract(TestDocs.seed("004"))).isEmpty();
    }

    /** Compares the rows field by field against the expectation lines, then checks table title and years. */
    static void assertRows(
            List<Indicator> rows, String table, Integer baselineYear, Integer targetYear, String expected) {
        List<String> lines = expected.lines().filter(l -> !l.isBlank()).toList();
        assertThat(rows).hasSize(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            String[] f = lines.get(k).split("\\|", -1);
            assertThat(f).as("expectation line %d", k).hasSize(12);
            Indicator row = rows.get(k);
            String what = "row " + (k + 1) + " (" + f[3] + ")";
            assertThat(row.table()).as(what + " table").isEqualTo(table);
            assertThat(row.line()).as(what + " line").isEqualTo(Integer.parseInt(f[0]));
            assertThat(row.seq()).as(what + " seq").isEqualTo(Integer.valueOf(f[1]));
            assertThat(row.category()).as(what + " category").isEqualTo(nullable(f[2]));
            assertThat(row.name()).as(what + " name").isEqualTo(f[3]);
            assertThat(row.unit()).as(what + " unit").isEqualTo(nullable(f[4]));
            assertThat(row.baseline()).as(what + " baseline").isNotNull();
            assertThat(row.baseline().year()).as(what + " baseline year").isEqualTo(baselineYear);
            assertThat(row.baseline().raw()).as(what + " baseline raw").isEqualTo(f[5]);
            assertThat(row.baseline().value()).as(what + " baseline value").isEqualTo(decimal(f[6]));
            assertThat(row.target()).as(what + " target").isNotNull();
            assertThat(row.target().year()).as(what + " target year").isEqualTo(targetYear);
            assertThat(row.target().raw()).as(what + " target raw").isEqualTo(f[7]);
            assertThat(row.target().value()).as(what + " target value").isEqualTo(decimal(f[8]));
            assertThat(row.target().comparator().code())
                    .as(what + " comparator")
                    .isEqualTo(f[9]);
            assertThat(row.target().kind().code()).as(what + " kind").isEqualTo(f[10]);
            assertThat(row.attribute() == null ? null : row.attribute().label())
                    .as(what + " attribute")
                    .isEqualTo(nullable(f[11]));
            assertThat(row.location().line()).as(what + " location").isEqualTo(row.line());
        }
    }

    static String nullable(String field) {
        return "null".equals(field) ? null : field;
    }

    static BigDecimal decimal(String field) {
        return "null".equals(field) ? null : new BigDecimal(field);
    }
}
