package org.lantu.monitor;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How many targets stand where: a plan's, a domain's, a department's or a county's (汇总).
 *
 * @param atRisk needs acceleration or limited progress
 * @param offTrack deterioration
 * @param noData insufficient data, or qualitative without a planner's status
 */
public record StatusCounts(
        int total,
        int achieved,
        int onTrack,
        int atRisk,
        int offTrack,
        int noData,
        Map<EvaluationStatus, Integer> byStatus) {

    public StatusCounts {
        byStatus = Map.copyOf(byStatus);
    }

    /** The counts of some evaluations. */
    public static StatusCounts of(Collection<TargetEvaluation> evaluations) {
        Map<EvaluationStatus, Integer> by = new EnumMap<>(EvaluationStatus.class);
        for (EvaluationStatus s : EvaluationStatus.values()) {
            by.put(s, 0);
        }
        for (TargetEvaluation e : evaluations) {
            by.merge(e.status(), 1, Integer::sum);
        }
        return new StatusCounts(
                evaluations.size(),
                by.get(EvaluationStatus.ACHIEVED),
                by.get(EvaluationStatus.ON_TRACK),
                by.get(EvaluationStatus.NEEDS_ACCELERATION) + by.get(EvaluationStatus.LIMITED_PROGRESS),
                by.get(EvaluationStatus.DETERIORATION),
                by.get(EvaluationStatus.INSUFFICIENT_DATA) + by.get(EvaluationStatus.QUALITATIVE),
                by);
    }

    /** Targets with a verdict: all but those without data. */
    public int assessed() {
        return total - noData;
    }

    /** The share of assessed targets achieved or on track, 0 to 1; null when none is assessed. */
    public @Nullable Double onTrackShare() {
        return assessed() == 0 ? null : (double) (achieved + onTrack) / assessed();
    }
}
