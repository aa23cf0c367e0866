package org.lantu.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Backup and restore of the whole store (数据备份恢复) as one zip: {@code manifest.json} (the schema
 * version, every table with its columns, row count and SHA-256) and one PostgreSQL COPY text file per
 * table. The tables are found in the database itself, every schema but PostgreSQL's own, so that tables
 * added later by any module are included; left out are Flyway's history (the manifest keeps the version)
 * the browser sessions ({@code web_session}: a restore must not bring logins back) and monitoring's cache
 * generations (keys of in-memory caches, moved by triggers while the restore inserts, never data).
 *
 * <p>A backup reads one consistent snapshot (a repeatable-read, read-only transaction) while Lantu runs.
 * A restore goes into an empty store only, migrated to the backup's schema version, in one transaction
 * (all or nothing), checking every table's hash and row count; identity sequences continue after the
 * restored rows.
 */
@Service
public class StoreBackup {

    /** Schemas never backed up: PostgreSQL's, and the sessions. */
    static final Set<String> SKIPPED_SCHEMAS = Set.of("pg_catalog", "information_schema", "pg_toast", "web_session");

    static final String FLYWAY_TABLE = "flyway_schema_history";

    /** Cache keys, not data: the restore's own inserts move them through their triggers. */
    static final Set<String> CACHE_TABLES =
            Set.of("monitor.unit_generation", "monitor.plan_generation", "monitor.structure_generation");
    /** Tables no migration fills: a store with rows in any of them is not empty. */
    static final List<String> USER_DATA = List.of("security.users", "plan.plan_version", "audit.entry");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a backup holds or a restore loaded. */
    public record Summary(@Nullable String schemaVersion, Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final ObjectProvider<Flyway> flyway;

    StoreBackup(
            DataSource dataSource,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ObjectProvider<Flyway> flyway) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.flyway = flyway;
    }

    /**
     * Applies the migrations after the store's version (a restore runs with {@code spring.flyway.target}
     * at the backup's version, loads it, then brings it up to date with this).
     */
    public void migrateToLatest() {
        Flyway configured = flyway.getIfAvailable();
        if (configured != null) {
            Flyway.configure()
                    .configuration(configured.getConfiguration())
                    .target("latest")
                    .load()
                    .migrate();
        }
    }

    /** Writes the store to a new zip file (replacing one of that name only when the backup succeeded). */
    public Summary backup(Path file) throws IOException {
        Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        Summary summary;
        try (OutputStream out = Files.newOutputStream(tmp);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            summary = snapshot.execute(status -> {
                try {
                    return write(zip);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read the store: " + e.getMessage(), e);
                }
            });
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return summary;
    }

    private Summary write(ZipOutputStream zip) throws IOException, SQLException {
        Connection c = DataSourceUtils.getConnection(dataSource);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        @Nullable String version = schemaVersion();
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", "lantu-backup-1");
        manifest.put("created_at", OffsetDateTime.now().toString());
        manifest.put("schema_version", version);
        ArrayNode list = manifest.putArray("tables");
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables()) {
            List<String> columns = columns(table);
            zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
            MessageDigest sha = sha256();
            long n = copy.copyOut(
                    "copy " + quoted(table) + " (" + quotedColumns(columns) + ") to stdout",
                    new DigestOutputStream(new KeepOpen(zip), sha));
            zip.closeEntry();
            ObjectNode t = list.addObject();
            t.put("name", table);
            ArrayNode cols = t.putArray("columns");
            columns.forEach(cols::add);
            t.put("rows", n);
            t.put("sha256", HexFormat.of().formatHex(sha.digest()));
            rows.put(table, n);
        }
        zip.putNextEntry(new ZipEntry("manifest.json"));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        return new Summary(version, rows);
    }

    /** The schema version a backup file was made at (its Flyway version). */
    public static @Nullable String schemaVersion(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            JsonNode v = manifest(zip).get("schema_version");
            return v == null || v.isNull() ? null : v.asString();
        }
    }

    /**
     * Loads a backup into this store, which must be empty and at the backup's schema version.
     *
     * @throws IllegalStateException when the store is not empty or at another version, or the file is
     *     damaged (a table's hash or row count differs); nothing is written then
     */
    public Summary restore(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            JsonNode manifest = manifest(zip);
            String expected = manifest.path("schema_version").asString(null);
            String actual = schemaVersion();
            if (expected != null && !expected.equals(actual)) {
                throw new IllegalStateException("the backup is of schema version " + expected + ", the store is at "
                        + actual + ": restore into a new store (lantu restore migrates it to the backup's version)");
            }
            for (String table : USER_DATA) {
                if (exists(table) && count(table) > 0) {
                    throw new IllegalStateException(
                            "the store is not empty (" + table + " has rows): restore only into a new one");
                }
            }
            return new TransactionTemplate(transactions).execute(status -> {
                try {
                    return load(zip, manifest);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot restore: " + e.getMessage(), e);
                }
            });
        }
    }

    private Summary load(ZipFile zip, JsonNode manifest) throws IOException, SQLException {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode t : manifest.path("tables")) {
            byName.put(t.path("name").asString(), t);
        }
        Set<String> present = new LinkedHashSet<>(tables());
        for (String table : byName.keySet()) {
            if (!present.contains(table)) {
                throw new IllegalStateException("the store has no table " + table + " that the backup holds");
            }
        }
        // what the migrations filled (reference data such as the units) gives way to the backup's rows
        List<String> order = dependencyOrder(present);
        List<String> reversed = new ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        for (String table : reversed) {
            if (byName.containsKey(table) && count(table) > 0) {
                jdbc.update("delete from " + quoted(table));
            }
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : order) {
            JsonNode t = byName.get(table);
            if (t == null) {
                continue;
            }
            ZipEntry entry = zip.getEntry("data/" + table + ".copy");
            if (entry == null) {
                throw new IllegalStateException("the backup lacks the data of " + table);
            }
            List<String> columns = new ArrayList<>();
            t.path("columns").forEach(col -> columns.add(col.asString()));
            MessageDigest sha = sha256();
            long n;
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
                n = copy.copyIn("copy " + quoted(table) + " (" + quotedColumns(columns) + ") from stdin", in);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            if (!hash.equals(t.path("sha256").asString()) || n != t.path("rows").asLong()) {
                throw new IllegalStateException(
                        "the backup is damaged: the data of " + table + " does not match" + " its manifest");
            }
            rows.put(table, n);
            resetSequences(table);
        }
        return new Summary(manifest.path("schema_version").asString(null), rows);
    }

    /** Tables in every schema but PostgreSQL's and the sessions', without Flyway's history. */
    List<String> tables() {
        return jdbc.queryForList("""
                        select n.nspname || '.' || c.relname from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        where c.relkind in ('r', 'p') and not c.relispartition
                          and n.nspname not like 'pg\\_%' and n.nspname <> all (?)
                          and c.relname <> ?
                        order by 1""", String.class, SKIPPED_SCHEMAS.toArray(String[]::new), FLYWAY_TABLE).stream()
                .filter(t -> !CACHE_TABLES.contains(t))
                .toList();
    }

    /** The table's stored columns (no generated ones), in order. */
    List<String> columns(String table) {
        return jdbc.queryForList("""
                        select attname from pg_attribute where attrelid = ?::regclass and attnum > 0
                          and not attisdropped and attgenerated = '' order by attnum""", String.class, quoted(table));
    }

    /** Tables referenced by foreign keys come before those that reference them. */
    List<String> dependencyOrder(Set<String> tables) {
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        tables.forEach(t -> needs.put(t, new LinkedHashSet<>()));
        jdbc.query("""
                        select cn.nspname || '.' || c.relname, fn.nspname || '.' || f.relname
                        from pg_constraint k
                        join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
                        join pg_class f on f.oid = k.confrelid join pg_namespace fn on fn.oid = f.relnamespace
                        where k.contype = 'f' and k.conrelid <> k.confrelid""", rs -> {
            String from = rs.getString(1);
            String to = rs.getString(2);
            if (needs.containsKey(from) && needs.containsKey(to)) {
                needs.get(from).add(to);
            }
        });
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String t : needs.keySet()) {
            visit(t, needs, done, new ArrayDeque<>(), order);
        }
        return order;
    }

    private static void visit(
            String t, Map<String, Set<String>> needs, Set<String> done, Deque<String> path, List<String> order) {
        if (done.contains(t) || path.contains(t)) {
            return;
        }
        path.push(t);
        for (String dep : needs.getOrDefault(t, Set.of())) {
            visit(dep, needs, done, path, order);
        }
        path.pop();
        done.add(t);
        order.add(t);
    }

    private void resetSequences(String table) {
        for (String column : columns(table)) {
            String sequence =
                    jdbc.queryForObject("select pg_get_serial_sequence(?, ?)", String.class, quoted(table), column);
            if (sequence != null) {
                jdbc.queryForList(
                        "select setval(?::regclass, coalesce((select max(" + quotedColumns(List.of(column)) + ") from "
                                + quoted(table) + "), 0) + 1, false)",
                        sequence);
            }
        }
    }

    private @Nullable String schemaVersion() {
        if (!exists("public." + FLYWAY_TABLE)) {
            return null;
        }
        List<String> v = jdbc.queryForList(
                "select version from public." + FLYWAY_TABLE
                        + " where success and version is not null order by installed_rank desc limit 1",
                String.class);
        return v.isEmpty() ? null : v.get(0);
    }

    private boolean exists(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table));
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("select count(*) from " + quoted(table), Long.class);
        return n != null ? n : 0;
    }

    private static JsonNode manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("manifest.json");
        if (entry == null) {
            throw new IllegalStateException(zip.getName() + " is not a Lantu backup (it has no manifest.json)");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            JsonNode m = JSON.readTree(in);
            if (!"lantu-backup-1".equals(m.path("format").asString(null))) {
                throw new IllegalStateException(zip.getName() + " is not a Lantu backup of a known format");
            }
            return m;
        }
    }

    /** {@code schema.table} as a quoted identifier. */
    static String quoted(String table) {
        int dot = table.indexOf('.');
        return ident(table.substring(0, dot)) + "." + ident(table.substring(dot + 1));
    }

    private static String quotedColumns(List<String> columns) {
        return String.join(", ", columns.stream().map(StoreBackup::ident).toList());
    }

    private static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** The zip stream, not closed by whoever writes one entry into it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
