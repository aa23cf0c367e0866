package org.lantu.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantu.align.Alignment;
import org.lantu.align.ArticleCoverage;
import org.lantu.align.SectionMatch;
import org.lantu.align.SectionRef;
import org.lantu.plan.PlanKind;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.plan.PlanVersionSummary;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Planners' decisions on review findings, and the alignment page of a child plan with its parent. */
@Controller
class ReviewController {

    private final PlanService plans;
    private final ScopedPlans scoped;
    private final PlanReviews reviews;
    private final MessageSource messages;

    ReviewController(PlanService plans, ScopedPlans scoped, PlanReviews reviews, MessageSource messages) {
        this.plans = plans;
        this.scoped = scoped;
        this.reviews = reviews;
        this.messages = messages;
    }

    @PostMapping("/plans/{id}/findings/decisions")
    String decide(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean latest,
            @Nullable Principal principal,
            RedirectAttributes redirect) {
        PlanSummary plan = scoped.plan(id).orElseThrow(PlanController::notFound);
        if (!scoped.canWrite(plan)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "you may not review this plan");
        }
        PlanVersionSummary v = plans.versions(id).stream()
                .filter(x -> x.id() == version)
                .findFirst()
                .orElseThrow(PlanController::notFound);
        String error = null;
        boolean known = reviews.review(plan, v.id())
                .map(r -> r.findings().stream().anyMatch(f -> PlanReviews.key(f).equals(key)))
                .orElse(false);
        if (!known) {
            error = "review.error.finding";
        } else if (!PlanReviews.STATUSES.contains(status)) {
            error = "review.error.status";
        } else if (reason.isBlank()) {
            error = "review.error.reason";
        } else {
            reviews.decide(v.id(), key, status, reason, CurrentUser.name(principal));
        }
        if (error != null) {
            redirect.addFlashAttribute("decisionError", error);
        }
        redirect.addFlashAttribute("decisionKey", key);
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/plans/{id}").queryParam("tab", "review");
        if (!latest) {
            back.queryParam("version", v.id());
        }
        return "redirect:" + back.build(id);
    }

    @GetMapping("/plans/{id}/alignment")
    String alignment(@PathVariable long id, @RequestParam(required = false) @Nullable Long parent, Model model) {
        PlanSummary child = scoped.plan(id).orElseThrow(PlanController::notFound);
        model.addAttribute("plan", child);
        model.addAttribute(
                "parents",
                scoped.plans().stream()
                        .filter(p ->
                                p.id() != id && PlanKind.REGIONAL_PLAN.code().equals(p.kind()))
                        .toList());
        model.addAttribute("parent", null);
        model.addAttribute("alignment", null);
        if (parent != null) {
            PlanSummary p = scoped.plan(parent).orElseThrow(PlanController::notFound);
            Alignment a = reviews.align(child, p).orElseThrow(PlanController::notFound);
            model.addAttribute("parent", p);
            model.addAttribute("alignment", a);
            model.addAttribute("coverage", uncoveredFirst(a));
            model.addAttribute(
                    "dataSrc",
                    UriComponentsBuilder.fromPath("/plans/{id}/alignment.json")
                            .queryParam("parent", parent)
                            .build(id)
                            .toString());
        }
        return "alignment";
    }

    /** The coverage as the chart script reads it: articles (uncovered first) × the child's sections. */
    @GetMapping("/plans/{id}/alignment.json")
    @ResponseBody
    Map<String, Object> alignmentData(@PathVariable long id, @RequestParam long parent, Locale locale) {
        PlanSummary child = scoped.plan(id).orElseThrow(PlanController::notFound);
        PlanSummary p = scoped.plan(parent).orElseThrow(PlanController::notFound);
        Alignment a = reviews.align(child, p).orElseThrow(PlanController::notFound);
        List<ArticleCoverage> coverage = uncoveredFirst(a);
        List<String> sectionIds = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        for (ArticleCoverage c : coverage) {
            for (SectionMatch m : c.matches()) {
                if (!sectionIds.contains(m.section().id())) {
                    sectionIds.add(m.section().id());
                    sections.add(label(m.section()));
                }
            }
        }
        List<Object[]> cells = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        for (int y = 0; y < coverage.size(); y++) {
            ArticleCoverage c = coverage.get(y);
            articles.add(label(c.article()));
            verdicts.add(c.verdict().code());
            for (SectionMatch m : c.matches()) {
                cells.add(new Object[] {sectionIds.indexOf(m.section().id()), y, Math.round(m.score() * 100) / 100.0});
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", articles);
        out.put("verdicts", verdicts);
        out.put("sections", sections);
        out.put("cells", cells);
        out.put(
                "labels",
                Map.of(
                        "score", messages.getMessage("alignment.score", null, locale),
                        "article", messages.getMessage("alignment.article", null, locale),
                        "section", messages.getMessage("alignment.section", null, locale)));
        return out;
    }

    static String label(SectionRef s) {
        return (s.marker() + " " + s.title()).strip();
    }

    /** Not covered first, then partly, then covered; the parent's order within each. */
    static List<ArticleCoverage> uncoveredFirst(Alignment a) {
        List<ArticleCoverage> out = new ArrayList<>(a.coverage());
        out.sort(java.util.Comparator.comparingInt(c -> switch (c.verdict()) {
            case NOT_COVERED -> 0;
            case PARTLY -> 1;
            case COVERED -> 2;
        }));
        return out;
    }
}
