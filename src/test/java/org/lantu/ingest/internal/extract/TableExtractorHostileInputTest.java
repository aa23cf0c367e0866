package org.lantu.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lantu.ingest.internal.structure.StructuredDocument;

/** Long and hostile tables and boxes: read right, and no regular expression that backtracks on them. */
class TableExtractorHostileInputTest {

    private final IndicatorExtractor indicators = new IndicatorExtractor();
    private final ProjectExtractor projects = new ProjectExtractor();

    /** A hang guard, not a speed goal (that is ExtractBench's): a backtracking regex would never finish. */
    @Test
    @Timeout(60)
    void longHostileBoxesAndSummariesAreReadCorrectly() {
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
        int boxes = projects.extractBoxes(doc).size();
        projects.extractSummaries(doc);
        int rows = indicators.extract(doc).size();
        assertThat(boxes).isEqualTo(1);
        assertThat(rows).isEqualTo(2000);
    }
}
