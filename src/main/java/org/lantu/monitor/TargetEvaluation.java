package org.lantu.monitor;

import org.jspecify.annotations.Nullable;

/**
 * Where one target stands in a year, and why.
 *
 * @param latest the latest observation used (the one of the evaluation year or the last before it)
 * @param observations how many observations after the baseline year were used
 * @param ratio R: observed progress over the progress needed to reach the target on time (1 = exactly on
 *     pace); null when not measured (achieved by the first reading, bounds, insufficient data, manual)
 * @param category the mid-term evaluation wording; null for insufficient data and unmeasured qualitative
 * @param projection the value at the target year if the observed pace goes on (for growth targets: the
 *     average growth rate it amounts to; for cumulative ones the total); null if it cannot be projected
 * @param requiredPace the compound growth per year now needed from the latest value to the target, as a
 *     fraction (0.032 = 3.2% a year); null where growth rates are meaningless
 * @param requiredStep the same as a linear step per year, in the target's unit
 * @param explanation one sentence in Chinese on how the status follows from the figures
 * @param explanationEn the same in English
 */
public record TargetEvaluation(
        TargetSpec spec,
        @Nullable YearValue latest,
        int observations,
        EvaluationStatus status,
        @Nullable Double ratio,
        @Nullable EvaluationMethod method,
        @Nullable ProgressCategory category,
        @Nullable Double projection,
        @Nullable Double requiredPace,
        @Nullable Double requiredStep,
        String explanation,
        String explanationEn) {}
