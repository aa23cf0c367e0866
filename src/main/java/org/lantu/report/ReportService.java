package org.lantu.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.EvaluationService;
import org.lantu.monitor.MonitorException;
import org.lantu.monitor.ObservationService;
import org.lantu.monitor.PlanEvaluation;
import org.lantu.monitor.PlanTarget;
import org.lantu.monitor.Project;
import org.lantu.monitor.ProjectRollup;
import org.lantu.monitor.ProjectService;
import org.lantu.monitor.TaskProgressService;
import org.lantu.monitor.YearValue;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.report.internal.CjkFont;
import org.lantu.report.internal.DocxRenderer;
import org.lantu.report.internal.HtmlRenderer;
import org.lantu.report.internal.PdfRenderer;
import org.lantu.report.internal.PlanInput;
import org.lantu.report.internal.ReportBuilder;
import org.lantu.report.internal.ReportModel;
import org.lantu.report.internal.XlsxRenderer;
import org.lantu.review.Finding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Makes reports (监测评估报告): one plan's annual monitoring or mid-term evaluation report, or the report of
 * every county under a unit. The caller checks scope; projects are read as the current user (a CLI runs as
 * an administrator).
 */
@Service
public class ReportService {

    private final PlanService plans;
    private final EvaluationService evaluations;
    private final ObservationService observations;
    private final TaskProgressService tasks;
    private final ProjectService projects;
    private final ObjectProvider<OpenFindings> findings;
    private final @Nullable String fontPath;
    private volatile @Nullable CjkFont font;

    ReportService(
            PlanService plans,
            EvaluationService evaluations,
            ObservationService observations,
            TaskProgressService tasks,
            ProjectService projects,
            ObjectProvider<OpenFindings> findings,
            @Value("${lantu.report.font:}") @Nullable String fontPath) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.observations = observations;
        this.tasks = tasks;
        this.projects = projects;
        this.findings = findings;
        this.fontPath = fontPath;
    }

    /**
     * The report of a plan; empty if there is no such plan.
     *
     * @throws IllegalStateException if no CJK font is installed (the message says how to get one)
     */
    public Optional<Report> planReport(long planId, ReportRequest request) {
        Optional<PlanSummary> plan = plans.plan(planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        PlanSummary p = plan.get();
        PlanEvaluation e = evaluations.evaluate(planId, request.year()).orElseThrow();
        Map<String, List<YearValue>> series = p.unitId() == null
                ? Map.of()
                : observations.series(
                        p.unitId(),
                        e.targets().stream()
                                .map(t -> t.target().indicatorCode())
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList(),
                        e.year(),
                        true);
        List<Project> projectList = List.of();
        List<ProjectRollup> rollup = List.of();
        try {
            projectList = projects.projectsOf(planId);
            rollup = projects.rollup(planId, e.year());
        } catch (MonitorException ex) {
            // not readable as the current user: the section says none is registered
        }
        OpenFindings open = findings.getIfAvailable();
        List<Finding> f = open == null ? null : open.open(p);
        PlanInput in = new PlanInput(p, e, series, tasks.tasksOf(planId, e.year()), projectList, rollup, f);
        ReportModel model = new ReportBuilder(request, font(), LocalDate.now()).plan(in);
        return Optional.of(render(model, ReportBuilder.baseName(p.unitName(), request, e.year()), request));
    }

    /** The report of the given plans (every county's plans under a unit), compared and ranked. */
    public Report regionReport(String unitName, List<PlanSummary> plansUnder, ReportRequest request) {
        List<PlanEvaluation> evaluated = new ArrayList<>(evaluations.evaluateAll(plansUnder, request.year()));
        ReportModel model =
                new ReportBuilder(request, font(), LocalDate.now()).region(unitName, evaluated, request.year());
        int year = request.year() != null
                ? request.year()
                : evaluated.stream()
                        .mapToInt(PlanEvaluation::year)
                        .max()
                        .orElse(LocalDate.now().getYear());
        return render(model, ReportBuilder.baseName(unitName, request, year), request);
    }

    /** The targets evaluated for a plan (for callers that check what a report will hold). */
    public List<PlanTarget> targets(long planId) {
        return evaluations.targets(planId);
    }

    private Report render(ReportModel model, String base, ReportRequest request) {
        byte[] bytes = switch (request.format()) {
            case DOCX -> DocxRenderer.render(model);
            case PDF -> PdfRenderer.render(model, font());
            case HTML -> HtmlRenderer.render(model);
            case XLSX -> XlsxRenderer.render(model);
        };
        return new Report(base + "." + request.format().code(), request.format().contentType(), bytes);
    }

    private CjkFont font() {
        CjkFont f = font;
        if (f == null) {
            f = CjkFont.locate(fontPath);
            font = f;
        }
        return f;
    }
}
