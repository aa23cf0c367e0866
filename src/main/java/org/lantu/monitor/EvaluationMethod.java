package org.lantu.monitor;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a target's progress was measured; every evaluation names it. */
public enum EvaluationMethod {
    /** Observed against required compound annual growth from the baseline (the ratio R). */
    CAGR("cagr", "年均增速比较法", "Compound growth ratio"),
    /** Share of the distance covered against share of the time elapsed (zero or sign-changing series). */
    LINEAR("linear", "线性进度法", "Linear progress"),
    /** Observed average annual growth against the target rate (年均增长 X%). */
    GROWTH("growth", "年均增速法", "Average annual growth"),
    /** Change accumulated to date against the elapsed share of a period total (累计). */
    CUMULATIVE("cumulative", "累计进度法", "Cumulative progress"),
    /** A bound to hold (a ceiling, a floor, a target the baseline already meets): held or broken. */
    BOUND("bound", "底线约束法", "Bound held"),
    /** Set by a planner, with a reason (qualitative targets). */
    MANUAL("manual", "人工评定", "Set by a planner");

    private final String code;
    private final String zh;
    private final String en;

    EvaluationMethod(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
