package org.lantu.web;

import java.util.List;
import org.lantu.plan.PlanSummary;
import org.lantu.report.OpenFindings;
import org.lantu.review.Finding;
import org.springframework.stereotype.Component;

/** The open findings of a plan's latest version for reports: those no planner dismissed. */
@Component
class ReportFindings implements OpenFindings {

    private final PlanReviews reviews;

    ReportFindings(PlanReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<Finding> open(PlanSummary plan) {
        return reviews.review(plan, plan.latestVersionId())
                .map(r -> reviews.findings(r, plan.latestVersionId()).stream()
                        .filter(f -> f.decision() == null
                                || !"dismissed".equals(f.decision().status()))
                        .map(PlanReviews.KeyedFinding::finding)
                        .toList())
                .orElse(List.of());
    }
}
