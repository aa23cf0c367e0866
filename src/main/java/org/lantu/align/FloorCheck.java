package org.lantu.align;

import org.jspecify.annotations.Nullable;

/**
 * One parent target against the child's target for the same indicator.
 *
 * @param childTarget null when the child states none ({@link FloorVerdict#MISSING_IN_CHILD})
 * @param noteZh the same note in Chinese
 * @param note why the verdict, in a sentence (units converted, two child targets, regional aggregate …)
 */
public record FloorCheck(
        StatedTarget parentTarget,
        @Nullable StatedTarget childTarget,
        FloorVerdict verdict,
        String note,
        String noteZh) {}
