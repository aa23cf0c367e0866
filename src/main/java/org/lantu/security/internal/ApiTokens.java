package org.lantu.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Personal API tokens ({@code security.api_tokens}). A token is {@code lantu_} and 43 characters of
 * base64url (256 random bits); only its SHA-256 hash is stored, so a token is shown once, when issued. A
 * fast hash is enough for a random secret of that size (there is nothing to guess); a lookup by hash needs
 * no comparison in Java.
 *
 * <p>A token found live is trusted for {@code lantu.security.token-check} (default 2 s) without reading the
 * store again, so that an API request makes no round trip for its credentials (issue 5's status under 32
 * clients). A revocation through this instance ends the token at once; one through another instance on the
 * same database (a second node) takes effect here within that time. Users are never changed in place (no
 * role, scope or enabled flag is edited by the application), so the token is all there is to recheck.
 */
@Repository
public class ApiTokens {

    public static final String PREFIX = "lantu_";
    private static final Pattern FORMAT = Pattern.compile("lantu_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just issued: the only time its secret is seen. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Issued(long id, String name, String token, OffsetDateTime createdAt) {
        @Override
        public String toString() {
            return "Issued[id=" + id + ", name=" + name + "]";
        }
    }

    /** A token as the list shows it: no secret. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TokenInfo(
            long id,
            String name,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime lastUsedAt,
            @Nullable OffsetDateTime revokedAt) {}

    /** The user and token an API token stands for. */
    public record Holder(LantuUserDetails user, long tokenId) {}

    /** Past this many tokens held, the memory of live tokens starts afresh (each costs one read again). */
    static final int CHECKED_LIMIT = 10_000;

    private final JdbcClient jdbc;
    private final long checkNanos;
    private final LongSupplier nanoTime;
    /** Live tokens by hash, with the {@link #nanoTime} they were read at. */
    private final ConcurrentHashMap<String, Checked> checked = new ConcurrentHashMap<>();

    /** Moved by every revocation here: a read that raced one is not remembered. */
    private final AtomicLong revocations = new AtomicLong();

    private record Checked(Holder holder, long at) {}

    @Autowired
    ApiTokens(JdbcClient jdbc, Environment environment) {
        this(
                jdbc,
                environment.getProperty("lantu.security.token-check", Duration.class, Duration.ofSeconds(2)),
                System::nanoTime);
    }

    ApiTokens(JdbcClient jdbc, Duration check, LongSupplier nanoTime) {
        if (check.isNegative()) {
            throw new IllegalArgumentException("lantu.security.token-check must not be negative: " + check);
        }
        this.jdbc = jdbc;
        this.checkNanos = check.toNanos();
        this.nanoTime = nanoTime;
    }

    public Issued issue(long userId, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return jdbc.sql("""
                        insert into security.api_tokens (user_id, name, token_hash) values (?, ?, ?)
                        returning id, created_at""")
                .params(userId, name, hash(token))
                .query((rs, n) ->
                        new Issued(rs.getLong("id"), name, token, rs.getObject("created_at", OffsetDateTime.class)))
                .single();
    }

    /** A user's tokens, newest first, revoked ones included. */
    public List<TokenInfo> list(long userId) {
        return jdbc.sql("""
                        select id, name, created_at, last_used_at, revoked_at from security.api_tokens
                        where user_id = ? order by created_at desc, id desc""")
                .param(userId)
                .query((rs, n) -> new TokenInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    /** Revokes one of the user's tokens; false when the user has no token of that id. */
    public boolean revoke(long userId, long tokenId) {
        int found = jdbc.sql("select count(*) from security.api_tokens where id = ? and user_id = ?")
                .params(tokenId, userId)
                .query(Integer.class)
                .single();
        jdbc.sql(
                        "update security.api_tokens set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                .params(tokenId, userId)
                .update();
        forget(tokenId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a read between this update and its commit still saw the token live: forget it again after
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(tokenId);
                }
            });
        }
        return found > 0;
    }

    private void forget(long tokenId) {
        revocations.incrementAndGet();
        checked.values().removeIf(c -> c.holder().tokenId() == tokenId);
    }

    /**
     * The enabled user a live (not revoked) token stands for; records its use (at most once a minute, to
     * spare the database a write per request). Read from the store at most once per check interval.
     */
    public Optional<Holder> authenticate(String token) {
        if (!FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        String hash = hash(token);
        long now = nanoTime.getAsLong();
        Checked recent = checked.get(hash);
        if (recent != null && now - recent.at() < checkNanos) {
            return Optional.of(recent.holder());
        }
        long revoked = revocations.get();
        Optional<Holder> holder = read(hash);
        if (holder.isEmpty()) {
            checked.remove(hash);
        } else if (checkNanos > 0 && revocations.get() == revoked) {
            if (checked.size() >= CHECKED_LIMIT) {
                checked.clear();
            }
            checked.put(hash, new Checked(holder.get(), now));
        }
        return holder;
    }

    private Optional<Holder> read(String hash) {
        // one statement: the token, whether its last use is stale, and its user with the departments
        Optional<TokenRow> found = jdbc.sql("select t.id as token_id,"
                        + " (t.last_used_at is null or t.last_used_at < now() - interval '1 minute') as stale, "
                        + UserStore.columns("u")
                        + " from security.api_tokens t join security.users u on u.id = t.user_id"
                        + " where t.token_hash = ? and t.revoked_at is null and u.enabled")
                .param(hash)
                .query((rs, n) -> new TokenRow(rs.getLong("token_id"), rs.getBoolean("stale"), UserStore.row(rs, n)))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long tokenId = found.get().id();
        if (found.get().useStale()) {
            jdbc.sql("""
                            update security.api_tokens set last_used_at = now()
                            where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""").param(tokenId).update();
        }
        return Optional.of(new Holder(found.get().user().details(), tokenId));
    }

    /** A live token's row, whether its last use is older than the minute that is recorded, and its user. */
    private record TokenRow(long id, boolean useStale, UserStore.StoredUser user) {}

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
