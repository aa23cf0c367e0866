package org.lantu.monitor;

/** A plan's target and where it stands. */
public record EvaluatedTarget(PlanTarget target, TargetEvaluation evaluation) {}
