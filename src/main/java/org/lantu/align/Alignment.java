package org.lantu.align;

import java.util.List;

/**
 * A child plan aligned with its parent (下级规划对标上级规划).
 *
 * @param floors one check per quantitative target of the parent (two or more when the child states
 *     different targets for the same indicator)
 * @param coverage one entry per article of the parent, in the parent's order
 * @param childOnly the child's sections that answer no parent article: the county's own additions
 */
public record Alignment(
        PlanRef parent,
        PlanRef child,
        List<FloorCheck> floors,
        List<ArticleCoverage> coverage,
        List<SectionRef> childOnly) {}
