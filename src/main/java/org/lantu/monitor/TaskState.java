package org.lantu.monitor;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a task stands in a period, as its lead unit reports it. */
public enum TaskState {
    NOT_STARTED("not_started", "未开始"),
    IN_PROGRESS("in_progress", "推进中"),
    DONE("done", "已完成"),
    DELAYED("delayed", "滞后");

    private final String code;
    private final String label;

    TaskState(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static TaskState of(String code) {
        for (TaskState s : values()) {
            if (s.code.equals(code.strip()) || s.label.equals(code.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "unknown task status '" + code + "' (not_started, in_progress, done or delayed)");
    }
}
