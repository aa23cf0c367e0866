package org.lantu.align;

import java.util.List;
import org.lantu.align.internal.CoverageAligner;
import org.lantu.align.internal.FloorChecker;
import org.lantu.plan.ExtractedPlan;

/**
 * Aligns a county plan with its regional parent: floors and ceilings of the parent's quantitative
 * targets, and the coverage of the parent's articles by the child's sections. Plain Java, thread-safe,
 * stateless between calls; one instance can serve a whole process.
 */
public final class AlignmentService {

    private final CoverageAligner coverage = new CoverageAligner();
    private final FloorChecker floors = new FloorChecker();

    public Alignment align(ExtractedPlan child, ExtractedPlan parent) {
        CoverageAligner.Result c = coverage.align(child, parent);
        List<FloorCheck> f = floors.check(child, parent);
        return new Alignment(ref(parent), ref(child), f, c.coverage(), c.childOnly());
    }

    private static PlanRef ref(ExtractedPlan p) {
        return new PlanRef(p.plan().title(), p.plan().region());
    }
}
