package org.lantu.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.plan.PlanVersionSummary;
import org.lantu.plan.VersionDiff;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.stereotype.Component;

/**
 * What every tab of a plan page shows around its content — the plan, its unit's ancestry, its versions
 * with their diffs and sizes — read once per plan version and kept while no newer version exists (one
 * query tells). Another node's import makes a newer version, so the check holds across nodes too.
 */
@Component
class PlanFrames {

    /** A plan page's frame; immutable. */
    record Frame(
            long latestVersionId,
            PlanSummary plan,
            List<AdminUnit> ancestry,
            List<PlanVersionSummary> versions,
            Map<Long, VersionDiff> diffs,
            Map<Long, Long> sourceBytes) {}

    private final PlanService plans;
    private final RegionService regions;
    private final Map<Long, Frame> frames = new ConcurrentHashMap<>();

    PlanFrames(PlanService plans, RegionService regions) {
        this.plans = plans;
        this.regions = regions;
    }

    /** The frame of a plan, without any scope check (the caller checks the plan's unit). */
    Optional<Frame> frame(long planId) {
        Optional<Long> latest = plans.latestVersionId(planId);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Frame cached = frames.get(planId);
        if (cached != null && cached.latestVersionId() == latest.get()) {
            return Optional.of(cached);
        }
        Optional<PlanSummary> plan = plans.plan(planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        List<AdminUnit> ancestry = new ArrayList<>();
        if (plan.get().unitId() != null) {
            ancestry.addAll(regions.ancestry(plan.get().unitId()));
            Collections.reverse(ancestry);
        }
        List<PlanVersionSummary> versions = plans.versions(planId);
        Map<Long, Long> sizes = new HashMap<>();
        for (PlanVersionSummary v : versions) {
            sizes.put(v.id(), plans.sourceSize(v.id()).orElse(0L));
        }
        Frame frame = new Frame(
                latest.get(), plan.get(), List.copyOf(ancestry), versions, Map.copyOf(plans.diffs(planId)), sizes);
        if (frames.size() > 1000) {
            frames.clear();
        }
        frames.put(planId, frame);
        return Optional.of(frame);
    }
}
