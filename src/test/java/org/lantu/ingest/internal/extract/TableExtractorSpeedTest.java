package org.lantu.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantu.ingest.internal.structure.StructuredDocument;

/**
 * The table and project extractors must not be what makes extraction slow: all five seeds, warm, in a few
 * milliseconds (measured about 2 ms on two shared cores), and no regular expression that backtracks on long
 * or hostile input.
 */
class TableExtractorSpeedTest {

    private final IndicatorExtractor indicators = new IndicatorExtractor();
    private final ProjectExtractor projects = new ProjectExtractor();

    @Test
    void allSeedsWarmWellUnderTheBudget() {
        List<StructuredDocument> docs = TestDocs.allSeeds().stream()
                .map(p -> TestDocs.structure(TestDocs.read(p)))
                .toList();
        assertThat(docs).hasSize(5);
        long best = Long.MAX_VALUE;
        int found = 0;
        for (int run = 0; run < 30; run++) {
            long start = System.nanoTime();
            found = 0;
            for (StructuredDocument doc : docs) {
                found += indicators.extract(doc).size();
                found += projects.extractBoxes(doc).size();
                found += projects.extractSummaries(doc).size();
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        assertThat(found).isEqualTo(12 + 38 + 30 + 1);
        // the whole pipeline has 100 ms for the five seeds; these extractors take a small part of it
        assertThat(best / 1_000_000.0).as("best of 30 runs, ms").isLessThan(25.0);
    }

    @Test
    void longHostileBoxesAndSummariesStayFast() {
        StringBuilder text = new StringBuilder("示例旗发展规划\n\n一、项目\n\n专栏1 重点项目\n\n项目清单：");
        for (int k = 0; k < 4000; k++) {
            text.append("示例").append(k % 10).append("号沟").append(k % 3 == 0 ? "、" : "，");
        }
        text.append("\n\n");
        for (int k = 0; k < 2000; k++) {
            text.append("类项目").append(k).append("个、总投资");
        }
        text.append("亿元\n\n");
        text.append("| 指标 | 2020年 | 2025年 |\n|---|---|---|\n");
        for (int k = 0; k < 2000; k++) {
            text.append("| 指标")
                    .append(k)
                    .append("（（（（（% | 1 | ")
                    .append("≥".repeat(50))
                    .append(" |\n");
        }
        StructuredDocument doc = TestDocs.structure(text.toString().getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        int boxes = projects.extractBoxes(doc).size();
        projects.extractSummaries(doc);
        int rows = indicators.extract(doc).size();
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(boxes).isEqualTo(1);
        assertThat(rows).isEqualTo(2000);
        assertThat(ms).as("ms").isLessThan(2000);
    }
}
