package org.lantu.ingest.internal.structure;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.internal.text.Markers;

/**
 * A heading of the body while the tree is built; {@link StructuredDocument#sections()} gives the public
 * form.
 *
 * @param blockIndex the index of the heading's block in {@link StructuredDocument#blocks()}
 * @param targetYear the year the heading sets for what is under it (到2025年, 2035年远景目标, “十四五”), or
 *     inherited from its parent
 */
public record SectionNode(
        String id,
        Markers.Kind kind,
        String marker,
        String title,
        int level,
        int blockIndex,
        int line,
        @Nullable SectionNode parent,
        @Nullable Integer targetYear,
        List<SectionNode> children) {

    static SectionNode of(
            String id,
            Markers.Kind kind,
            String marker,
            String title,
            int level,
            int blockIndex,
            int line,
            @Nullable SectionNode parent,
            @Nullable Integer targetYear) {
        return new SectionNode(id, kind, marker, title, level, blockIndex, line, parent, targetYear, new ArrayList<>());
    }

    /** Titles from the outermost heading down to this one. */
    public List<String> path() {
        List<String> path = new ArrayList<>();
        for (SectionNode n = this; n != null; n = n.parent()) {
            path.add(0, n.title());
        }
        return path;
    }
}
