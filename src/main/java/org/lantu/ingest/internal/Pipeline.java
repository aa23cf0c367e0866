package org.lantu.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import org.lantu.ingest.internal.doc.NormalizedDocument;
import org.lantu.ingest.internal.doc.Paragraph;
import org.lantu.ingest.internal.doc.RawDocument;
import org.lantu.ingest.internal.extract.IndicatorExtractor;
import org.lantu.ingest.internal.extract.ProjectExtractor;
import org.lantu.ingest.internal.extract.ResponsibilityExtractor;
import org.lantu.ingest.internal.extract.TargetExtractor;
import org.lantu.ingest.internal.structure.SectionNode;
import org.lantu.ingest.internal.structure.StructureBuilder;
import org.lantu.ingest.internal.structure.StructuredDocument;
import org.lantu.ingest.internal.text.DocumentBuilder;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanParagraph;
import org.lantu.plan.SourceInfo;

/** The stages from a read document to an extracted plan: normalise, structure, extract. */
public final class Pipeline {

    private final DocumentBuilder documents = new DocumentBuilder();
    private final StructureBuilder structure = new StructureBuilder();
    private final IndicatorExtractor indicators = new IndicatorExtractor();
    private final TargetExtractor targets = new TargetExtractor();
    private final ResponsibilityExtractor responsibilities = new ResponsibilityExtractor();
    private final ProjectExtractor projects = new ProjectExtractor();

    public ExtractedPlan run(RawDocument raw, String fileName, String sha256) {
        StructuredDocument doc = structure(raw);
        NormalizedDocument normalized = doc.document();
        SourceInfo source = new SourceInfo(
                fileName, raw.format(), raw.encoding(), sha256, normalized.characters(), raw.lineCount());
        return new ExtractedPlan(
                source,
                doc.metadata(),
                doc.sections(),
                indicators.extract(doc),
                targets.extract(doc),
                responsibilities.extract(doc),
                projects.extractBoxes(doc),
                projects.extractSummaries(doc),
                doc.toc(),
                paragraphs(doc),
                List.copyOf(normalized.dropped()));
    }

    private static List<PlanParagraph> paragraphs(StructuredDocument doc) {
        List<PlanParagraph> out = new ArrayList<>();
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (doc.isFrontMatter(i) || !(doc.blocks().get(i) instanceof Paragraph p)) {
                continue;
            }
            SectionNode section = doc.sectionOf(i);
            out.add(new PlanParagraph(
                    p.text(),
                    p.line(),
                    p.endLine() != p.line() ? p.endLine() : null,
                    section != null ? section.id() : null,
                    doc.isPureHeading(i)));
        }
        return List.copyOf(out);
    }

    public StructuredDocument structure(RawDocument raw) {
        return structure.build(documents.build(raw));
    }
}
