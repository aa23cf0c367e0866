package org.lantu.monitor;

import java.util.ArrayList;
import java.util.List;
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

    MonitoringWarnings(TaskProgressService tasks, ProjectService projects) {
        this.tasks = tasks;
        this.projects = projects;
    }

    public List<Warning> of(PlanEvaluation e) {
        List<Warning> out = new ArrayList<>(EvaluationService.targetWarnings(e));
        for (TaskStatusView t : tasks.tasksOf(e.planId(), e.year())) {
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
        for (ProjectProgress p : projects.progress(e.planId(), e.year())) {
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
