package org.lantu.ingest.internal.extract;

import java.util.List;
import org.lantu.ingest.internal.structure.StructuredDocument;
import org.lantu.plan.Target;

/** Finds the Target items of a document. */
public final class TargetExtractor {

    public List<Target> extract(StructuredDocument doc) {
        return List.of();
    }
}
