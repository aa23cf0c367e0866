package org.lantu.monitor;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A comment on a task, usually by a supporting unit (配合单位). */
public record TaskComment(
        long id,
        long planId,
        String itemKey,
        @Nullable Long responsibleUnitId,
        @Nullable String unit,
        String body,
        String author,
        OffsetDateTime createdAt) {}
