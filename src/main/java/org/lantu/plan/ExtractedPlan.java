package org.lantu.plan;

import java.util.List;

/**
 * One plan document read into structure: its source, metadata, heading tree and every item found in it.
 *
 * @param paragraphs the body's paragraphs in reading order (front matter and tables excluded)
 * @param toc the table of contents (目录) as printed, kept apart from the body's heading tree
 * @param dropped source text left out of analysis (web navigation, footers), kept so nothing is lost
 *     silently
 */
public record ExtractedPlan(
        SourceInfo source,
        PlanMetadata plan,
        List<Section> sections,
        List<Indicator> indicators,
        List<Target> targets,
        List<Responsibility> responsibilities,
        List<ProjectBox> projects,
        List<ProjectSummary> projectSummaries,
        List<TocEntry> toc,
        List<PlanParagraph> paragraphs,
        List<DroppedText> dropped) {}
