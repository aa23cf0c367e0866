package org.lantu.monitor;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The wording of Chinese mid-term evaluations (中期评估) for a measured target: 提前实现, 快于预期, 基本符合预期,
 * 滞后. JSON carries the Chinese words.
 */
public enum ProgressCategory {
    /** Achieved before the target year. */
    ACHIEVED_EARLY("提前实现", "Achieved early"),
    /** R ≥ 1.05. */
    AHEAD("快于预期", "Ahead of expectations"),
    /** 0.95 ≤ R < 1.05, or a bound held. */
    AS_EXPECTED("基本符合预期", "Broadly as expected"),
    /** R < 0.95, or a bound broken. */
    BEHIND("滞后", "Behind");

    private final String zh;
    private final String en;

    ProgressCategory(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @JsonValue
    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
