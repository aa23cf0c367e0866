package org.lantu.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.plan.PlanJson;
import org.lantu.search.Facet;
import org.lantu.search.SearchHit;
import org.lantu.search.SearchHits;
import org.lantu.search.SearchService;
import org.lantu.web.SearchRequests;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * Search across the plans the caller may read: hits with snippets and links, and facet counts. The answer
 * is compact JSON (no indentation: it is read by programs, and searches are many); a hit's full text is
 * sent only with {@code text=true}, the snippet shows the match.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class SearchApiController {

    /** The application's JSON (snake_case, nulls kept), without the indentation. */
    private static final ObjectWriter COMPACT = PlanJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

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

    /**
     * A hit ({@link SearchHit}, its {@code text} only when asked for) and the link to its place in the
     * source view.
     */
    record ApiHit(
            String type,
            @Nullable Long itemId,
            long planId,
            String planTitle,
            String planKind,
            long versionId,
            int versionNo,
            boolean latest,
            @Nullable Long unitId,
            @Nullable String unitName,
            List<String> headingPath,
            String snippet,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String text,

            List<String> responsibleUnits,
            @Nullable String value,
            int line,
            @Nullable Integer endLine,
            float score,
            String link) {

        static ApiHit of(SearchHit h, boolean text) {
            return new ApiHit(
                    h.type(),
                    h.itemId(),
                    h.planId(),
                    h.planTitle(),
                    h.planKind(),
                    h.versionId(),
                    h.versionNo(),
                    h.latest(),
                    h.unitId(),
                    h.unitName(),
                    h.headingPath(),
                    h.snippet(),
                    text ? h.text() : null,
                    h.responsibleUnits(),
                    h.value(),
                    h.line(),
                    h.endLine(),
                    h.score(),
                    SearchRequests.link(h));
        }
    }

    SearchApiController(SearchService search) {
        this.search = search;
    }

    /**
     * {@code q} is required; words separated by spaces must all occur. Filters: {@code unit} (id, code or
     * name; its descendants included), {@code kind}, {@code plan}, {@code responsible}, {@code type},
     * {@code year}; {@code version=all} searches older versions too; {@code sort=relevance|plan}; {@code
     * text=true} adds each hit's full text.
     */
    @GetMapping("/search")
    ResponseEntity<byte[]> search(
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
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) boolean text) {
        SearchHits hits = search.search(
                SearchRequests.query(q, unit, kind, plan, responsible, type, year, version, page, size, sort));
        List<ApiHit> list = new ArrayList<>(hits.hits().size());
        for (SearchHit h : hits.hits()) {
            list.add(ApiHit.of(h, text));
        }
        ApiHits answer = new ApiHits(
                hits.query(),
                hits.total(),
                hits.page(),
                hits.size(),
                list,
                hits.facets(),
                hits.complete(),
                hits.pages());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(COMPACT.writeValueAsBytes(answer));
    }
}
