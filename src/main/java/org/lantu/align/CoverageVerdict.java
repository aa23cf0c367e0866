package org.lantu.align;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the child carries out a parent article, from the score of its best-matching section. */
public enum CoverageVerdict {
    /** 已落实: a child section takes the article up (best score at or above the covered threshold). */
    COVERED("covered"),
    /** 部分落实: some of the article is echoed, but no section takes it up as a whole. */
    PARTLY("partly"),
    /** 未落实: nothing in the child answers the article. */
    NOT_COVERED("not_covered");

    private final String code;

    CoverageVerdict(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
