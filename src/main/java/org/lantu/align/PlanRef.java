package org.lantu.align;

import org.jspecify.annotations.Nullable;

/** Which plan: its title and the administrative unit it belongs to. */
public record PlanRef(String title, @Nullable String region) {}
