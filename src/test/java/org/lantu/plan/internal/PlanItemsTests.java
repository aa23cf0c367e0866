package org.lantu.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantu.ingest.IngestService;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.Indicator;
import org.lantu.plan.PlanJson;
import org.lantu.plan.VersionDiff;
import org.lantu.plan.internal.PlanItems.Item;
import tools.jackson.databind.node.ObjectNode;

class PlanItemsTests {

    @Test
    void anItemReadBackFromTheStoreIsNotChangedByHowItsNumbersWereParsed() throws Exception {
        ExtractedPlan plan;
        try (IngestService ingest = new IngestService()) {
            plan = ingest.extract(Path.of("examples/shiliqi-urbanization-plan.txt"));
        }
        Indicator gdp = new Indicator(
                "t",
                1,
                "经济发展",
                "地区生产总值",
                "亿元",
                new org.lantu.plan.Baseline(2023, "88.6", new java.math.BigDecimal("88.6")),
                new org.lantu.plan.TargetValue(
                        2026,
                        ">110",
                        new java.math.BigDecimal("110"),
                        org.lantu.plan.Comparator.GT,
                        org.lantu.plan.TargetKind.LEVEL),
                org.lantu.plan.IndicatorNature.EXPECTED,
                24,
                List.of(),
                new org.lantu.plan.SourceLocation(24, null, null, null, "q", List.of()));
        ExtractedPlan withIndicator = new ExtractedPlan(
                plan.source(),
                plan.plan(),
                plan.sections(),
                List.of(gdp),
                // the indicator is the last item
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                plan.toc(),
                plan.paragraphs(),
                plan.dropped());
        List<Item> fresh = PlanItems.of(withIndicator);
        // what the store hands back: the same JSON, parsed from its text
        List<Item> stored = fresh.stream()
                .map(i -> new Item(i.type(), i.key(), i.ordinal(), i.line(), i.sectionId(), (ObjectNode)
                        PlanJson.mapper().readTree(PlanJson.write(i.data()))))
                .toList();
        assertThat(stored.get(stored.size() - 1)
                        .data()
                        .path("baseline")
                        .path("value")
                        .isDouble())
                .as("the stored form parses 88.6 as a double")
                .isTrue();

        VersionDiff diff = PlanItems.diff(1, 2, stored, fresh);
        assertThat(diff.isEmpty()).as(diff.toString()).isTrue();

        ObjectNode changed = fresh.get(fresh.size() - 1).data().deepCopy();
        ((ObjectNode) changed.get("target")).put("value", new java.math.BigDecimal("120"));
        List<Item> next = new java.util.ArrayList<>(fresh.subList(0, fresh.size() - 1));
        Item last = fresh.get(fresh.size() - 1);
        next.add(new Item(last.type(), last.key(), last.ordinal(), last.line(), last.sectionId(), changed));
        assertThat(PlanItems.diff(1, 2, stored, next).changed())
                .extracting(VersionDiff.Change::key)
                .containsExactly("t / 地区生产总值");
    }
}
