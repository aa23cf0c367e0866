package org.lantu.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantu.Seeds;
import org.lantu.ingest.IngestService;
import org.lantu.plan.ExtractedPlan;

/**
 * Coverage of the regional plan 003 (37 articles) by the Hangjin Banner plan 000, against a mapping
 * decided by reading both documents.
 *
 * <p>000 follows 003's outline from its part 三 on, one （N） section per article, with two differences:
 * it has no part on county types (003 二、（四）–（六）), and it puts 003's （二十四）加强历史文化保护传承
 * into 三（三）打造独具特色休闲旅游度假目的地 (a paragraph of that name). Decisions made on reading:
 *
 * <ul>
 *   <li>（四）加快发展城市化地区县城: 000 calls itself a 城市化地区县城 (二（一）) and its 二（二）基本原则
 *       carries （四）'s county-level content (承接人口、产业、功能…疏解转移, 卫星县城, 新能源生产与消纳合作):
 *       a counterpart, 二（二） (or 二（一）).
 *   <li>（五）合理发展农产品主产区县城: guidance for another county type; 000's farm-products section
 *       三（二） answers （七）. No counterpart: must not come out covered.
 *   <li>（六）有序发展生态功能型县城: echoed by one sentence in 二（二） and by 九（二）'s wish to be a
 *       生态功能型 demonstration county, with no section for it. No counterpart: must not come out covered.
 *   <li>（七）推动产业集聚发展: 三（一） (energy and chemicals) or 三（二） (farm products); both carry it.
 * </ul>
 *
 * The child's own additions: 一（一）发展成效, 一（二）面临形势 (the county's review) and 九（四）加强宣传引导.
 */
class CoverageSeedTests {

    /** 003 article marker → the acceptable best sections of 000 (by id); empty: no counterpart. */
    static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();

    static {
        expect("（一）", "2.1");
        expect("（二）", "2.2");
        expect("（三）", "2.3");
        expect("（四）", "2.2", "2.1");
        expect("（五）");
        expect("（六）");
        expect("（七）", "3.1", "3.2");
        expect("（八）", "3.4");
        expect("（九）", "3.5");
        expect("（十）", "3.6");
        expect("（十一）", "3.7");
        expect("（十二）", "4.1");
        expect("（十三）", "4.2");
        expect("（十四）", "4.3");
        expect("（十五）", "4.4");
        expect("（十六）", "4.5");
        expect("（十七）", "4.6");
        expect("（十八）", "4.7");
        expect("（十九）", "5.1");
        expect("（二十）", "5.2");
        expect("（二十一）", "5.3");
        expect("（二十二）", "5.4");
        expect("（二十三）", "5.5");
        expect("（二十四）", "3.3");
        expect("（二十五）", "6.1");
        expect("（二十六）", "6.2");
        expect("（二十七）", "6.3");
        expect("（二十八）", "6.4");
        expect("（二十九）", "7.1");
        expect("（三十）", "7.2");
        expect("（三十一）", "7.3");
        expect("（三十二）", "8.1");
        expect("（三十三）", "8.2");
        expect("（三十四）", "8.3");
        expect("（三十五）", "9.1");
        expect("（三十六）", "9.2");
        expect("（三十七）", "9.3");
    }

    private static void expect(String article, String... sections) {
        EXPECTED.put(article, Set.of(sections));
    }

    static Alignment alignment;

    @BeforeAll
    static void align() throws Exception {
        try (IngestService ingest = new IngestService()) {
            ExtractedPlan child = ingest.extract(Seeds.path(Seeds.HANGJIN_URBANIZATION));
            ExtractedPlan parent = ingest.extract(Seeds.path(Seeds.REGIONAL_URBANIZATION));
            alignment = new AlignmentService().align(child, parent);
        }
    }

    @Test
    void everyArticleOfTheRegionalPlanIsAssessedInOrder() {
        assertThat(alignment.coverage())
                .extracting(c -> c.article().marker())
                .containsExactlyElementsOf(EXPECTED.keySet());
        assertThat(alignment.coverage().get(11).article().title()).isEqualTo("完善市政交通设施");
        assertThat(alignment.parent().title()).contains("关于推进以县城为重要载体的城镇化建设总体方案");
        assertThat(alignment.child().title()).startsWith("杭锦旗");
    }

    @Test
    void topMatchIsTheExpectedSectionForAtLeastNinetyPercentOfTheArticlesWithACounterpart() {
        int withCounterpart = 0;
        int right = 0;
        StringBuilder misses = new StringBuilder();
        for (ArticleCoverage c : alignment.coverage()) {
            Set<String> expected = EXPECTED.get(c.article().marker());
            if (expected.isEmpty()) {
                continue;
            }
            withCounterpart++;
            String best =
                    c.matches().isEmpty() ? "-" : c.matches().get(0).section().id();
            if (expected.contains(best)) {
                right++;
            } else {
                misses.append(c.article().marker()).append(" → ").append(best).append("; ");
            }
        }
        double accuracy = (double) right / withCounterpart;
        assertThat(withCounterpart).isEqualTo(35);
        assertThat(accuracy).as("top-1 accuracy; misses: %s", misses).isGreaterThanOrEqualTo(0.9);
        // measured when the method was written: 35 of 35 (docs/methodology.md)
    }

    @Test
    void articlesWithACounterpartAreCovered() {
        for (ArticleCoverage c : alignment.coverage()) {
            if (!EXPECTED.get(c.article().marker()).isEmpty()) {
                assertThat(c.verdict())
                        .as("%s%s", c.article().marker(), c.article().title())
                        .isEqualTo(CoverageVerdict.COVERED);
            }
        }
    }

    @Test
    void articlesWithoutACounterpartAreNotCovered() {
        for (ArticleCoverage c : alignment.coverage()) {
            if (EXPECTED.get(c.article().marker()).isEmpty()) {
                assertThat(c.verdict())
                        .as("%s%s", c.article().marker(), c.article().title())
                        .isNotEqualTo(CoverageVerdict.COVERED);
            }
        }
    }

    @Test
    void historyAndCultureIsFoundInsideTheTourismSection() {
        ArticleCoverage c = article("（二十四）");
        assertThat(c.article().title()).isEqualTo("加强历史文化保护传承");
        assertThat(c.matches().get(0).section().title()).isEqualTo("打造独具特色休闲旅游度假目的地");
    }

    @Test
    void scoresAreBetweenZeroAndOneAndRankedBestFirst() {
        for (ArticleCoverage c : alignment.coverage()) {
            assertThat(c.matches()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            List<Double> scores = c.matches().stream().map(SectionMatch::score).toList();
            assertThat(scores).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
            assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
        // a near-verbatim copy scores high
        assertThat(article("（十二）").matches().get(0).score()).isGreaterThan(0.8);
    }

    @Test
    void theCountysOwnAdditionsAnswerNoParentArticle() {
        assertThat(alignment.childOnly()).extracting(SectionRef::id).containsExactlyInAnyOrder("1.1", "1.2", "9.4");
        assertThat(alignment.childOnly()).extracting(SectionRef::title).contains("加强宣传引导");
    }

    private static ArticleCoverage article(String marker) {
        return alignment.coverage().stream()
                .filter(c -> c.article().marker().equals(marker))
                .findFirst()
                .orElseThrow();
    }
}
