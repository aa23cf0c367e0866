package org.lantu.imports;

import org.jspecify.annotations.Nullable;
import org.lantu.ingest.IngestException;
import org.lantu.ingest.IngestService;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanService;
import org.lantu.plan.StoredVersion;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports plan documents: extract, file under the plan's unit, store — in one transaction per document. */
@Service
public class ImportService {

    private final IngestService ingest;
    private final RegionService regions;
    private final PlanService plans;
    private final TransactionTemplate transaction;

    ImportService(IngestService ingest, RegionService regions, PlanService plans, TransactionTemplate transaction) {
        this.ingest = ingest;
        this.regions = regions;
        this.plans = plans;
        this.transaction = transaction;
    }

    /**
     * Imports one document. Never throws for a bad document: the result says {@code failed} and why, and
     * nothing was written.
     */
    public ImportResult importDocument(String fileName, byte[] content, @Nullable String user) {
        ExtractedPlan plan;
        try {
            plan = ingest.extract(content, fileName);
        } catch (IngestException e) {
            return new ImportResult(fileName, "failed", null, null, null, null, null, null, e.getMessage());
        }
        return transaction.execute(status -> {
            AdminUnit unit =
                    plan.plan().region() != null ? regions.ensure(plan.plan().region()) : null;
            StoredVersion stored = plans.store(plan, content, unit != null ? unit.id() : null, user);
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
    }
}
