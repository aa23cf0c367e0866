package org.lantu.ingest.internal.extract;

import java.util.List;
import org.lantu.ingest.internal.structure.StructuredDocument;
import org.lantu.plan.Responsibility;

/** Finds the Responsibility items of a document. */
public final class ResponsibilityExtractor {

    public List<Responsibility> extract(StructuredDocument doc) {
        return List.of();
    }
}
