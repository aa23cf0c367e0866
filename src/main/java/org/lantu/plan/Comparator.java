package org.lantu.plan;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a target figure is to be read against the observed value (达到/以上/以内/突破/左右 …). */
public enum Comparator {
    GT(">"),
    GE(">="),
    LT("<"),
    LE("<="),
    EQ("="),
    ABOUT("about"),
    /** 达到全市要求, 完成上级下达任务: no figure, an obligation set elsewhere. */
    QUALITATIVE("qualitative"),
    /** — or empty: no target given. */
    MISSING("missing");

    private final String code;

    Comparator(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
