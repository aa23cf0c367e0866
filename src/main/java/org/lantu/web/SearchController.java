package org.lantu.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.search.Facet;
import org.lantu.search.SearchHit;
import org.lantu.search.SearchHits;
import org.lantu.search.SearchService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page: hits with their snippets, facets as filter links, paging. */
@Controller
class SearchController {

    /** The filter parameters, in the order the page shows their facets. */
    private static final List<String> FILTERS = List.of("unit", "kind", "plan", "responsible", "type", "year");

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /** A facet value as a link that sets (or, when set, clears) its filter. */
    public record FacetLink(String value, String label, long count, String href, boolean active) {}

    public record FacetView(String dimension, List<FacetLink> values) {}

    /** A hit as the page shows it. */
    public record HitView(SearchHit hit, String link, String planHref) {}

    @GetMapping("/search")
    String search(
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) @Nullable Long plan,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        String q = params.getOrDefault("q", "").strip();
        model.addAttribute("query", q);
        model.addAttribute("sort", params.getOrDefault("sort", "relevance"));
        model.addAttribute("allVersions", "all".equals(params.get("version")));
        if (q.isEmpty()) {
            return "search";
        }
        SearchHits hits;
        try {
            hits = search.search(SearchRequests.query(
                    q,
                    params.get("unit"),
                    params.get("kind"),
                    plan,
                    params.get("responsible"),
                    params.get("type"),
                    year,
                    params.get("version"),
                    page,
                    size,
                    params.get("sort")));
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            return "search";
        }
        Map<String, String> current = new LinkedHashMap<>();
        for (String key :
                List.of("q", "unit", "kind", "plan", "responsible", "type", "year", "version", "sort", "size")) {
            String v = params.get(key);
            if (v != null && !v.isBlank()) {
                current.put(key, v.strip());
            }
        }
        List<HitView> views = new ArrayList<>();
        for (SearchHit h : hits.hits()) {
            views.add(new HitView(h, SearchRequests.link(h), "/plans/" + h.planId()));
        }
        List<FacetView> facets = new ArrayList<>();
        for (Facet f : hits.facets()) {
            List<FacetLink> links = new ArrayList<>();
            for (Facet.Value v : f.values()) {
                boolean active = v.value().equals(current.get(f.dimension()));
                links.add(new FacetLink(
                        v.value(),
                        v.label(),
                        v.count(),
                        href(current, f.dimension(), active ? null : v.value()),
                        active));
            }
            if (!links.isEmpty()) {
                facets.add(new FacetView(f.dimension(), links));
            }
        }
        facets.sort(java.util.Comparator.comparingInt(f -> FILTERS.indexOf(f.dimension())));
        model.addAttribute("hits", hits);
        model.addAttribute("results", views);
        model.addAttribute("facets", facets);
        model.addAttribute("active", activeFilters(current));
        model.addAttribute("prev", hits.page() > 1 ? page(current, hits.page() - 1) : null);
        model.addAttribute("next", hits.page() < hits.pages() ? page(current, hits.page() + 1) : null);
        model.addAttribute("byRelevance", href(current, "sort", null));
        model.addAttribute("byPlan", href(current, "sort", "plan"));
        model.addAttribute(
                "versionsHref", href(current, "version", "all".equals(current.get("version")) ? null : "all"));
        return "search";
    }

    /** The filters set, each with the link that clears it. */
    private static List<FacetLink> activeFilters(Map<String, String> current) {
        List<FacetLink> out = new ArrayList<>();
        for (String f : FILTERS) {
            if (current.containsKey(f)) {
                out.add(new FacetLink(f, current.get(f), 0, href(current, f, null), true));
            }
        }
        return out;
    }

    private static String page(Map<String, String> current, int page) {
        Map<String, String> p = new LinkedHashMap<>(current);
        p.put("page", String.valueOf(page));
        return build(p);
    }

    /** The current search with one parameter set (or removed, for null), from its first page. */
    private static String href(Map<String, String> current, String key, @Nullable String value) {
        Map<String, String> p = new LinkedHashMap<>(current);
        if (value == null) {
            p.remove(key);
        } else {
            p.put(key, value);
        }
        return build(p);
    }

    private static String build(Map<String, String> params) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search");
        params.forEach(b::queryParam);
        return b.encode().build().toUriString();
    }
}
