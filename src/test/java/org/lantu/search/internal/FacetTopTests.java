package org.lantu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The values a facet lists ({@link Search#top}): the same as sorting every value by count, then label, then
 * value and taking the first 20, on counts with many ties (most values of a large dimension count 1 or 2)
 * and labels shared by several values.
 */
class FacetTopTests {

    private static String encoded(String value, String label) {
        return value + Fields.LABEL + label;
    }

    @Test
    void theTopTwentyAreThoseOfAFullSort() {
        Random random = new Random(6);
        for (int round = 0; round < 200; round++) {
            Map<String, Long> counts = new HashMap<>();
            int n = random.nextInt(round % 10 == 0 ? 3 : 400);
            for (int i = 0; i < n; i++) {
                String label = "模拟部门" + (char) ('甲' + random.nextInt(30));
                long count = random.nextInt(4) == 0 ? 1 + random.nextInt(500) : 1 + random.nextInt(2);
                counts.put(encoded(String.valueOf(i), label), count);
            }
            List<Map.Entry<String, Long>> all = new ArrayList<>(counts.entrySet());
            all.sort(Search.FACET_ORDER);
            List<Map.Entry<String, Long>> expected = all.subList(0, Math.min(20, all.size()));

            assertThat(Search.top(counts, 20))
                    .as("round %d, %d values", round, n)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theOrderIsMostHitsThenLabelThenValue() {
        Map<String, Long> counts = Map.of(
                encoded("3", "乙"), 5L,
                encoded("1", "甲"), 5L,
                encoded("2", "甲"), 5L,
                encoded("4", "丙"), 9L,
                encoded("5", "丁"), 1L);

        assertThat(Search.top(counts, 4).stream().map(Map.Entry::getKey))
                .containsExactly(encoded("4", "丙"), encoded("3", "乙"), encoded("1", "甲"), encoded("2", "甲"));
        assertThat(Search.top(counts, 0)).isEmpty();
    }
}
