package org.lantu.ingest.internal.extract;

import java.util.List;
import org.lantu.ingest.internal.structure.StructuredDocument;
import org.lantu.plan.ProjectBox;
import org.lantu.plan.ProjectSummary;

/** Finds project boxes (专栏) and project-list summaries. */
public final class ProjectExtractor {

    public List<ProjectBox> extractBoxes(StructuredDocument doc) {
        return List.of();
    }

    public List<ProjectSummary> extractSummaries(StructuredDocument doc) {
        return List.of();
    }
}
