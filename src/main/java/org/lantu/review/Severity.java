package org.lantu.review;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much a finding matters. */
public enum Severity {
    /** The document contradicts itself (or its source): one of the figures is wrong. */
    ERROR("error"),
    /** Probably a mistake or a weakness worth correcting (a rounding difference, a year read from context). */
    WARNING("warning"),
    /** Worth knowing, not necessarily wrong (a ceiling that allows a worse figure, a missing unit). */
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
