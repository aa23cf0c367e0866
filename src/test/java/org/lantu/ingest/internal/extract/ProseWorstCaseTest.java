package org.lantu.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lantu.plan.ExtractedPlan;

/**
 * Hostile paragraphs are read right and do not hang the prose extractors (they read a paragraph in linear
 * time). {@code @Timeout} only guards against a hang; speed is measured by ExtractBench.
 */
class ProseWorstCaseTest {

    private static final String HEAD = "压力县推进以县城为重要载体的城镇化建设实施方案（2023～2025年）\n\n一、目标任务\n\n";

    private static ExtractedPlan run(String body) {
        return ProseDocuments.runText(HEAD + body + "\n");
    }

    @Test
    @Timeout(20)
    void aHugeSentenceOfFiguresWithoutPunctuation() {
        ExtractedPlan plan = run("到2025年" + "综合指标达到5%以上和".repeat(20_000) + "县城污水处理率达到95%。");
        // every figure but the last qualifies the words after it
        assertThat(plan.targets()).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualByComparingTo("95");
            assertThat(t.year()).isEqualTo(2025);
        });
    }

    @Test
    @Timeout(20)
    void manyClausesAndOpenBracketsAndQuotes() {
        ExtractedPlan clauses = run("（“《县城污水处理率达到95%，".repeat(20_000) + "（旗住建局）");
        // every figure sits inside a bracket or quote that never closes: a gloss, not a target
        assertThat(clauses.targets()).isEmpty();
        ExtractedPlan lists = run("推进工作。（" + "旗住建局、".repeat(20_000) + "旗水利局）");
        // a list longer than any real one is not read as a list of units
        assertThat(lists.responsibilities()).isEmpty();
    }

    @Test
    @Timeout(20)
    void longRunsOfDigitsAndSeparators() {
        ExtractedPlan plan = run("9".repeat(50_000) + "、" + "1,".repeat(30_000) + "2025年" + "-".repeat(10_000));
        // digits with no indicator and no verb state no target
        assertThat(plan.targets()).isEmpty();
    }
}
