package org.lantu.web.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.search.Facet;
import org.lantu.search.SearchHit;
import org.lantu.search.SearchHits;
import org.lantu.search.SearchService;
import org.lantu.web.SearchRequests;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search across the plans the caller may read: hits with snippets and links, and facet counts. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class SearchApiController {

    private final SearchService search;

    /** The answer: {@link SearchHits} and the number of pages, written straight (no tree in between). */
    record ApiHits(
            List<List<String>> query,
            long total,
            int page,
            int size,
            List<ApiHit> hits,
            List<Facet> facets,
            boolean complete,
            int pages) {}

    /** A hit and the link to its place in the source view. */
    record ApiHit(@JsonUnwrapped SearchHit hit, String link) {}

    SearchApiController(SearchService search) {
        this.search = search;
    }

    /**
     * {@code q} is required; words separated by spaces must all occur. Filters: {@code unit} (id, code or
     * name; its descendants included), {@code kind}, {@code plan}, {@code responsible}, {@code type},
     * {@code year}; {@code version=all} searches older versions too; {@code sort=relevance|plan}.
     */
    @GetMapping("/search")
    ApiHits search(
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
        List<ApiHit> list = new ArrayList<>(hits.hits().size());
        for (SearchHit h : hits.hits()) {
            list.add(new ApiHit(h, SearchRequests.link(h)));
        }
        return new ApiHits(
                hits.query(),
                hits.total(),
                hits.page(),
                hits.size(),
                list,
                hits.facets(),
                hits.complete(),
                hits.pages());
    }
}
