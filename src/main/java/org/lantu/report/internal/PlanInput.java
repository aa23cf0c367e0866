package org.lantu.report.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.Project;
import org.lantu.monitor.ProjectRollup;
import org.lantu.monitor.TaskStatusView;
import org.lantu.monitor.YearValue;
import org.lantu.plan.PlanSummary;
import org.lantu.review.Finding;

/**
 * Everything a plan's report is made of, read before it is built.
 *
 * @param series the approved observations of the plan's unit up to the year, by indicator code
 * @param findings the open review findings; null when no review is available
 */
public record PlanInput(
        PlanSummary plan,
        PlanEvaluation evaluation,
        Map<String, List<YearValue>> series,
        List<TaskStatusView> tasks,
        List<Project> projects,
        List<ProjectRollup> rollup,
        @Nullable List<Finding> findings) {}
