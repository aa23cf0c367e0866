package org.lantu.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.lantu.LantuApplication;
import org.lantu.audit.AuditLog;
import org.lantu.ingest.IngestService;
import org.lantu.plan.ExtractedPlan;
import org.lantu.plan.PlanService;
import org.lantu.plan.StoredVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A separate JVM that imports a large document the way {@code ImportService} does (one transaction),
 * says STORED once every row is written but before the commit, and waits there to be killed.
 */
public final class ImportChild {

    private ImportChild() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        byte[] document = Files.readAllBytes(Path.of(args[1]));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LantuApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("lantu.store.data-dir", dataDir.toString()))
                .run();
        ExtractedPlan plan = context.getBean(IngestService.class).extract(document, "large.txt");
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            StoredVersion stored = context.getBean(PlanService.class).store(plan, document, null, "child");
            context.getBean(AuditLog.class)
                    .record(AuditLog.PLAN_IMPORT, "plan", String.valueOf(stored.planId()), null, null, null);
            System.out.println("STORED " + stored.planId());
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
