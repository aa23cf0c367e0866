package org.lantu.monitor;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an observation stands: 草稿 → 已报送 → 已审核. */
public enum ObservationStatus {
    DRAFT("draft", "草稿"),
    SUBMITTED("submitted", "已报送"),
    APPROVED("approved", "已审核");

    private final String code;
    private final String label;

    ObservationStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    public static ObservationStatus of(String code) {
        for (ObservationStatus s : values()) {
            if (s.code.equals(code.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + code + "' (draft, submitted or approved)");
    }
}
