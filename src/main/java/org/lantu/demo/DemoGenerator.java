package org.lantu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a fictional region (模拟省, code 900000 — a prefix GB/T 2260 does not use) with counties, each with a
 * five-year plan written from a template, and approved yearly observations of its indicators: for demos and
 * benchmarks. Every name is made up and starts with 模拟; every plan's title says 模拟数据. The same arguments
 * give the same data, and running it again changes nothing.
 */
@Service
public class DemoGenerator {

    /** The code of the fictional region; its leagues are 90LL00, their counties 90LLCC. */
    public static final String REGION_CODE = "900000";

    private static final int COUNTIES_PER_LEAGUE = 99;
    private static final String FIRST = "青云白石金松清禾平安东西南北长永兴和泰丰华新宁嘉瑞广远明德康乐春秋山川河湖";
    private static final String MIDDLE = "山水石金宝龙凤玉华德";
    private static final String SECOND = "川岭原泉溪林峰湾阳州源坪江桥台岗塘谷滩沟洲";

    private final ImportService imports;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoGenerator(ImportService imports, JdbcClient jdbc, TransactionTemplate transaction) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** What a run made. */
    public record Summary(int counties, int plansImported, int plansUnchanged, long observations) {}

    /** An indicator of the template: catalog name, unit, a baseline range and how its target is set. */
    private record Template(
            String code, String name, String unit, double low, double high, String attribute, Shape shape) {}

    private enum Shape {
        /** A level to raise by a share over the period (达到, 以上). */
        RAISE,
        /** A level to lower (以内 from above). */
        LOWER,
        /** A ceiling the baseline already meets (控制在…以内). */
        CEILING,
        /** A floor the baseline already meets (不低于). */
        FLOOR,
        /** An average annual growth rate (年均增长), observed as yearly rates. */
        GROWTH
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("gdp", "地区生产总值", "亿元", 60, 900, "预期性", Shape.RAISE),
            new Template("gdp_growth", "地区生产总值增长率", "%", 4, 8, "预期性", Shape.GROWTH),
            new Template("gdp_per_capita", "人均地区生产总值", "万元", 4, 20, "预期性", Shape.RAISE),
            new Template("fiscal_revenue", "一般公共预算收入", "亿元", 3, 60, "预期性", Shape.RAISE),
            new Template("retail_sales", "社会消费品零售总额", "亿元", 10, 300, "预期性", Shape.RAISE),
            new Template("rd_intensity", "研发经费投入占地区生产总值比重", "%", 0.5, 2.5, "预期性", Shape.RAISE),
            new Template("digital_economy_share", "数字经济核心产业增加值占地区生产总值比重", "%", 2, 8, "预期性", Shape.RAISE),
            new Template("urbanization_rate", "常住人口城镇化率", "%", 40, 75, "预期性", Shape.RAISE),
            new Template("per_capita_disposable_income", "居民人均可支配收入", "元", 22000, 48000, "预期性", Shape.RAISE),
            new Template("disposable_income_growth", "居民人均可支配收入增长率", "%", 5, 8, "预期性", Shape.GROWTH),
            new Template("registered_unemployment_rate", "城镇登记失业率", "%", 2.5, 3.9, "预期性", Shape.CEILING),
            new Template("new_urban_jobs", "城镇新增就业", "人", 800, 6000, "预期性", Shape.RAISE),
            new Template("schooling_years", "劳动年龄人口平均受教育年限", "年", 9.5, 11.5, "约束性", Shape.RAISE),
            new Template("doctors_per_1000", "每千人口拥有执业（助理）医师数", "人", 2.2, 3.4, "预期性", Shape.RAISE),
            new Template("beds_per_1000", "每千人口医疗卫生机构床位数", "张", 4, 7, "预期性", Shape.RAISE),
            new Template("pension_insurance_rate", "基本养老保险参保率", "%", 88, 94, "预期性", Shape.RAISE),
            new Template("medical_insurance_rate", "基本医疗保险参保率", "%", 95, 96.5, "约束性", Shape.FLOOR),
            new Template("childcare_places_per_1000", "每千人口拥有3岁以下婴幼儿托位数", "个", 1.2, 3, "预期性", Shape.RAISE),
            new Template("infant_mortality", "婴儿死亡率", "‰", 2, 5, "约束性", Shape.CEILING),
            new Template("life_expectancy", "人均预期寿命", "岁", 76, 79, "预期性", Shape.RAISE),
            new Template("preschool_gross_enrolment", "学前三年毛入园率", "%", 85, 93, "预期性", Shape.RAISE),
            new Template("senior_high_gross_enrolment", "高中阶段毛入学率", "%", 88, 94, "预期性", Shape.RAISE),
            new Template("sports_ground_per_capita", "人均体育场地面积", "平方米", 1.8, 2.6, "预期性", Shape.RAISE),
            new Template("energy_intensity", "单位地区生产总值能耗", "吨标准煤/万元", 0.6, 2.4, "约束性", Shape.LOWER),
            new Template("surface_water_quality", "达到或好于III类水体占地表水比例", "%", 70, 85, "约束性", Shape.RAISE),
            new Template("good_air_quality_ratio", "城市空气优良天数比率", "%", 82, 90, "约束性", Shape.RAISE),
            new Template("forest_coverage", "森林覆盖率", "%", 10, 45, "约束性", Shape.RAISE),
            new Template("urban_green_coverage", "城区绿化覆盖率", "%", 30, 40, "预期性", Shape.RAISE),
            new Template("sewage_treatment_rate", "污水处理率", "%", 85, 94, "约束性", Shape.RAISE),
            new Template("garbage_harmless_rate", "生活垃圾无害化处理率", "%", 92, 98, "约束性", Shape.RAISE),
            new Template("sanitary_toilet_rate", "农牧户卫生厕所普及率", "%", 60, 85, "预期性", Shape.RAISE),
            new Template("grain_output", "粮食产量", "亿斤", 3, 30, "约束性", Shape.FLOOR),
            new Template("farmland_area", "耕地面积", "万亩", 40, 300, "约束性", Shape.FLOOR),
            new Template("high_standard_farmland", "高标准农田", "万亩", 10, 80, "约束性", Shape.RAISE),
            new Template("crop_mechanisation_rate", "农作物耕种收综合机械化率", "%", 70, 85, "预期性", Shape.RAISE),
            new Template("tourism_income", "文化旅游综合收入", "亿元", 5, 80, "预期性", Shape.RAISE),
            new Template("base_stations_5g", "5G基站", "个", 100, 900, "预期性", Shape.RAISE),
            new Template("gigabit_village_rate", "嘎查村千兆网络接入率", "%", 40, 70, "预期性", Shape.RAISE),
            new Template("rural_safe_water_rate", "农村安全用水普及率", "%", 85, 95, "预期性", Shape.RAISE),
            new Template("online_service_share", "网上可办事项比例", "%", 80, 92, "预期性", Shape.RAISE));

    /**
     * Generates the region.
     *
     * @param counties how many counties (at most 99 × 99)
     * @param from the plan period's first year; the baseline is the year before
     * @param to the plan period's last year; observations run from the baseline year to this one
     */
    public Summary generate(int counties, int from, int to, long seed) {
        if (counties < 1 || counties > COUNTIES_PER_LEAGUE * 99) {
            throw new IllegalArgumentException("--counties must be between 1 and " + COUNTIES_PER_LEAGUE * 99);
        }
        if (from > to || from < 2000 || to > 2100) {
            throw new IllegalArgumentException("--years must be a range such as 2021-2025");
        }
        long region = unit(REGION_CODE, "模拟省", "region", null);
        Random random = new Random(seed);
        int imported = 0;
        int unchanged = 0;
        long observations = 0;
        List<String> names = names(counties + (counties + COUNTIES_PER_LEAGUE - 1) / COUNTIES_PER_LEAGUE, seed);
        int nameIndex = 0;
        long league = 0;
        for (int i = 0; i < counties; i++) {
            int leagueNo = i / COUNTIES_PER_LEAGUE + 1;
            int countyNo = i % COUNTIES_PER_LEAGUE + 1;
            if (countyNo == 1) {
                league = unit(
                        String.format(Locale.ROOT, "90%02d00", leagueNo),
                        "模拟" + names.get(nameIndex++) + "市",
                        "league",
                        region);
            }
            String countyName = "模拟" + names.get(nameIndex++) + (i % 3 == 0 ? "旗" : "县");
            long county =
                    unit(String.format(Locale.ROOT, "90%02d%02d", leagueNo, countyNo), countyName, "county", league);
            County c = county(countyName, from, to, random);
            ImportResult r = imports.importDocument(
                    "demo-" + String.format(Locale.ROOT, "90%02d%02d", leagueNo, countyNo) + ".txt",
                    c.document().getBytes(StandardCharsets.UTF_8),
                    "demo");
            if (r.failed()) {
                throw new IllegalStateException("the demo plan of " + countyName + " did not import: " + r.error());
            }
            if (r.status().equals("unchanged")) {
                unchanged++;
            } else {
                imported++;
            }
            observations += observe(county, c.observations());
        }
        return new Summary(counties, imported, unchanged, observations);
    }

    /** A county's plan document and its observations (code, year, value). */
    private record County(String document, List<Observed> observations) {}

    private record Observed(String code, int year, BigDecimal value) {}

    private static County county(String name, int from, int to, Random random) {
        int base = from - 1;
        // how well the county does: most near plan, some ahead, some behind
        double pace = 0.4 + random.nextDouble() * 0.9;
        StringBuilder doc = new StringBuilder();
        String title = name + "国民经济和社会发展第" + (from >= 2026 ? "十五" : "十四") + "个五年规划纲要（" + from + "～" + to + "年）";
        doc.append(title).append("\n\n");
        doc.append("（模拟数据：本规划由 Lantu 演示数据生成器按模板生成，").append(name).append("及其全部数字均为虚构。）\n\n");
        doc.append("第一章 发展基础\n\n");
        doc.append("“十三五”以来，").append(name).append("经济社会持续发展，人民生活水平稳步提高。\n\n");
        doc.append("第二章 主要目标\n\n");
        doc.append(name).append("经济社会发展主要指标\n\n");
        doc.append("序号\t类别\t指标\t单位\t").append(base).append("年\t").append(to).append("年\t属性\n");
        List<Observed> observed = new ArrayList<>();
        int seq = 0;
        String group = null;
        List<Template> byCategory = new ArrayList<>(TEMPLATES);
        byCategory.sort(java.util.Comparator.comparing(DemoGenerator::category));
        for (Template t : byCategory) {
            seq++;
            String category = category(t);
            double y0 = t.low() + random.nextDouble() * (t.high() - t.low());
            double yT;
            String targetCell;
            switch (t.shape()) {
                case RAISE -> {
                    double share =
                            t.unit().equals("%") ? 0.03 + random.nextDouble() * 0.08 : 0.15 + random.nextDouble() * 0.4;
                    yT = t.unit().equals("%") ? Math.min(99.5, y0 * (1 + share)) : y0 * (1 + share);
                    targetCell = fmt(yT) + (random.nextInt(4) == 0 ? "以上" : "");
                }
                case LOWER -> {
                    yT = y0 * (0.82 + random.nextDouble() * 0.08);
                    targetCell = fmt(yT) + "以内";
                }
                case CEILING -> {
                    yT = y0 * 1.15;
                    targetCell = "＜" + fmt(yT);
                }
                case FLOOR -> {
                    yT = y0 * 0.97;
                    targetCell = "≥" + fmt(yT);
                }
                default -> {
                    yT = y0;
                    targetCell = fmt(yT) + "（年均）";
                }
            }
            doc.append(seq)
                    .append('\t')
                    .append(category.equals(group) ? "" : category)
                    .append('\t')
                    .append(t.name())
                    .append('\t')
                    .append(t.unit())
                    .append('\t')
                    .append(fmt(y0))
                    .append('\t')
                    .append(targetCell)
                    .append('\t')
                    .append(t.attribute())
                    .append('\n');
            group = category;
            double noise = 0.02;
            for (int year = base; year <= to; year++) {
                double elapsed = (double) (year - base) / (to - base);
                double v = switch (t.shape()) {
                    case GROWTH -> y0 * (0.7 + pace * 0.5) + (random.nextDouble() - 0.5);
                    case CEILING -> y0 * (1 + (1.3 - pace) * 0.2 * elapsed);
                    case FLOOR -> y0 * (1 - (1.3 - pace) * 0.04 * elapsed);
                    default -> {
                        double y = y0 + (yT - y0) * elapsed * pace;
                        yield y * (1 + (random.nextDouble() - 0.5) * noise * elapsed);
                    }
                };
                if (year == base && t.shape() != Shape.GROWTH) {
                    v = y0;
                }
                if (t.unit().equals("%") && t.shape() != Shape.GROWTH) {
                    v = Math.min(100, v);
                }
                observed.add(new Observed(t.code(), year, BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        doc.append("\n第三章 重点任务\n\n");
        doc.append("一、推动产业转型升级\n\n");
        doc.append("加快培育特色产业集群，建设模拟产业园区，到")
                .append(to)
                .append("年园区产值达到")
                .append(10 + random.nextInt(90))
                .append("亿元。（旗发改委、工科局）\n\n");
        doc.append("二、提升公共服务水平\n\n");
        doc.append("推进教育、医疗、养老服务均衡发展，新建社区服务中心").append(2 + random.nextInt(8)).append("处。（旗民政局、卫健委、教体局）\n\n");
        doc.append("专栏 1 重大项目\n\n");
        doc.append("序号\t项目名称\t总投资（亿元）\t建设年限\n");
        for (int p = 1; p <= 3; p++) {
            doc.append(p)
                    .append('\t')
                    .append(name)
                    .append(List.of("模拟道路改造工程", "模拟供水管网项目", "模拟社区服务中心项目").get(p - 1))
                    .append('\t')
                    .append(fmt(0.5 + random.nextDouble() * 5))
                    .append('\t')
                    .append(from)
                    .append('-')
                    .append(to)
                    .append('\n');
        }
        doc.append("\n第四章 保障措施\n\n建立规划实施监测评估机制，每年开展监测。（旗发改委、统计局）\n");
        return new County(doc.toString(), observed);
    }

    private static String category(Template t) {
        return IndicatorCatalog.standard()
                .byCode(t.code())
                .map(e -> e.category())
                .orElseThrow(() -> new IllegalStateException(
                        "the demo template names " + t.code() + ", which the catalog does not list"));
    }

    /** Approved observations, one statement per county; existing ones take the generated value. */
    private long observe(long unitId, List<Observed> observed) {
        Integer rows = transaction.execute(status -> jdbc.sql("""
                        insert into monitor.observation
                            (unit_id, indicator_code, year, value, source, status, created_by, updated_by,
                             approved_by, approved_at)
                        select ?, c, y, v, '模拟数据', 'approved', 'demo', 'demo', 'demo', now()
                        from unnest(?::text[], ?::int[], ?::numeric[]) as o(c, y, v)
                        on conflict (unit_id, indicator_code, year, coalesce(quarter, 0))
                        do update set value = excluded.value
                        where monitor.observation.value is distinct from excluded.value""")
                .params(
                        unitId,
                        observed.stream().map(Observed::code).toArray(String[]::new),
                        observed.stream().map(Observed::year).toArray(Integer[]::new),
                        observed.stream().map(Observed::value).toArray(BigDecimal[]::new))
                .update());
        return rows == null ? 0 : rows;
    }

    private long unit(String code, String name, String level, @Nullable Long parent) {
        return jdbc.sql("""
                        insert into region.admin_unit (code, name, level, parent_id) values (?, ?, ?, ?)
                        on conflict (code) do update set name = excluded.name returning id""").params(code, name, level, parent).query(Long.class).single();
    }

    /** Distinct made-up two-character names, the same for the same seed. */
    private static List<String> names(int count, long seed) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < FIRST.length(); i++) {
            for (int m = 0; m < MIDDLE.length(); m++) {
                for (int j = 0; j < SECOND.length(); j++) {
                    all.add("" + FIRST.charAt(i) + MIDDLE.charAt(m) + SECOND.charAt(j));
                }
            }
        }
        java.util.Collections.shuffle(all, new Random(seed));
        return List.copyOf(all.subList(0, count));
    }

    private static String fmt(double v) {
        BigDecimal d = BigDecimal.valueOf(v);
        int scale = v >= 1000 ? 0 : v >= 100 ? 1 : 2;
        return d.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
