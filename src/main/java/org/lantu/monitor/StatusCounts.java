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
        // in the order of the statuses, so that lists and JSON show them alike every time
        byStatus = java.util.Collections.unmodifiableMap(
                byStatus.isEmpty() ? new EnumMap<>(EvaluationStatus.class) : new EnumMap<>(byStatus));
    }

    /** The counts of several groups together. */
    public static StatusCounts sum(Collection<StatusCounts> parts) {
        Map<EvaluationStatus, Integer> by = new EnumMap<>(EvaluationStatus.class);
        for (EvaluationStatus s : EvaluationStatus.values()) {
            by.put(s, 0);
        }
        int total = 0;
        int achieved = 0;
        int onTrack = 0;
        int atRisk = 0;
        int offTrack = 0;
        int noData = 0;
        for (StatusCounts c : parts) {
            total += c.total;
            achieved += c.achieved;
            onTrack += c.onTrack;
            atRisk += c.atRisk;
            offTrack += c.offTrack;
            noData += c.noData;
            c.byStatus.forEach((s, n) -> by.merge(s, n, Integer::sum));
        }
        return new StatusCounts(total, achieved, onTrack, atRisk, offTrack, noData, by);
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
