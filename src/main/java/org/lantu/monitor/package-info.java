/**
 * Monitoring and evaluation (年度监测与中期评估): observations of indicators, task progress, project
 * investment, and the evaluation of every target of a plan against them.
 *
 * <p>{@link org.lantu.monitor.EvaluationEngine} is the method itself, as plain Java: one target and its
 * observed values in, a {@link org.lantu.monitor.TargetEvaluation} (status, ratio, method, projection,
 * required pace) out. {@code docs/methodology.md} explains it with worked examples.
 */
@NullMarked
package org.lantu.monitor;

import org.jspecify.annotations.NullMarked;
