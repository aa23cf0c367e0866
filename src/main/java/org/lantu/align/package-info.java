/**
 * Alignment (对标): a county plan checked against the regional plan it must carry out (上级规划).
 *
 * <p>Two checks, both with their evidence:
 *
 * <ul>
 *   <li><b>Floors and ceilings</b> (底线指标): for every quantitative target of the parent, the child's
 *       target for the same indicator (synonym-aware) and a {@link org.lantu.align.FloorVerdict};
 *   <li><b>Coverage</b> (任务落实): for every article (条) of the parent, the child's sections that carry it
 *       out, ranked by a Chinese-aware text similarity (HanLP words with a domain dictionary, BM25, heading
 *       titles weighted), with a {@link org.lantu.align.CoverageVerdict}; plus the child's own additions.
 * </ul>
 *
 * Plain Java: no Spring context, no database. {@link org.lantu.align.AlignmentService} is the module's
 * façade; the records here are the JSON contract of {@code lantu align} (written by {@link
 * org.lantu.plan.PlanJson}). The method is described in {@code docs/methodology.md}.
 */
@NullMarked
package org.lantu.align;

import org.jspecify.annotations.NullMarked;
