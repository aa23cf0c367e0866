package org.lantu.align;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a child's target compares with the parent's target for the same indicator. */
public enum FloorVerdict {
    /** 达标: at or beyond the parent's floor, or within its ceiling. */
    MEETS("meets"),
    /** 低于底线: the child aims lower than the parent's floor (以上, 不低于, 达到). */
    BELOW_FLOOR("below_floor"),
    /** 超出上限: the child allows more than the parent's ceiling (以内, 不超过). */
    ABOVE_CEILING("above_ceiling"),
    /** 未设定: the child states no target for the indicator. */
    MISSING_IN_CHILD("missing_in_child"),
    /**
     * 不可比: different unit, kind (level vs growth rate) or year, no figure on one side, or a regional
     * aggregate (全区…, 县域生产总值) that sets no per-county floor.
     */
    NOT_COMPARABLE("not_comparable");

    private final String code;

    FloorVerdict(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
