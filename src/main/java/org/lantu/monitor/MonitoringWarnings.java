package org.lantu.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lantu.plan.PlanSummary;
import org.springframework.stereotype.Service;

/**
 * Every warning (预警) of a plan in a year: its targets' ({@link EvaluationService#targetWarnings}), its
 * tasks reported 滞后 or with no report for two periods, and its projects whose completed investment is below
 * 80% of plan for the year.
 */
@Service
public class MonitoringWarnings {

    private final TaskProgressService tasks;
    private final ProjectService projects;

    private final PlanItemRefs items;

    MonitoringWarnings(TaskProgressService tasks, ProjectService projects, PlanItemRefs items) {
        this.items = items;
        this.tasks = tasks;
        this.projects = projects;
    }

    public List<Warning> of(PlanEvaluation e) {
        return of(e, tasks.tasksOf(e.planId(), e.year()), projects.progress(e.planId(), e.year()));
    }

    /**
     * The same for the evaluation of a plan the caller has read: its tasks and projects without reading the
     * plan again (warm: one statement for the check of the tasks and project boxes held in memory, one for
     * the task reports, one for the projects with their investments).
     */
    public List<Warning> of(PlanSummary plan, PlanEvaluation e) {
        Map<String, List<PlanItemRefs.Item>> read = items.items(plan.id(), List.of("responsibility", "project"));
        return of(
                e,
                tasks.tasksOf(plan, e.year(), read.get("responsibility")),
                projects.progress(plan, e.year(), read.get("project")));
    }

    private static List<Warning> of(PlanEvaluation e, List<TaskStatusView> taskViews, List<ProjectProgress> progress) {
        List<Warning> out = new ArrayList<>(EvaluationService.targetWarnings(e));
        for (TaskStatusView t : taskViews) {
            String subject = t.text().length() > 30 ? t.text().substring(0, 30) + "…" : t.text();
            if (t.latest() != null && t.latest().status() == TaskState.DELAYED) {
                out.add(new Warning(
                        Warning.Kind.TASK_DELAYED,
                        e.planId(),
                        e.title(),
                        e.unitId(),
                        e.unitName(),
                        t.itemId(),
                        subject,
                        t.leadUnit(),
                        "任务滞后：" + subject + "（" + t.latest().year() + "年报送）",
                        "Task behind: " + subject + " (reported " + t.latest().year() + ")"));
            } else if (t.unreportedForTwoPeriods()) {
                out.add(new Warning(
                        Warning.Kind.TASK_UNREPORTED,
                        e.planId(),
                        e.title(),
                        e.unitId(),
                        e.unitName(),
                        t.itemId(),
                        subject,
                        t.leadUnit(),
                        "任务连续" + t.yearsWithoutReport() + "期未报送：" + subject,
                        "No report for " + t.yearsWithoutReport() + " periods: " + subject));
            }
        }
        for (ProjectProgress p : progress) {
            if (p.behind()) {
                out.add(new Warning(
                        Warning.Kind.PROJECT_INVESTMENT,
                        e.planId(),
                        e.title(),
                        e.unitId(),
                        e.unitName(),
                        null,
                        p.name(),
                        p.leadUnit(),
                        String.format(
                                java.util.Locale.ROOT,
                                "项目投资完成不足：%s %d年计划%s%s，完成%s%s（%.0f%%）",
                                p.name(),
                                p.year(),
                                p.planned().toPlainString(),
                                p.investmentUnit(),
                                p.completed() == null ? "0" : p.completed().toPlainString(),
                                p.investmentUnit(),
                                p.ratio() * 100),
                        String.format(
                                java.util.Locale.ROOT,
                                "Project investment short: %s completed %.0f%% of the %d plan",
                                p.name(),
                                p.ratio() * 100,
                                p.year())));
            }
        }
        return out;
    }
}
