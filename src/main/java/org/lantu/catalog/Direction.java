package org.lantu.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a higher or a lower figure of an indicator is better (指标方向). */
public enum Direction {
    /** 正向指标: more is better (森林覆盖率, 地区生产总值, 单位GDP能耗降幅 — a reduction). */
    HIGHER("higher"),
    /** 逆向指标: less is better (城镇登记失业率, 婴儿死亡率, 单位GDP能耗). */
    LOWER("lower"),
    /** Not known, or neither (三次产业结构, 人口自然增长率): no judgement is made. */
    UNKNOWN("unknown");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Direction of(String code) {
        for (Direction d : values()) {
            if (d.code.equals(code.strip())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown direction '" + code + "' (higher, lower or unknown)");
    }
}
