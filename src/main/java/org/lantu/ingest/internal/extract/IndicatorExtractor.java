package org.lantu.ingest.internal.extract;

import java.util.List;
import org.lantu.ingest.internal.structure.StructuredDocument;
import org.lantu.plan.Indicator;

/** Finds the Indicator items of a document. */
public final class IndicatorExtractor {

    public List<Indicator> extract(StructuredDocument doc) {
        return List.of();
    }
}
