package org.lantu.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links within one plan's pages, keeping the version being looked at (none for the latest).
 *
 * @param version the version shown, null when it is the latest
 */
public record PlanLinks(long planId, @Nullable Long version) {

    public String tab(String tab) {
        if (tab.equals("source")) {
            return base("/plans/{id}/source").build(planId).toString();
        }
        return base("/plans/{id}").queryParam("tab", tab).build(planId).toString();
    }

    /** The source text with the item's lines highlighted and scrolled to. */
    public String source(ItemView item) {
        return source(item.getLine(), item.getEndLine());
    }

    public String source(int line, @Nullable Integer endLine) {
        UriComponentsBuilder b = base("/plans/{id}/source").queryParam("line", line);
        if (endLine != null && endLine > line) {
            b.queryParam("end", endLine);
        }
        return b.fragment("L" + line).build(planId).toString();
    }

    public String version(long versionId) {
        return UriComponentsBuilder.fromPath("/plans/{id}")
                .queryParam("version", versionId)
                .build(planId)
                .toString();
    }

    public String matrixData() {
        return base("/plans/{id}/matrix.json").build(planId).toString();
    }

    private UriComponentsBuilder base(String path) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (version != null) {
            b.queryParam("version", version);
        }
        return b;
    }
}
