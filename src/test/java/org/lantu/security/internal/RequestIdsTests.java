package org.lantu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the database being out of reach (503) rather than a fault of the request (500). */
class RequestIdsTests {

    @Test
    void aRollbackFailingAfterALostConnectionIsTheDatabaseUnavailable() {
        // what Spring Session's read threw when PostgreSQL stopped mid-request: the query's I/O error,
        // then the rollback on the closed connection, which carries no SQL state
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("An I/O error occurred"));
        assertThat(RequestIds.unavailable(rollback)).isTrue();
    }

    @Test
    void aRollbackFailingAfterAnotherErrorIsNot() {
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataIntegrityViolationException("duplicate key"));
        assertThat(RequestIds.unavailable(rollback)).isFalse();
        assertThat(RequestIds.unavailable(new IllegalStateException("a bug"))).isFalse();
    }
}
