package org.lantu.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The years a plan covers (规划期), e.g. 2021–2025; {@code vision} is a far-horizon year such as 2035
 * (远景目标) when the plan states one.
 */
public record PlanPeriod(
        @JsonProperty("from") int from,
        @JsonProperty("to") int to,
        @Nullable Integer vision) {

    public boolean contains(int year) {
        return year >= from && year <= (vision != null ? vision : to);
    }
}
