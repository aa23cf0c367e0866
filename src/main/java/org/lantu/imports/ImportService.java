package org.lantu.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.lantu.audit.AuditLog;
import org.lantu.ingest.IngestException;
import org.lantu.ingest.IngestService;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanService;
import org.lantu.plan.StoredVersion;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports plan documents: extract, file under the plan's unit, store — in one transaction per document. */
@Service
public class ImportService {

    private final IngestService ingest;
    private final RegionService regions;
    private final PlanService plans;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    ImportService(
            IngestService ingest,
            RegionService regions,
            PlanService plans,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            AuditLog audit) {
        this.ingest = ingest;
        this.regions = regions;
        this.plans = plans;
        this.transaction = transaction;
        this.events = events;
        this.audit = audit;
    }

    /** What the audit log keeps of an import: the file, its hash, the plan's title and unit, the outcome. */
    private static Map<String, Object> auditValue(
            String fileName, StoredVersion stored, ExtractedPlan plan, @Nullable AdminUnit unit) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("file", fileName);
        value.put("sha256", plan.source().sha256());
        value.put("title", plan.plan().title());
        value.put("unit", unit != null ? unit.name() : null);
        value.put("status", stored.status());
        value.put("version_id", stored.versionId());
        value.put("version_no", stored.versionNo());
        return value;
    }

    /** Imports one document on behalf of someone who may write under every unit (the command line). */
    public ImportResult importDocument(String fileName, byte[] content, @Nullable String user) {
        return importDocument(fileName, content, user, unit -> true);
    }

    /**
     * Imports one document. Never throws for a bad document: the result says {@code failed} and why, and
     * nothing was written.
     *
     * @param mayWrite whether the importing user may file a plan under a unit (null: a plan naming no
     *     unit); checked inside the transaction, once the plan's unit is known, so a refusal leaves nothing
     */
    public ImportResult importDocument(
            String fileName, byte[] content, @Nullable String user, Predicate<@Nullable Long> mayWrite) {
        ExtractedPlan plan;
        try {
            plan = ingest.extract(content, fileName);
        } catch (IngestException e) {
            return new ImportResult(fileName, "failed", null, null, null, null, null, null, e.getMessage());
        }
        try {
            return transaction.execute(status -> {
                AdminUnit unit = plan.plan().region() != null
                        ? regions.ensure(plan.plan().region())
                        : null;
                if (!mayWrite.test(unit != null ? unit.id() : null)) {
                    throw new OutOfScope(fileName + ": the plan belongs to "
                            + (unit != null ? unit.name() : "no administrative unit")
                            + ", which is not within what you may change");
                }
                StoredVersion stored = plans.store(plan, content, unit != null ? unit.id() : null, user);
                if (!"unchanged".equals(stored.status())) {
                    // seen by listeners after the commit only (the search index)
                    events.publishEvent(new PlanVersionImported(stored.planId(), stored.versionId()));
                }
                audit.record(
                        AuditLog.PLAN_IMPORT,
                        "plan",
                        String.valueOf(stored.planId()),
                        null,
                        auditValue(fileName, stored, plan, unit),
                        null);
                return new ImportResult(
                        fileName,
                        stored.status(),
                        stored.planId(),
                        stored.versionId(),
                        stored.versionNo(),
                        plan.plan().title(),
                        unit != null ? unit.name() : null,
                        stored.diff(),
                        null);
            });
        } catch (OutOfScope e) {
            return new ImportResult(fileName, "failed", null, null, null, null, null, null, e.getMessage());
        }
    }

    /** Thrown inside the transaction to roll it back when the user may not file the plan there. */
    private static final class OutOfScope extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfScope(String message) {
            super(message);
        }
    }
}
