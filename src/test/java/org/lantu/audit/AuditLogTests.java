package org.lantu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.lantu.web.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log on a real PostgreSQL: append-only, hash-chained, filtered, in the caller's transaction. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditLogTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "audit-log");
    }

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    @Order(1)
    void outsideARequestTheActorIsTheConfiguredDefaultAndValuesAreCanonicalJson() {
        AuditEntry e = audit.record("plan.import", "plan", "7", null, Map.of("b", 2, "a", List.of("x")), "first");
        assertThat(e.actor()).isEqualTo("system");
        assertThat(e.newValue()).isEqualTo("{\"a\":[\"x\"],\"b\":2}");
        assertThat(e.clientAddress()).isNull();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @Order(2)
    void anEntryRollsBackWithTheCallersTransaction() {
        long before = audit.count(AuditQuery.all());
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
                    audit.record("correction.create", "item", "1", null, "v", "r");
                    throw new IllegalStateException("the change failed");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(audit.count(AuditQuery.all())).isEqualTo(before);
    }

    @Test
    @Order(3)
    void updatesDeletesAndTruncationAreRefused() {
        audit.record("token.create", "token", "1", null, null, null);
        assertThatThrownBy(() -> jdbc.update("update audit.entry set actor = 'someone else'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit.entry"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit.entry"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @Order(4)
    @Timeout(120)
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        long before = audit.count(AuditQuery.all());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    audit.record("finding.decide", "finding", thread + ":" + i, null, Map.of("i", i), "load");
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        AuditVerification v = audit.verify();
        assertThat(v.intact()).as(String.valueOf(v.problem())).isTrue();
        assertThat(v.entries()).isEqualTo(before + 80);
        List<Long> seqs = jdbc.queryForList("select seq from audit.entry order by seq", Long.class);
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(i + 1L);
        }
    }

    @Test
    @Order(4)
    @Timeout(180)
    void manyWritersWithRollbacksLeaveOneUnbrokenChain() throws Exception {
        long before = audit.count(AuditQuery.all());
        int threads = 16;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger committed = new java.util.concurrent.atomic.AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    int n = i;
                    // two entries in one transaction (the lock is the transaction's: the second one has it), and
                    // every fifth transaction rolled back after its appends: its entries, and its seqs, vanish
                    transaction.executeWithoutResult(status -> {
                        audit.recordAs(
                                "writer-" + thread,
                                "test.many",
                                "finding",
                                thread + ":" + n,
                                null,
                                Map.of("i", n, "nested", Map.of("b", 1, "a", List.of(thread))),
                                "many");
                        audit.record("test.many", "finding", thread + ":" + n + "b", Map.of("i", n), null, null);
                        if (n % 5 == 4) {
                            status.setRollbackOnly();
                        } else {
                            committed.incrementAndGet();
                        }
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        AuditVerification v = audit.verify();
        assertThat(v.intact()).as(String.valueOf(v.problem())).isTrue();
        assertThat(committed.get()).isEqualTo(threads * each * 4 / 5);
        assertThat(v.entries()).isEqualTo(before + 2L * committed.get());
        List<java.time.OffsetDateTime> times =
                jdbc.queryForList("select at from audit.entry order by seq", java.time.OffsetDateTime.class);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).as("entry %d's time", i + 1).isAfterOrEqualTo(times.get(i - 1));
        }
    }

    @Test
    @Order(5)
    void filtersByActorActionPrefixObjectAndTime() {
        audit.recordAs("Hjq-Planner", "login.failure", "user", "hjq-planner", null, null, null);
        audit.recordAs("hjq-planner", "login.success", "user", "hjq-planner", null, null, null);
        AuditPage logins = audit.list(new AuditQuery("HJQ-PLANNER", "login.", null, null, null, null, 0, 10));
        assertThat(logins.total()).isEqualTo(2);
        assertThat(logins.entries()).extracting(AuditEntry::action).containsExactly("login.success", "login.failure");
        assertThat(audit.count(new AuditQuery(null, null, "plan", "7", null, null, 0, 1)))
                .isEqualTo(1);
        var future = java.time.OffsetDateTime.now().plusDays(1);
        assertThat(audit.count(new AuditQuery(null, null, null, null, future, null, 0, 1)))
                .isZero();
        AuditPage paged = audit.list(new AuditQuery(null, "finding.decide", null, null, null, null, 1, 30));
        assertThat(paged.total()).isEqualTo(80);
        assertThat(paged.entries()).hasSize(30);
        assertThat(paged.pages()).isEqualTo(3);
    }

    @Test
    @Order(6)
    void verifyNamesTheFirstChangedEntry() {
        long target = 3;
        String reason = jdbc.queryForObject("select reason from audit.entry where seq = ?", String.class, target);
        jdbc.execute("alter table audit.entry disable trigger entry_append_only");
        try {
            jdbc.update("update audit.entry set reason = 'rewritten' where seq = ?", target);
            AuditVerification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBroken()).isEqualTo(target);
            assertThat(v.problem()).contains("changed");

            // a removed entry is found too: the next one names the gap
            jdbc.update("update audit.entry set reason = ? where seq = ?", reason, target);
            assertThat(audit.verify().intact()).isTrue();
            jdbc.update("delete from audit.entry where seq = 5");
            AuditVerification gap = audit.verify();
            assertThat(gap.firstBroken()).isEqualTo(6L);
            assertThat(gap.problem()).contains("missing");
        } finally {
            jdbc.execute("alter table audit.entry enable trigger entry_append_only");
        }
    }

    @Test
    void theCanonicalFormSortsKeysAtEveryDepth() {
        assertThat(AuditLog.canonical(Map.of("z", Map.of("y", 1, "b", 2), "a", "x")))
                .isEqualTo("{\"a\":\"x\",\"z\":{\"b\":2,\"y\":1}}");
        assertThat(AuditLog.canonical(null)).isNull();
    }
}
