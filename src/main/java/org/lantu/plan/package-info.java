/**
 * The structured plan (规划): what Lantu knows about one plan document once it has been read. Sections
 * (篇章节), indicators (指标) with baseline (基期值) and target (目标值), prose targets, responsibilities
 * (责任分工) and projects (重大项目), each traceable to its place in the source.
 *
 * <p>The records here are the public JSON contract of {@code lantu extract} and of the REST API; {@link
 * PlanJson} writes them.
 */
@NullMarked
package org.lantu.plan;

import org.jspecify.annotations.NullMarked;
