package org.lantu.plan;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of plan document. */
public enum PlanKind {
    /** 国民经济和社会发展第X个五年规划纲要. */
    FIVE_YEAR_PLAN("five_year_plan"),
    /** 推进以县城为重要载体的城镇化建设方案 and other county-seat urbanization plans. */
    URBANIZATION_PLAN("urbanization_plan"),
    /** A plan of a region or league that its counties must implement (自治区/盟市方案). */
    REGIONAL_PLAN("regional_plan"),
    /** 政策解读 / 文字解读: the official plain-language interpretation of another plan. */
    INTERPRETATION("interpretation"),
    OTHER("other");

    private final String code;

    PlanKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
