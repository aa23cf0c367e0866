package org.lantu.review;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a finding is about. */
public enum FindingKind {
    /** The same indicator for the same year stated with different values (表文不一致). */
    CONFLICTING_FIGURES("conflicting_figures"),
    /** A target below its baseline where higher is better, or above it where lower is better. */
    TARGET_WORSE_THAN_BASELINE("target_worse_than_baseline"),
    /** A total that is not the sum of its parts (合计). */
    SUM_MISMATCH("sum_mismatch"),
    /** A level target that the stated annual growth cannot reach from the baseline, or the reverse. */
    INFEASIBLE_GROWTH("infeasible_growth"),
    /** A table-of-contents entry with no heading in the body, or a heading missing from the contents. */
    TOC_MISMATCH("toc_mismatch"),
    /** An interpretation (解读) stating a figure or project the plan it interprets does not contain. */
    FIGURE_NOT_IN_SOURCE("figure_not_in_source"),
    /** A target year before the plan's period or after its end (and its vision year). */
    TARGET_YEAR_OUTSIDE_PERIOD("target_year_outside_period"),
    /** A figure without a unit, where the indicator has one. */
    MISSING_UNIT("missing_unit"),
    /** A binding (约束性) indicator with no figure (达到全市要求, —): it cannot be assessed. */
    QUALITATIVE_BINDING_TARGET("qualitative_binding_target");

    private final String code;

    FindingKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
