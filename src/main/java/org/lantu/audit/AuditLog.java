package org.lantu.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit log (安全审计日志): {@link #record} appends an entry in the caller's transaction; {@link #list}
 * reads it with filters; {@link #verify} checks the hash chain.
 *
 * <p>Appends are serialised by a transaction-scoped advisory lock, taken in the {@code record} call once
 * everything that does not depend on the chain's head is computed (the canonical JSON of the values, the
 * actor, the request's address and id), and held until the caller's transaction ends: record last, once the
 * change is made, so that the lock is held briefly (under it: the head's read, sent with the lock in one
 * round trip, the hash, the insert and the commit). Two Lantu instances on one database share the lock, and so the chain.
 */
@Service
public class AuditLog {

    public static final String LOGIN_SUCCESS = "login.success";
    public static final String LOGIN_FAILURE = "login.failure";
    /** The right password of a user who must still show a second factor: not a login yet. */
    public static final String LOGIN_PASSWORD = "login.password";
    /** A recovery code used instead of a TOTP code (new value: how many are left). */
    public static final String LOGIN_RECOVERY_CODE = "login.recovery_code";
    /** A login refused because the account is locked (the password was not looked at). */
    public static final String LOGIN_LOCKED = "login.locked";
    /** The failure that locked an account. */
    public static final String LOCKOUT = "login.lockout";

    public static final String LOGOUT = "logout";
    public static final String LOGOUT_EVERYWHERE = "logout.everywhere";
    public static final String USER_CREATE = "user.create";
    public static final String TOKEN_CREATE = "token.create";
    public static final String TOKEN_REVOKE = "token.revoke";
    public static final String PLAN_IMPORT = "plan.import";
    public static final String CORRECTION = "correction.create";
    public static final String FINDING_DECISION = "finding.decide";
    /** A file leaving the platform (XLSX, DOCX, CSV …): object = what was exported, new value = format. */
    public static final String EXPORT = "export";

    public static final String BACKUP = "store.backup";
    public static final String RESTORE = "store.restore";

    /** The MDC key (and request attribute) under which the request id travels. */
    public static final String REQUEST_ID = "requestId";

    static final String GENESIS = "0".repeat(64);
    /** The advisory lock that serialises appends ("lantu" + 1). */
    private static final long LOCK = 0x6c616e747501L;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "seq, at, actor, action, object_type, object_id, old_value, new_value,"
            + " reason, client_address, request_id, prev_hash, hash";

    private final JdbcTemplate jdbc;
    private final String defaultActor;

    AuditLog(JdbcTemplate jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.defaultActor = environment.getProperty("lantu.audit.default-actor", "system");
    }

    /**
     * Appends an entry for the current actor (the logged-in user; {@code anonymous} in a request without
     * a login; {@code lantu.audit.default-actor} outside a request).
     *
     * @param oldValue, newValue anything Jackson writes (records, maps, {@code JsonNode}s, strings); stored
     *     as canonical JSON. Never pass secrets (passwords, tokens, hashes).
     */
    @Transactional
    public AuditEntry record(
            String action,
            String objectType,
            @Nullable String objectId,
            @Nullable Object oldValue,
            @Nullable Object newValue,
            @Nullable String reason) {
        return recordAs(currentActor(), action, objectType, objectId, oldValue, newValue, reason);
    }

    /** Appends an entry for a given actor (a failed login: the name that was tried). */
    @Transactional
    public AuditEntry recordAs(
            String actor,
            String action,
            String objectType,
            @Nullable String objectId,
            @Nullable Object oldValue,
            @Nullable Object newValue,
            @Nullable String reason) {
        // Everything that does not depend on the head of the chain first: from the lock on, every other append
        // (of any instance) waits until this transaction ends, so only the head, the hash and the insert are
        // left under it.
        String who = clip(actor, 200);
        String oldJson = canonical(oldValue);
        String newJson = canonical(newValue);
        @Nullable HttpServletRequest request = request();
        String address = request != null ? request.getRemoteAddr() : null;
        String requestId = requestId(request);
        Object @Nullable [] last = lockAndReadHead();
        long seq = last == null ? 1 : (long) last[0] + 1;
        String prev = last == null ? GENESIS : (String) last[1];
        // taken under the lock, so that times follow the order of the chain
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        AuditEntry unhashed = new AuditEntry(
                seq, at, who, action, objectType, objectId, oldJson, newJson, reason, address, requestId, prev, "");
        AuditEntry entry = withHash(unhashed, hash(unhashed));
        jdbc.update(
                "insert into audit.entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.seq(),
                entry.at(),
                entry.actor(),
                entry.action(),
                entry.objectType(),
                entry.objectId(),
                entry.oldValue(),
                entry.newValue(),
                entry.reason(),
                entry.clientAddress(),
                entry.requestId(),
                entry.prevHash(),
                entry.hash());
        return entry;
    }

    /**
     * Takes the chain's lock and reads its head (seq, hash; null for an empty log) in one round trip: two
     * statements sent together (pgjdbc sends them with one sync), so that the head is read as soon as the
     * lock is granted, not after the answer has reached this thread and its next statement has come back.
     * Each statement has its own snapshot (read committed), so the head read is taken after the lock and sees
     * the entry of the transaction that held it before.
     */
    private Object @Nullable [] lockAndReadHead() {
        return jdbc.execute((ConnectionCallback<Object @Nullable []>) con -> {
            try (PreparedStatement ps = con.prepareStatement(
                    "select pg_advisory_xact_lock(?); select seq, hash from audit.entry order by seq desc limit 1")) {
                ps.setLong(1, LOCK);
                ps.execute();
                if (!ps.getMoreResults()) {
                    throw new IllegalStateException("the head of the audit chain was not read");
                }
                try (ResultSet rs = ps.getResultSet()) {
                    return rs.next() ? new Object[] {rs.getLong(1), rs.getString(2)} : null;
                }
            }
        });
    }

    /** The entries that match, newest first, one page of them. */
    public AuditPage list(AuditQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        Long total = jdbc.queryForObject("select count(*) from audit.entry" + where, Long.class, params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(query.size());
        paged.add((long) query.page() * query.size());
        List<AuditEntry> entries = jdbc.query(
                "select " + COLUMNS + " from audit.entry" + where + " order by seq desc limit ? offset ?",
                AuditLog::row,
                paged.toArray());
        return new AuditPage(entries, total != null ? total : 0, query.page(), query.size());
    }

    /** How many entries match (the page and size of the query do not matter). */
    public long count(AuditQuery query) {
        List<Object> params = new ArrayList<>();
        Long n = jdbc.queryForObject(
                "select count(*) from audit.entry" + where(query, params), Long.class, params.toArray());
        return n != null ? n : 0;
    }

    /** Checks every entry's link to the one before it and its hash, oldest first. */
    public AuditVerification verify() {
        String[] prev = {GENESIS};
        long[] expected = {1};
        long[] count = {0};
        @Nullable Long[] broken = {null};
        String[] problem = {null};
        jdbc.query("select " + COLUMNS + " from audit.entry order by seq", rs -> {
            if (broken[0] != null) {
                return;
            }
            AuditEntry e = row(rs, 0);
            count[0]++;
            if (e.seq() != expected[0]) {
                broken[0] = e.seq();
                problem[0] = "entry " + e.seq() + " follows entry " + (expected[0] - 1) + ": entries are missing";
            } else if (!e.prevHash().equals(prev[0])) {
                broken[0] = e.seq();
                problem[0] = "entry " + e.seq() + " does not link to the hash of the entry before it";
            } else if (!e.hash().equals(hash(e))) {
                broken[0] = e.seq();
                problem[0] = "entry " + e.seq() + " was changed: its content no longer matches its hash";
            }
            prev[0] = e.hash();
            expected[0] = e.seq() + 1;
        });
        return new AuditVerification(count[0], count[0] == 0 ? null : prev[0], broken[0], problem[0]);
    }

    /** The actor {@link #record} would write now. */
    public String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return auth.getName();
        }
        return request() != null ? "anonymous" : defaultActor;
    }

    private static String where(AuditQuery q, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            clauses.add("lower(actor) = lower(?)");
            params.add(q.actor().strip());
        }
        if (q.actorsIn() != null) {
            if (q.actorsIn().isEmpty()) {
                clauses.add("false");
            } else {
                clauses.add("lower(actor) in ("
                        + String.join(
                                ", ", java.util.Collections.nCopies(q.actorsIn().size(), "lower(?)")) + ")");
                params.addAll(q.actorsIn());
            }
        }
        if (q.action() != null && !q.action().isBlank()) {
            String a = q.action().strip();
            if (a.endsWith(".")) {
                clauses.add("starts_with(action, ?)");
            } else {
                clauses.add("action = ?");
            }
            params.add(a);
        }
        if (q.objectType() != null && !q.objectType().isBlank()) {
            clauses.add("object_type = ?");
            params.add(q.objectType().strip());
        }
        if (q.objectId() != null && !q.objectId().isBlank()) {
            clauses.add("object_id = ?");
            params.add(q.objectId().strip());
        }
        if (q.from() != null) {
            clauses.add("at >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            clauses.add("at < ?");
            params.add(q.to());
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static AuditEntry row(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("at", OffsetDateTime.class),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("old_value"),
                rs.getString("new_value"),
                rs.getString("reason"),
                rs.getString("client_address"),
                rs.getString("request_id"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    /**
     * SHA-256 of the previous hash and the entry's canonical content: a JSON array of its fields in
     * column order, the time as an ISO-8601 instant in UTC (microseconds, as PostgreSQL keeps it).
     */
    static String hash(AuditEntry e) {
        ArrayNode content = JSON.createArrayNode();
        content.add(e.seq());
        content.add(e.at().toInstant().toString());
        content.add(e.actor());
        content.add(e.action());
        content.add(e.objectType());
        content.add(e.objectId());
        content.add(e.oldValue());
        content.add(e.newValue());
        content.add(e.reason());
        content.add(e.clientAddress());
        content.add(e.requestId());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(e.prevHash().getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing", ex);
        }
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(
                e.seq(),
                e.at(),
                e.actor(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.oldValue(),
                e.newValue(),
                e.reason(),
                e.clientAddress(),
                e.requestId(),
                e.prevHash(),
                hash);
    }

    /** A value as JSON with every object's keys sorted, so that equal values are written alike. */
    static @Nullable String canonical(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        JsonNode node = value instanceof JsonNode n ? n : JSON.valueToTree(value);
        return sorted(node).toString();
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                fields.put(f.getKey(), sorted(f.getValue()));
            }
            ObjectNode out = JSON.createObjectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            node.forEach(child -> out.add(sorted(child)));
            return out;
        }
        return node;
    }

    private static @Nullable HttpServletRequest request() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes s ? s.getRequest() : null;
    }

    private static @Nullable String requestId(@Nullable HttpServletRequest request) {
        String id = MDC.get(REQUEST_ID);
        if (id == null && request != null && request.getAttribute(REQUEST_ID) instanceof String s) {
            id = s;
        }
        return id;
    }

    private static String clip(String s, int max) {
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
