package org.lantu.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.lantu.align.Alignment;
import org.lantu.align.AlignmentService;
import org.lantu.audit.AuditLog;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanKind;
import org.lantu.plan.PlanService;
import org.lantu.plan.PlanSummary;
import org.lantu.review.Finding;
import org.lantu.review.Review;
import org.lantu.review.ReviewService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan version's review, computed on demand from its stored extraction (cross-checked with the
 * interpretations of the same unit), the planners' decisions on its findings, and alignments with a
 * parent plan.
 */
@Component
public class PlanReviews {

    static final List<String> STATUSES = List.of("accepted", "dismissed");

    private final PlanService plans;
    private final JdbcClient jdbc;
    private final ReviewService reviewer = new ReviewService();
    private final AlignmentService aligner = new AlignmentService();
    private final Map<String, Review> reviews = new ConcurrentHashMap<>();
    private final Map<String, Alignment> alignments = new ConcurrentHashMap<>();

    private final AuditLog audit;

    PlanReviews(PlanService plans, JdbcClient jdbc, AuditLog audit) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A finding with its stable key and the decision that counts, if any. */
    public record KeyedFinding(
            String key, Finding finding, @Nullable Decision decision) {}

    /** A planner's decision on a finding. */
    public record Decision(String status, String reason, String author, OffsetDateTime createdAt) {}

    /** The review of one version of a plan; absent when the version has no stored extraction. */
    public Optional<Review> review(PlanSummary plan, long versionId) {
        Optional<ExtractedPlan> own = plans.extracted(versionId);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        // the documents it is checked against: an interpretation with its plans, a plan with its
        // interpretations, all of the same unit
        boolean interpretation = PlanKind.INTERPRETATION.code().equals(plan.kind());
        List<ExtractedPlan> with = new ArrayList<>();
        with.add(own.get());
        StringBuilder key = new StringBuilder().append(versionId);
        if (plan.unitId() != null) {
            for (PlanSummary other : plans.plans()) {
                if (other.id() != plan.id()
                        && plan.unitId().equals(other.unitId())
                        && PlanKind.INTERPRETATION.code().equals(other.kind()) != interpretation) {
                    plans.extracted(other.latestVersionId()).ifPresent(with::add);
                    key.append(',').append(other.latestVersionId());
                }
            }
        }
        Review review = reviews.get(key.toString());
        if (review == null) {
            review = reviewer.review(with).get(0);
            if (reviews.size() > 100) {
                reviews.clear();
            }
            reviews.put(key.toString(), review);
        }
        return Optional.of(review);
    }

    /** The review's findings with their keys and latest decisions. */
    public List<KeyedFinding> findings(Review review, long versionId) {
        Map<String, Decision> decisions = decisions(versionId);
        List<KeyedFinding> out = new ArrayList<>();
        for (Finding f : review.findings()) {
            String k = key(f);
            out.add(new KeyedFinding(k, f, decisions.get(k)));
        }
        return out;
    }

    /**
     * A finding's key, stable across computations of the same version: its kind, the line of its first
     * evidence and a hash of its message.
     */
    static String key(Finding f) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(f.messageZh().getBytes(StandardCharsets.UTF_8));
            return f.kind().code() + ":" + f.evidence().get(0).line() + ":"
                    + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The latest decision per finding key of a version. */
    public Map<String, Decision> decisions(long versionId) {
        Map<String, Decision> out = new HashMap<>();
        jdbc.sql("""
                        select finding_key, status, reason, author, created_at from review.finding_decision
                        where version_id = ? order by id""")
                .param(versionId)
                .query((rs, n) -> out.put(
                        rs.getString(1),
                        new Decision(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getObject(5, OffsetDateTime.class))))
                .list();
        return out;
    }

    @Transactional
    public void decide(long versionId, String findingKey, String status, String reason, String author) {
        if (!STATUSES.contains(status) || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a status and a reason");
        }
        jdbc.sql("""
                        insert into review.finding_decision (version_id, finding_key, status, reason, author)
                        values (?, ?, ?, ?, ?)""")
                .params(versionId, findingKey, status, reason.strip(), author)
                .update();
        audit.record(
                AuditLog.FINDING_DECISION,
                "finding",
                versionId + ":" + findingKey,
                null,
                java.util.Map.of("status", status),
                reason.strip());
    }

    /** The child plan's latest version aligned with the parent's; absent when either has no extraction. */
    public Optional<Alignment> align(PlanSummary child, PlanSummary parent) {
        Optional<ExtractedPlan> c = plans.extracted(child.latestVersionId());
        Optional<ExtractedPlan> p = plans.extracted(parent.latestVersionId());
        if (c.isEmpty() || p.isEmpty()) {
            return Optional.empty();
        }
        String key = child.latestVersionId() + ":" + parent.latestVersionId();
        Alignment a = alignments.get(key);
        if (a == null) {
            a = aligner.align(c.get(), p.get());
            if (alignments.size() > 100) {
                alignments.clear();
            }
            alignments.put(key, a);
        }
        return Optional.of(a);
    }
}
