package org.lantu.security.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A code checked against the pending secret of a first sign-in, and the enrolment it makes, in one
 * transaction: the secret ({@code security.user_totp}), the recovery codes and the audit entry are written
 * together or not at all. A failure part-way (the database gone while the codes are written) leaves the user
 * unenrolled, with no codes, to enrol again at the next sign-in — never enrolled without the codes that were
 * never shown.
 */
@Component
class TotpEnrolment {

    /**
     * What a code did.
     *
     * @param verified whether it fitted (the pending secret, or a secret enrolled meanwhile)
     * @param codes the recovery codes, to be shown once, when it enrolled the pending secret; else null
     */
    record Result(boolean verified, @Nullable List<String> codes) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final RecoveryCodes recovery;
    private final TransactionTemplate transactions;

    TotpEnrolment(JdbcClient jdbc, AuditLog audit, RecoveryCodes recovery, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.recovery = recovery;
        this.transactions = transactions;
    }

    Result enrol(long userId, String username, String pending, String code) {
        Result r = transactions.execute(status -> {
            boolean enrolling = SecondFactor.secret(jdbc, userId).isEmpty();
            if (!SecondFactor.verify(jdbc, userId, pending, code)) {
                return new Result(false, null);
            }
            if (!enrolling) {
                return new Result(true, null);
            }
            List<String> codes = recovery.issue(userId);
            // last, as the audit log asks: its lock is held until the commit
            audit.record("login.totp.enrol", "user", username, null, null, null);
            return new Result(true, codes);
        });
        return r != null ? r : new Result(false, null);
    }
}
