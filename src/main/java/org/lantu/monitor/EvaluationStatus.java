package org.lantu.monitor;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a target stands (评估结论), in the Statistics Canada / Open SDG classes, with the words Chinese
 * planners use beside them (see {@link ProgressCategory}).
 */
public enum EvaluationStatus {
    /** The latest value meets a destination target (已实现). */
    ACHIEVED("achieved", "已实现", "Achieved"),
    /** On pace to meet it, or a bound that holds (按计划推进). */
    ON_TRACK("on_track", "进展顺利", "On track"),
    /** Progress, but slower than needed: 0.60 ≤ R < 0.95 (需加快推进). */
    NEEDS_ACCELERATION("needs_acceleration", "需加快推进", "Needs acceleration"),
    /** Little progress: 0 ≤ R < 0.60 (进展有限). */
    LIMITED_PROGRESS("limited_progress", "进展有限", "Limited progress"),
    /** Moving away from the target, or a bound broken (出现倒退). */
    DETERIORATION("deterioration", "出现倒退", "Deterioration"),
    /** No observation after the baseline yet (数据不足). */
    INSUFFICIENT_DATA("insufficient_data", "数据不足", "Insufficient data"),
    /** No figure to measure against; a planner sets the status (定性目标). */
    QUALITATIVE("qualitative", "定性目标", "Qualitative");

    private final String code;
    private final String zh;
    private final String en;

    EvaluationStatus(String code, String zh, String en) {
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

    /** Whether a measured target is short of on track: needs acceleration, limited progress or deterioration. */
    public boolean belowOnTrack() {
        return this == NEEDS_ACCELERATION || this == LIMITED_PROGRESS || this == DETERIORATION;
    }

    /** The status whose {@link #code} this is. */
    public static EvaluationStatus of(String code) {
        for (EvaluationStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown evaluation status '" + code + "'");
    }
}
