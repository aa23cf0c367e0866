package org.lantu.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantu.plan.Responsibility;

/**
 * The responsibilities of seed 000 against a list read from the seed by hand: every paragraph that closes
 * with a list of responsible units, by line, with its units normalised (prefix inheritance as documented in
 * {@code units.txt}). The first unit is the lead. The bar (issue 2): at least 95% exactly right.
 */
class ResponsibilitySeedTest {

    /** Line of the task paragraph → normalised units, in the order written. */
    private static final String EXPECTED_000 = """
            148|旗能源局、旗发改委、杭锦经济开发区
            149|旗能源局、旗发改委、旗工科局、杭锦经济开发区
            150|旗发改委、旗工科局、旗能源局、杭锦经济开发区
            152|旗发改委、旗能源局、旗工科局、杭锦经济开发区
            157|旗能源局、旗发改委、旗工科局、杭锦经济开发区
            158|旗能源局、旗发改委、旗工科局、杭锦经济开发区
            159|旗能源局、旗发改委、旗工科局、杭锦经济开发区
            164|旗发改委、旗能源局、旗工科局、杭锦经济开发区
            165|旗发改委、旗工科局、杭锦经济开发区、巴拉贡镇
            166|杭锦经济开发区、旗发改委、旗工科局
            171|各苏木镇、旗农牧局、旗水利局
            173|各苏木镇、旗农牧局、旗林草局
            174|各苏木镇、旗农牧局、旗工科局
            180|旗文旅局、旗农牧局、旗卫健委、各苏木镇
            182|旗文旅局、旗水利局、旗住建局、各苏木镇
            187|杭锦经济开发区、旗发改委、旗能源局、旗工科局、旗教体局、旗卫健委、旗文旅局、旗财政局、旗人社局、旗市场监管局、旗投资促进中心、杭锦供电分局、巴拉贡镇
            189|杭锦经济开发区、巴拉贡镇、旗发改委、旗工科局、旗能源局、旗生态环境分局
            190|旗农牧局、旗财政局、旗发改委、旗工科局、旗自然资源局、各苏木镇
            195|旗工科局、旗交通局、旗财政局、邮政分公司、各苏木镇
            197|旗农牧局、旗市场监管局、旗供销合作联合社、各苏木镇
            199|杭锦经济开发区、旗发改委、旗工科局、旗交通局
            205|旗住建局、旗工科局、旗市场监管局、旗民政局、旗教体局、旗文旅局、旗卫健委、各苏木镇
            208|旗人社局、旗农牧局、旗教体局、旗财政局
            215|旗住建局、旗交通局、旗能源局、旗文旅局、旗城市综合执法局
            218|旗发改委、旗交通局、旗住建局、旗文旅局、旗工科局、旗农牧局
            222|旗住建局、旗水利局、旗应急管理局、旗林草局、各苏木镇
            225|旗应急管理局、旗消防救援大队、旗发改委、旗公安局、旗住建局、旗市场监管局、旗水利局、旗气象局、旗卫健委、旗政数局
            228|旗住建局、旗水利局、旗能源局、旗工科局、杭锦供电分局、各苏木镇、泽鑫水务公司
            231|旗住建局、旗房屋征收安置服务中心、旗工科局、旗消防救援大队、旗民政局、旗教体局、旗市场监管局、泽鑫水务公司、各苏木镇
            235|旗工科局、旗住建局、旗文旅局、旗教体局、旗卫健委、旗应急管理局、旗政务服务局、旗融媒体中心、旗政数局
            243|旗卫健委、旗疾控中心、旗生态环境分局
            245|旗卫健委、旗民政局
            248|旗教体局、旗财政局
            249|旗教体局、旗财政局
            252|旗民政局、旗卫健委、旗教体局、旗财政局、各苏木镇
            254|旗民政局、旗卫健委、旗教体局、旗财政局、各苏木镇
            258|旗融媒体中心、旗文旅局、内蒙古广播电视网络集团杭锦分公司
            259|旗教体局、旗住建局、各苏木镇
            262|旗民政局、旗卫健委、旗残联、各苏木镇
            269|旗林草局、旗生态环境分局、旗住建局、各苏木镇
            270|旗水利局、旗生态环境分局、各苏木镇
            272|旗发改委、旗工科局、旗能源局、旗水利局、旗生态环境分局、各苏木镇
            276|旗生态环境分局、旗发改委、旗住建局、旗工科局、旗能源局、旗水利局、旗文旅局、旗市场监管局、旗交通局、旗机关事务服务中心、邮政分公司、杭锦经济开发区、各苏木镇
            280|旗住建局、旗生态环境分局、旗工科局、旗能源局、旗卫健委、杭锦经济开发区
            283|旗住建局、旗水利局、旗生态环境分局
            289|旗交通局、旗住建局、旗水利局、旗工科局、邮政分公司、各苏木镇
            292|旗教体局、旗卫健委、旗民政局、旗医保局、各苏木镇
            294|旗农牧局、旗能源局、旗发改委、旗民政局、旗工科局、旗人社局、旗公安局、旗医保局、各苏木镇
            300|旗公安局、旗人社局、旗农牧局、旗自然资源局、旗林草局、各苏木镇
            303|旗财政局、旗发改委、旗住建局、国家金融监督管理总局杭锦监管支局、各苏木镇
            306|旗自然资源局、旗发改委、旗工科局、旗能源局、杭锦经济开发区、各苏木镇
            """;

    static Map<Integer, List<String>> expected() {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        for (String row : EXPECTED_000.lines().toList()) {
            String[] f = row.strip().split("\\|");
            out.put(Integer.parseInt(f[0]), Arrays.asList(f[1].split("、")));
        }
        return out;
    }

    @Test
    void atLeast95PercentOf000sResponsibilitiesAreExactlyRight() {
        Map<Integer, List<String>> expected = expected();
        assertThat(expected).hasSize(51);
        List<Responsibility> found = ProseDocuments.seedPlan("000").responsibilities();
        Map<Integer, Responsibility> byLine = new LinkedHashMap<>();
        for (Responsibility r : found) {
            byLine.put(r.line(), r);
        }
        List<String> mismatches = new ArrayList<>();
        int right = 0;
        for (Map.Entry<Integer, List<String>> e : expected.entrySet()) {
            Responsibility r = byLine.get(e.getKey());
            if (r == null) {
                mismatches.add(e.getKey() + ": missing, expected " + e.getValue());
            } else if (!r.unitsNormalized().equals(e.getValue())
                    || !e.getValue().get(0).equals(r.lead())) {
                mismatches.add(e.getKey() + ": expected " + e.getValue() + ", got " + r.unitsNormalized() + " lead "
                        + r.lead());
            } else {
                right++;
            }
        }
        for (Responsibility r : found) {
            if (!expected.containsKey(r.line())) {
                mismatches.add(r.line() + ": not a responsibility paragraph, got " + r.unitsNormalized());
            }
        }
        double accuracy = (double) right / expected.size();
        System.out.printf(
                "seed 000 responsibilities: %d/%d exactly right (%.1f%%), %d found%n",
                right, expected.size(), 100 * accuracy, found.size());
        assertThat(accuracy)
                .as("mismatches:\n%s", String.join("\n", mismatches))
                .isGreaterThanOrEqualTo(0.95);
        assertThat(found.size())
                .as("extra lists:\n%s", String.join("\n", mismatches))
                .isLessThanOrEqualTo(52);
    }

    @Test
    void aFullResponsibility() {
        Responsibility r = at(148);
        assertThat(r.units()).containsExactly("旗能源局", "发改委", "杭锦经济开发区");
        assertThat(r.unitsNormalized()).containsExactly("旗能源局", "旗发改委", "杭锦经济开发区");
        assertThat(r.lead()).isEqualTo("旗能源局");
        assertThat(r.paragraph()).isEqualTo("壮大新能源发电产业规模。大力发展风能、太");
        assertThat(r.paragraph()).hasSize(20);
        assertThat(r.text()).startsWith("壮大新能源发电产业规模。").endsWith("促进沙漠产业与光伏发电深度融合。");
        assertThat(r.text()).doesNotContain("旗能源局");
        assertThat(r.section()).isEqualTo("打造风光氢储及绿色甲醇清洁能源产业集群");
        assertThat(r.sectionId()).isEqualTo("3.1.1");
        assertThat(r.location().line()).isEqualTo(148);
    }

    @Test
    void aZoneCanLeadAndDepartmentsAfterItStillTakeTheirOwnPrefix() {
        Responsibility r = at(166);
        assertThat(r.units()).containsExactly("杭锦经济开发区", "旗发改委", "工科局");
        assertThat(r.unitsNormalized()).containsExactly("杭锦经济开发区", "旗发改委", "旗工科局");
        assertThat(r.lead()).isEqualTo("杭锦经济开发区");
    }

    @Test
    void companiesTownshipsAndNamedBodiesKeepTheirNames() {
        assertThat(at(187).unitsNormalized())
                .containsExactly(
                        "杭锦经济开发区", "旗发改委", "旗能源局", "旗工科局", "旗教体局", "旗卫健委", "旗文旅局", "旗财政局", "旗人社局", "旗市场监管局", "旗投资促进中心",
                        "杭锦供电分局", "巴拉贡镇");
        assertThat(at(231).unitsNormalized())
                .containsExactly("旗住建局", "旗房屋征收安置服务中心", "旗工科局", "旗消防救援大队", "旗民政局", "旗教体局", "旗市场监管局", "泽鑫水务公司", "各苏木镇");
        assertThat(at(258).unitsNormalized()).containsExactly("旗融媒体中心", "旗文旅局", "内蒙古广播电视网络集团杭锦分公司");
        assertThat(at(303).unitsNormalized()).containsExactly("旗财政局", "旗发改委", "旗住建局", "国家金融监督管理总局杭锦监管支局", "各苏木镇");
        assertThat(at(195).unitsNormalized()).containsExactly("旗工科局", "旗交通局", "旗财政局", "邮政分公司", "各苏木镇");
    }

    @Test
    void aTownshipGroupFirstLeadsAndDoesNotSetAPrefix() {
        Responsibility r = at(171);
        assertThat(r.unitsNormalized()).containsExactly("各苏木镇", "旗农牧局", "旗水利局");
        assertThat(r.lead()).isEqualTo("各苏木镇");
    }

    @Test
    void parenthesesThatAreNotUnitListsAreLeftAlone() {
        // 000's title ends in （2023～2025年）, its table cells in （亿元）, 002 has （呼和镇、巴音镇、潮格镇）
        assertThat(ProseDocuments.seedPlan("000").responsibilities()).noneMatch(r -> r.line() < 148);
        for (String seed : List.of("001", "002", "003", "004")) {
            assertThat(ProseDocuments.seedPlan(seed).responsibilities())
                    .as(seed)
                    .isEmpty();
        }
    }

    private static Responsibility at(int line) {
        return ProseDocuments.seedPlan("000").responsibilities().stream()
                .filter(r -> r.line() == line)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no responsibility at line " + line));
    }
}
