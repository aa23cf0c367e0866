package org.lantu.review;

import java.util.List;
import org.lantu.catalog.IndicatorCatalog;
import org.lantu.plan.ExtractedPlan;
import org.lantu.review.internal.Reviewer;

/**
 * Reviews plans (审查): the findings inside each plan, and with several plans the cross-checks of related
 * documents: an interpretation (解读) against the plan it interprets (same unit, same title), and plans of the
 * same unit against each other. Plain Java, thread-safe, stateless between calls; one instance can serve a
 * whole process.
 */
public final class ReviewService {

    private final Reviewer reviewer;

    public ReviewService() {
        this(IndicatorCatalog.standard());
    }

    public ReviewService(IndicatorCatalog catalog) {
        this.reviewer = new Reviewer(catalog);
    }

    public Review review(ExtractedPlan plan) {
        return reviewer.review(List.of(plan)).get(0);
    }

    /** One review per plan, in the same order; related plans are checked against each other. */
    public List<Review> review(List<ExtractedPlan> plans) {
        return reviewer.review(plans);
    }
}
