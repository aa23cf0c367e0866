package org.lantu.ingest.internal.structure;

import java.util.ArrayList;
import java.util.List;
import org.lantu.ingest.internal.doc.NormalizedDocument;
import org.lantu.ingest.internal.doc.Paragraph;
import org.lantu.plan.Section;

/** Converts the working tree into the public {@link Section} records. */
final class SectionTree {

    private SectionTree() {}

    static List<Section> toPublic(List<SectionNode> nodes, NormalizedDocument doc) {
        List<Section> out = new ArrayList<>(nodes.size());
        for (SectionNode n : nodes) {
            Paragraph p = (Paragraph) doc.blocks().get(n.blockIndex());
            out.add(new Section(
                    n.id(), n.marker(), n.title(), n.level(), n.line(), Locations.of(p), toPublic(n.children(), doc)));
        }
        return out;
    }
}
