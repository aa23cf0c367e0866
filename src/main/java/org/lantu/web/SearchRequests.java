package org.lantu.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.search.SearchHit;
import org.lantu.search.SearchQuery;

/** The query parameters of {@code /search} and {@code /api/search}, read the same way by both. */
public final class SearchRequests {

    /** What {@code type=} accepts: the item types and {@code paragraph}. */
    public static final List<String> TYPES =
            List.of("section", "paragraph", "indicator", "target", "responsibility", "project", "project_summary");

    private SearchRequests() {}

    /**
     * The query, or an {@link IllegalArgumentException} saying what is wrong with a parameter.
     *
     * @param version {@code all} for every version, else (or absent) the latest of each plan
     */
    public static SearchQuery query(
            @Nullable String q,
            @Nullable String unit,
            @Nullable String kind,
            @Nullable Long plan,
            @Nullable String responsible,
            @Nullable String type,
            @Nullable Integer year,
            @Nullable String version,
            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String sort) {
        if (q == null || q.isBlank()) {
            throw new IllegalArgumentException("the query parameter q is missing: say what to search for (q=污水处理率)");
        }
        if (type != null && !type.isBlank() && !TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + String.join(", ", TYPES));
        }
        if (version != null && !version.isBlank() && !version.equals("all") && !version.equals("latest")) {
            throw new IllegalArgumentException("version must be 'all' or 'latest'");
        }
        SearchQuery.Order order;
        if (sort == null || sort.isBlank() || sort.equals("relevance")) {
            order = SearchQuery.Order.RELEVANCE;
        } else if (sort.equals("plan")) {
            order = SearchQuery.Order.PLAN;
        } else {
            throw new IllegalArgumentException("sort must be 'relevance' or 'plan'");
        }
        return new SearchQuery(
                q.strip(),
                blankToNull(unit),
                blankToNull(kind),
                plan,
                blankToNull(responsible),
                blankToNull(type),
                year,
                "all".equals(version),
                page != null ? page : 1,
                size != null ? size : 20,
                order);
    }

    /** The hit's place in the source view (its version's, when not the latest). */
    public static String link(SearchHit hit) {
        return new PlanLinks(hit.planId(), hit.latest() ? null : hit.versionId()).source(hit.line(), hit.endLine());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
