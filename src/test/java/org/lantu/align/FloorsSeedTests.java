package org.lantu.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantu.Seeds;
import org.lantu.ingest.IngestService;
import org.lantu.plan.ExtractedPlan;

/**
 * Floors of the regional plan 003 against the Hangjin Banner plan 000, with verdicts decided by reading
 * both documents. Needs the prose-target extractor (and, for the two-target case, the indicator tables):
 * until they are merged the plans carry no targets and these tests are skipped by an assumption. Remove
 * the assumption once targets are extracted.
 */
class FloorsSeedTests {

    static ExtractedPlan child;
    static ExtractedPlan parent;
    static Alignment alignment;

    @BeforeAll
    static void align() throws Exception {
        try (IngestService ingest = new IngestService()) {
            child = ingest.extract(Seeds.path(Seeds.HANGJIN_URBANIZATION));
            parent = ingest.extract(Seeds.path(Seeds.REGIONAL_URBANIZATION));
        }
        alignment = new AlignmentService().align(child, parent);
    }

    /** The checks of the parent's target whose indicator contains {@code fragment} with that figure. */
    private static List<FloorCheck> checks(String fragment, String value) {
        return checks(alignment, fragment, value);
    }

    static List<FloorCheck> checks(Alignment alignment, String fragment, String value) {
        BigDecimal v = new BigDecimal(value);
        return alignment.floors().stream()
                .filter(f -> f.parentTarget().indicator().contains(fragment))
                .filter(f -> f.parentTarget().value() != null
                        && f.parentTarget().value().compareTo(v) == 0)
                .toList();
    }

    private static void expect(
            Alignment alignment, SoftAssertions soft, String fragment, String value, FloorVerdict verdict) {
        List<FloorCheck> found = checks(alignment, fragment, value);
        soft.assertThat(found)
                .as("parent target %s %s", fragment, value)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.verdict())
                        .as("%s %s: %s", fragment, value, f.note())
                        .isEqualTo(verdict));
    }

    @Test
    void everySharedIndicatorGetsTheVerdictReadFromTheDocuments() {
        expectVerdictsReadFromTheDocuments(alignment);
    }

    /** The verdicts decided on reading 000 and 003; also run on a hand-built copy of their targets. */
    static void expectVerdictsReadFromTheDocuments(Alignment alignment) {
        SoftAssertions soft = new SoftAssertions();
        // 到2025年县城集中供暖比例达到93%以上 — 000: 集中供暖比例达到93%以上
        expect(alignment, soft, "集中供暖", "93", FloorVerdict.MEETS);
        // 高中毛入学率力争达到95%以上 — 000: the same
        expect(alignment, soft, "毛入学率", "95", FloorVerdict.MEETS);
        // 普惠性幼儿园覆盖率、公办幼儿园在园幼儿占比分别稳定在85%和55%以上 — 000: 稳定在100%
        expect(alignment, soft, "普惠性幼儿园", "85", FloorVerdict.MEETS);
        expect(alignment, soft, "公办幼儿园", "55", FloorVerdict.MEETS);
        // 护理型床位占比不低于55% — 000: the same
        expect(alignment, soft, "护理型床位", "55", FloorVerdict.MEETS);
        // 县城生活垃圾无害化处理率达到100% — 000: 全旗城镇生活垃圾分类投放和无害化处理率均达100%
        expect(alignment, soft, "无害化处理率", "100", FloorVerdict.MEETS);
        // 县城污水处理率达到95%以上 — 000: the same
        expect(alignment, soft, "污水处理率", "95", FloorVerdict.MEETS);
        // 开发区亩产效益比2020年提高20% — 000 states no such target
        expect(alignment, soft, "亩产效益", "20", FloorVerdict.MISSING_IN_CHILD);
        // regional aggregates: no per-county floor
        expect(alignment, soft, "生产总值", "1.2", FloorVerdict.NOT_COMPARABLE); // 1.2万亿元, all counties together
        expect(alignment, soft, "城镇人口比重", "30", FloorVerdict.NOT_COMPARABLE); // share of 全区 urban population
        expect(alignment, soft, "新能源装机", "1.35", FloorVerdict.NOT_COMPARABLE); // 1.35亿千瓦
        // 改造77万户, 棚户区改造3万套 and 盘活67.94万亩 are task quantities (how many things to build or
        // renovate), which the prose extractor leaves to the tasks rather than reading as indicator targets
        expect(alignment, soft, "旗县", "20", FloorVerdict.NOT_COMPARABLE); // 20% of the 旗县（市）
        soft.assertAll();
    }

    @Test
    void theChildcareFloorIsMissedInTheProseAndMetInTheTable() {
        // 003: 每千人口拥有3岁以下幼儿托位数达到4.5个以上
        // 000 prose: 每千人口拥有3岁以下幼儿托位数达到1个以上; 000 table: 每千人拥有3岁以下婴幼儿托位数 5.1
        List<FloorCheck> f = checks("托位数", "4.5");
        assertThat(f).anySatisfy(c -> {
            assertThat(c.childTarget()).isNotNull();
            assertThat(c.childTarget().value()).isEqualByComparingTo("1");
            assertThat(c.verdict()).isEqualTo(FloorVerdict.BELOW_FLOOR);
            // Chinese first: the note a planner reads on the alignment page
            assertThat(c.noteZh()).startsWith("低于上级底线：上级每千人口拥有3岁以下幼儿托位数").contains("正文第254行");
        });
        if (!child.indicators().isEmpty()) {
            assertThat(f).hasSize(2);
            assertThat(f).anySatisfy(c -> {
                assertThat(c.childTarget().value()).isEqualByComparingTo("5.1");
                assertThat(c.verdict()).isEqualTo(FloorVerdict.MEETS);
            });
            assertThat(f).allSatisfy(c -> assertThat(c.note()).contains("2 different targets"));
        }
    }

    @Test
    void noParentTargetNamingTheWholeRegionIsTakenAsAFloor() {
        assertThat(alignment.floors())
                .filteredOn(f -> f.parentTarget().indicator().contains("全区"))
                .allSatisfy(f -> assertThat(f.verdict()).isEqualTo(FloorVerdict.NOT_COMPARABLE));
    }
}
