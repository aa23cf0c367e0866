package org.lantu.search;

import java.util.List;

/**
 * The hits counted by one filter dimension.
 *
 * @param dimension {@code unit}, {@code kind}, {@code plan}, {@code responsible}, {@code type} or {@code
 *     year}: the name of the query parameter that filters by it
 * @param values most hits first, at most 20
 */
public record Facet(String dimension, List<Value> values) {

    /**
     * @param value what to pass as the filter (a unit's or plan's id, a kind code, a name, a year)
     * @param label what to show (the unit's name, the plan's title)
     */
    public record Value(String value, String label, long count) {}
}
