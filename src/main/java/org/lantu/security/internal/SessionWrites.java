package org.lantu.security.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Fewer session writes. Spring Session JDBC marks a session changed on every request (its last access time
 * moves) and so updates its row on every request: a write transaction and a WAL flush (fsync) for a
 * read-only page. Here the row is updated only when something else changed (a new id at login, the
 * principal, the timeout) or the stored last access is {@value #ACCESS_WRITE_MILLIS} ms old or more, all
 * decided in the statement itself (an update of no row writes nothing). Attributes are still written only
 * when set (save mode {@code on-set-attribute}, the default). The idle timeout therefore ends a session
 * between 29 and 30 minutes after its last request, as the cleanup and every instance see it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionWrites {

    static final long ACCESS_WRITE_MILLIS = 60_000;

    /** Spring Session's own update (same parameters, same order), skipping rows with nothing new. */
    static final String UPDATE_SESSION = """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                         CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                         CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID
                   OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >=\s""" + ACCESS_WRITE_MILLIS + ")\n";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionWritesOnlyWhenNeeded() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
    }
}
