package org.lantu.report;

import java.util.List;
import org.lantu.plan.PlanSummary;
import org.lantu.review.Finding;

/**
 * The review findings of a plan's latest version still open: those no planner dismissed. The module that
 * keeps planners' decisions provides it; without one, reports say that no review is available.
 */
public interface OpenFindings {

    List<Finding> open(PlanSummary plan);
}
