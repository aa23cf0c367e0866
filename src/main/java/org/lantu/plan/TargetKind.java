package org.lantu.plan;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a target figure measures. */
public enum TargetKind {
    /** A level to reach or hold in the target year. */
    LEVEL("level"),
    /** An average annual growth rate (年均增长 X%, X(年均)). */
    ANNUAL_GROWTH("annual_growth"),
    /** A total over the plan period (累计). */
    CUMULATIVE("cumulative"),
    QUALITATIVE("qualitative"),
    MISSING("missing");

    private final String code;

    TargetKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
