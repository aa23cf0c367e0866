package org.lantu.search;

import org.jspecify.annotations.Nullable;

/**
 * A search: the text and the filters. Words separated by spaces must all occur (each as written, or as
 * one of its indicator synonyms); traditional and full-width forms find simplified, half-width text.
 *
 * @param text what to search for
 * @param unit an administrative unit by id, GB/T 2260 code or name: its plans and those of the units below
 * @param kind a plan kind code ({@code five_year_plan}, {@code urbanization_plan} …)
 * @param plan a plan id
 * @param responsible a responsible unit by name (旗住建局): the items it is named in
 * @param type {@code section}, {@code paragraph}, {@code indicator}, {@code target}, {@code
 *     responsibility}, {@code project} or {@code project_summary}
 * @param year a year the item states (a target's year), else the last year of its plan's period
 * @param allVersions every stored version, not only each plan's latest
 * @param page 1-based
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 */
public record SearchQuery(
        String text,
        @Nullable String unit,
        @Nullable String kind,
        @Nullable Long plan,
        @Nullable String responsible,
        @Nullable String type,
        @Nullable Integer year,
        boolean allVersions,
        int page,
        int size,
        Order order) {

    public static final int MAX_SIZE = 100;

    /** How hits are ordered. */
    public enum Order {
        /** Best match first. */
        RELEVANCE,
        /** By plan, then by place in the plan (newest version first). */
        PLAN
    }

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the query is empty: say what to search for (q)");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    /** The text alone: latest versions, first page of 20, by relevance. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, false, 1, 20, Order.RELEVANCE);
    }

    public SearchQuery withUnit(@Nullable String unit) {
        return new SearchQuery(text, unit, kind, plan, responsible, type, year, allVersions, page, size, order);
    }

    public SearchQuery withType(@Nullable String type) {
        return new SearchQuery(text, unit, kind, plan, responsible, type, year, allVersions, page, size, order);
    }

    public SearchQuery withResponsible(@Nullable String responsible) {
        return new SearchQuery(text, unit, kind, plan, responsible, type, year, allVersions, page, size, order);
    }

    public SearchQuery withPlan(@Nullable Long plan) {
        return new SearchQuery(text, unit, kind, plan, responsible, type, year, allVersions, page, size, order);
    }

    public SearchQuery withKind(@Nullable String kind) {
        return new SearchQuery(text, unit, kind, plan, responsible, type, year, allVersions, page, size, order);
    }

    public SearchQuery withYear(@Nullable Integer year) {
        return new SearchQuery(text, unit, kind, plan, responsible, type, year, allVersions, page, size, order);
    }

    public SearchQuery withAllVersions(boolean allVersions) {
        return new SearchQuery(text, unit, kind, plan, responsible, type, year, allVersions, page, size, order);
    }

    public SearchQuery withPage(int page, int size) {
        return new SearchQuery(text, unit, kind, plan, responsible, type, year, allVersions, page, size, order);
    }

    public SearchQuery withOrder(Order order) {
        return new SearchQuery(text, unit, kind, plan, responsible, type, year, allVersions, page, size, order);
    }
}
