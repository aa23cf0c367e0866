package org.lantu.align;

import java.util.List;

/**
 * How a parent article (条) is carried out by the child.
 *
 * @param matches the child's sections that carry it out, best first (for a {@link
 *     CoverageVerdict#NOT_COVERED} article, the nearest miss, so a reader can see why)
 */
public record ArticleCoverage(SectionRef article, List<SectionMatch> matches, CoverageVerdict verdict) {}
