/**
 * Review (审查): findings inside a plan, and between a plan and its interpretation or other plans of the same
 * unit. Every {@link org.lantu.review.Finding} has a kind, a severity, a message in Chinese and English and the
 * evidence (quote, line, section, file) of every figure involved.
 *
 * <p>Plain Java: no Spring context, no database. {@link org.lantu.review.ReviewService} is the module's façade;
 * the records here are the JSON contract of {@code lantu review} (written by {@link org.lantu.plan.PlanJson}).
 * The rules and their tolerances are described in {@code docs/methodology.md}, "Review".
 */
@NullMarked
package org.lantu.review;

import org.jspecify.annotations.NullMarked;
