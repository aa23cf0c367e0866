package org.lantu.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.monitor.MonitorException;
import org.lantu.monitor.TaskProgressService;
import org.lantu.monitor.TaskReport;
import org.lantu.monitor.TaskReportInput;
import org.lantu.monitor.TaskState;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's page (任务进展): the task, its reports per period and its comments; the lead unit's reporter (or a
 * planner) reports a period's progress, a supporting unit's reporter comments. A task outside the caller's
 * scope is 404, a form the caller may not use 403, and neither writes anything; a bad field comes back on
 * the page (400) with what was entered; a saved form redirects to the page (post/redirect/get).
 */
@Controller
class TaskPageController {

    static final int MAX_TEXT = 4000;

    private final TaskProgressService progress;
    private final ScopedPlans plans;
    private final PlanService registry;

    TaskPageController(TaskProgressService progress, ScopedPlans plans, PlanService registry) {
        this.progress = progress;
        this.plans = plans;
        this.registry = registry;
    }

    /** What the report form holds: as entered, so that a refused form comes back filled in. */
    public record ReportForm(
            String year,
            String quarter,
            String status,
            String percent,
            String narrative,
            String evidence,
            @Nullable Integer version,
            String versionOf) {}

    private static String path(long planId, long item) {
        return "/plans/" + planId + "/tasks/" + item;
    }

    private static String period(@Nullable Integer year, @Nullable Integer quarter) {
        return year + (quarter != null ? "Q" + quarter : "");
    }

    @GetMapping("/plans/{planId}/tasks/{item}")
    String page(
            @PathVariable long planId,
            @PathVariable long item,
            @RequestParam(required = false) @Nullable Integer year,
            Model model) {
        int y = year != null && year >= 1949 && year <= 2100 ? year : defaultYear(planId);
        ReportForm form = new ReportForm(String.valueOf(y), "", "", "", "", "", null, "");
        for (TaskReport r : reports(planId, item)) {
            if (r.year() == y && r.quarter() == null) {
                form = new ReportForm(
                        String.valueOf(y),
                        "",
                        r.status().code(),
                        r.percent() != null ? String.valueOf(r.percent()) : "",
                        r.narrative() != null ? r.narrative() : "",
                        r.evidenceUrl() != null ? r.evidenceUrl() : "",
                        r.version(),
                        period(y, null));
            }
        }
        return render(planId, item, model, form, "", Map.of());
    }

    /**
     * The year a report form opens on: this year within the plan's period, else the nearest year of it (the
     * last one of a plan that has ended, the first of one not begun). The form takes any other year.
     */
    static int defaultYear(@Nullable Integer periodFrom, @Nullable Integer periodTo, int thisYear) {
        int y = thisYear;
        if (periodTo != null && y > periodTo) {
            y = periodTo;
        }
        if (periodFrom != null && y < periodFrom) {
            y = periodFrom;
        }
        return y;
    }

    private int defaultYear(long planId) {
        int now = Year.now().getValue();
        return plans.plan(planId)
                .map(p -> defaultYear(p.periodFrom(), p.periodTo(), now))
                .orElse(now);
    }

    private List<TaskReport> reports(long planId, long item) {
        try {
            return progress.reports(planId, String.valueOf(item));
        } catch (MonitorException e) {
            throw status(e);
        }
    }

    private String render(
            long planId, long item, Model model, ReportForm form, String comment, Map<String, String> errors) {
        PlanSummary plan = plans.plan(planId).orElseThrow(PlanController::notFound);
        String ref = String.valueOf(item);
        try {
            model.addAttribute("task", progress.task(planId, ref, Year.now().getValue() + 1));
            model.addAttribute("reports", newestFirst(progress.reports(planId, ref)));
            model.addAttribute("comments", progress.comments(planId, ref));
            model.addAttribute("mayReport", progress.mayReport(planId, ref));
            model.addAttribute("mayComment", progress.mayComment(planId, ref));
        } catch (MonitorException e) {
            throw status(e);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("links", new PlanLinks(planId, null));
        model.addAttribute("units", registry.responsibleUnitIds(plan.unitId()));
        model.addAttribute("action", path(planId, item));
        model.addAttribute("form", form);
        model.addAttribute("comment", comment);
        model.addAttribute("errors", errors);
        model.addAttribute("states", TaskState.values());
        return "task";
    }

    private static List<TaskReport> newestFirst(List<TaskReport> reports) {
        List<TaskReport> out = new java.util.ArrayList<>(reports);
        java.util.Collections.reverse(out);
        return out;
    }

    private static ResponseStatusException status(MonitorException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> PlanController.notFound();
            case FORBIDDEN -> new ResponseStatusException(HttpStatus.FORBIDDEN);
            case CONFLICT -> new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
            default -> new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        };
    }

    @PostMapping("/plans/{planId}/tasks/{item}/reports")
    String report(
            @PathVariable long planId,
            @PathVariable long item,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String quarter,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String percent,
            @RequestParam(defaultValue = "") String narrative,
            @RequestParam(defaultValue = "") String evidence,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(defaultValue = "") String versionOf,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String ref = String.valueOf(item);
        allowed(() -> progress.mayReport(planId, ref));
        ReportForm form = new ReportForm(year, quarter, status, percent, narrative, evidence, version, versionOf);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer y = integer(year);
        if (y == null || y < 1949 || y > 2100) {
            errors.put("year", "taskpage.error.year");
        }
        Integer q = quarter.isBlank() ? null : integer(quarter);
        if (!quarter.isBlank() && (q == null || q < 1 || q > 4)) {
            errors.put("quarter", "taskpage.error.quarter");
        }
        TaskState state = state(status);
        if (state == null) {
            errors.put("status", "taskpage.error.status");
        }
        Integer p = percent.isBlank() ? null : integer(percent);
        if (!percent.isBlank() && (p == null || p < 0 || p > 100)) {
            errors.put("percent", "taskpage.error.percent");
        }
        if (narrative.length() > MAX_TEXT) {
            errors.put("narrative", "taskpage.error.narrative");
        }
        if (!evidence.isBlank() && !TaskProgressService.isWebAddress(evidence.strip())) {
            errors.put("evidence", "taskpage.error.evidence");
        }
        if (!errors.isEmpty()) {
            return refused(planId, item, model, response, form, "", errors);
        }
        // the version read belongs to the period the form was opened on, not to another one chosen since
        Integer read = period(y, q).equals(versionOf) ? version : null;
        try {
            progress.report(planId, ref, new TaskReportInput(y, q, state.code(), p, narrative, evidence, read));
        } catch (MonitorException e) {
            if (e.kind() == MonitorException.Kind.INVALID || e.kind() == MonitorException.Kind.CONFLICT) {
                model.addAttribute("taskError", e.getMessage());
                return refused(planId, item, model, response, form, "", Map.of());
            }
            throw status(e);
        }
        redirect.addFlashAttribute("taskDone", "taskpage.reported");
        return "redirect:" + path(planId, item) + "?year=" + y + "#reports";
    }

    @PostMapping("/plans/{planId}/tasks/{item}/comments")
    String comment(
            @PathVariable long planId,
            @PathVariable long item,
            @RequestParam(defaultValue = "") String body,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String ref = String.valueOf(item);
        allowed(() -> progress.mayComment(planId, ref));
        ReportForm empty = new ReportForm(String.valueOf(defaultYear(planId)), "", "", "", "", "", null, "");
        if (body.isBlank() || body.strip().length() > MAX_TEXT) {
            return refused(planId, item, model, response, empty, body, Map.of("comment", "taskpage.error.comment"));
        }
        try {
            progress.comment(planId, ref, body);
        } catch (MonitorException e) {
            throw status(e);
        }
        redirect.addFlashAttribute("taskDone", "taskpage.commented");
        return "redirect:" + path(planId, item) + "#comments";
    }

    /** 404 outside the caller's scope, 403 when the caller may not use this form. */
    private static void allowed(java.util.function.BooleanSupplier check) {
        boolean may;
        try {
            may = check.getAsBoolean();
        } catch (MonitorException e) {
            throw status(e);
        }
        if (!may) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private String refused(
            long planId,
            long item,
            Model model,
            HttpServletResponse response,
            ReportForm form,
            String comment,
            Map<String, String> errors) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return render(planId, item, model, form, comment, errors);
    }

    private static @Nullable Integer integer(String s) {
        try {
            return Integer.valueOf(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                    .strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable TaskState state(String s) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return TaskState.of(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
