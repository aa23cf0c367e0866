package org.lantu.monitor;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every target of a plan, evaluated in a year (年度监测). */
public record PlanEvaluation(
        long planId,
        String title,
        String kind,
        @Nullable Long unitId,
        @Nullable String unitName,
        long versionId,
        int year,
        List<EvaluatedTarget> targets) {

    public PlanEvaluation {
        targets = List.copyOf(targets);
    }

    public StatusCounts counts() {
        return StatusCounts.of(targets.stream().map(EvaluatedTarget::evaluation).toList());
    }
}
