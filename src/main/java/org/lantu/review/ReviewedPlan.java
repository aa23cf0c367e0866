package org.lantu.review;

import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanKind;
import org.lantu.plan.PlanPeriod;

/** The plan a review is about. */
public record ReviewedPlan(
        String title,
        PlanKind kind,
        @Nullable String region,
        @Nullable PlanPeriod period,
        String file) {}
