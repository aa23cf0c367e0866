package org.lantu.web.api;

import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanJson;
import org.lantu.search.SearchHit;
import org.lantu.search.SearchHits;
import org.lantu.search.SearchService;
import org.lantu.web.SearchRequests;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Search across the plans the caller may read: hits with snippets and links, and facet counts. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    /**
     * {@code q} is required; words separated by spaces must all occur. Filters: {@code unit} (id, code or
     * name; its descendants included), {@code kind}, {@code plan}, {@code responsible}, {@code type},
     * {@code year}; {@code version=all} searches older versions too; {@code sort=relevance|plan}.
     */
    @GetMapping("/search")
    ObjectNode search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable Long plan,
            @RequestParam(required = false) @Nullable String responsible,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String sort) {
        SearchHits hits = search.search(
                SearchRequests.query(q, unit, kind, plan, responsible, type, year, version, page, size, sort));
        ObjectNode out = PlanJson.mapper().valueToTree(hits);
        out.put("pages", hits.pages());
        ArrayNode list = out.putArray("hits");
        for (SearchHit h : hits.hits()) {
            ObjectNode n = PlanJson.mapper().valueToTree(h);
            n.put("link", SearchRequests.link(h));
            list.add(n);
        }
        return out;
    }
}
