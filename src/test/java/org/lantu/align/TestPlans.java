package org.lantu.align;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.Comparator;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.Indicator;
import org.lantu.plan.IndicatorNature;
import org.lantu.plan.PlanKind;
import org.lantu.plan.PlanMetadata;
import org.lantu.plan.PlanParagraph;
import org.lantu.plan.Section;
import org.lantu.plan.SourceInfo;
import org.lantu.plan.SourceLocation;
import org.lantu.plan.Target;
import org.lantu.plan.TargetKind;
import org.lantu.plan.TargetValue;

/** Hand-built plans for alignment tests: only what alignment reads is filled in. */
final class TestPlans {

    private TestPlans() {}

    static ExtractedPlan plan(String title, PlanKind kind, List<Target> targets, List<Indicator> indicators) {
        return plan(title, kind, List.of(), List.of(), targets, indicators);
    }

    static ExtractedPlan plan(
            String title,
            PlanKind kind,
            List<Section> sections,
            List<PlanParagraph> paragraphs,
            List<Target> targets,
            List<Indicator> indicators) {
        return new ExtractedPlan(
                new SourceInfo(title + ".txt", "txt", "UTF-8", "0".repeat(64), 0, 0),
                new PlanMetadata(title, kind, null, null),
                sections,
                indicators,
                targets,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                paragraphs,
                List.of());
    }

    static ExtractedPlan parent(Target... targets) {
        return plan("自治区方案", PlanKind.REGIONAL_PLAN, List.of(targets), List.of());
    }

    static ExtractedPlan child(List<Target> targets, List<Indicator> indicators) {
        return plan("某旗方案", PlanKind.URBANIZATION_PLAN, targets, indicators);
    }

    static ExtractedPlan child(Target... targets) {
        return child(List.of(targets), List.of());
    }

    private static int line = 100;

    /** A prose target for 2025, a level. */
    static Target target(String indicator, String value, @Nullable String unit, Comparator comparator) {
        return target(indicator, value, unit, comparator, TargetKind.LEVEL, 2025);
    }

    static Target target(
            String indicator,
            String value,
            @Nullable String unit,
            Comparator comparator,
            TargetKind kind,
            @Nullable Integer year) {
        int l = line++;
        String text = "到" + year + "年，" + indicator + "达到" + value + (unit != null ? unit : "");
        return new Target(
                text,
                indicator,
                new BigDecimal(value),
                unit,
                year,
                comparator,
                kind,
                null,
                null,
                l,
                new SourceLocation(l, null, null, null, text, List.of()));
    }

    /** A row of an indicator table; {@code value} null for 达到全市要求. */
    static Indicator row(
            String name, @Nullable String unit, String raw, @Nullable String value, Comparator comparator) {
        int l = line++;
        TargetKind kind = value == null ? TargetKind.QUALITATIVE : TargetKind.LEVEL;
        return new Indicator(
                "主要目标",
                1,
                null,
                name,
                unit,
                null,
                new TargetValue(2025, raw, value == null ? null : new BigDecimal(value), comparator, kind),
                IndicatorNature.EXPECTED,
                l,
                new ArrayList<>(),
                new SourceLocation(l, null, null, null, name + "\t" + raw, List.of()));
    }
}
