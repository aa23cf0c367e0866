package org.lantu.ingest.internal.structure;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.ingest.internal.doc.Block;
import org.lantu.ingest.internal.doc.NormalizedDocument;
import org.lantu.plan.PlanMetadata;
import org.lantu.plan.Section;
import org.lantu.plan.TocEntry;

/**
 * A normalised document with its structure: metadata, table of contents, heading tree, and for every
 * block the innermost heading it sits under. This is what the item extractors read.
 *
 * @param headingBlocks for each block, whether it is a heading and nothing else
 * @param frontMatter for each block, whether it sits before the body (title page, table of contents)
 */
public record StructuredDocument(
        NormalizedDocument document,
        PlanMetadata metadata,
        List<TocEntry> toc,
        List<SectionNode> roots,
        SectionNode[] sectionOfBlock,
        boolean[] headingBlocks,
        boolean[] frontMatter) {

    public List<Block> blocks() {
        return document.blocks();
    }

    public @Nullable SectionNode sectionOf(int blockIndex) {
        return sectionOfBlock[blockIndex];
    }

    /** Whether the block is a heading only (a heading with an inline title and body text is content too). */
    public boolean isPureHeading(int blockIndex) {
        return headingBlocks[blockIndex];
    }

    public boolean isFrontMatter(int blockIndex) {
        return frontMatter[blockIndex];
    }

    /** The public heading tree. */
    public List<Section> sections() {
        return SectionTree.toPublic(roots, document);
    }
}
