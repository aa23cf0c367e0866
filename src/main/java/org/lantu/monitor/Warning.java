package org.lantu.monitor;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A warning (预警) the monitoring raises: a target, task or project that needs attention.
 *
 * @param subject what it is about: the indicator, the task's first words, the project's name
 * @param itemId the plan item it points at, for the link to the source
 */
public record Warning(
        Kind kind,
        long planId,
        String planTitle,
        @Nullable Long unitId,
        @Nullable String unitName,
        @Nullable Long itemId,
        String subject,
        @Nullable String responsible,
        String message,
        String messageEn) {

    /** What raised it. */
    public enum Kind {
        /** A 约束性 target below on track. */
        BINDING_TARGET("binding_target", "约束性指标未达进度"),
        /** A target at limited progress or deterioration. */
        TARGET_OFF_TRACK("target_off_track", "指标进展滞后"),
        /** A task its lead unit reported 滞后. */
        TASK_DELAYED("task_delayed", "任务滞后"),
        /** A task with no report for two periods. */
        TASK_UNREPORTED("task_unreported", "任务连续两期未报"),
        /** A project whose completed investment is below 80% of plan. */
        PROJECT_INVESTMENT("project_investment", "项目投资完成不足");

        private final String code;
        private final String zh;

        Kind(String code, String zh) {
            this.code = code;
            this.zh = zh;
        }

        @JsonValue
        public String code() {
            return code;
        }

        public String zh() {
            return zh;
        }
    }
}
