package org.lantu.plan;

import com.fasterxml.jackson.annotation.JsonValue;

/** The attribute (属性) of a plan indicator. */
public enum IndicatorNature {
    /** 约束性: binding, the government answers for it. */
    BINDING("约束性"),
    /** 预期性: indicative, an expected outcome. */
    EXPECTED("预期性");

    private final String label;

    IndicatorNature(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
