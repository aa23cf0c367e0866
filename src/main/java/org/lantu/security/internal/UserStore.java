package org.lantu.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.security.CurrentUser;
import org.lantu.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code security.users} and {@code security.user_departments} tables. */
@Repository
public class UserStore {

    /** A row of {@code security.users} with its departments. */
    public record StoredUser(
            long id,
            String username,
            String passwordHash,
            Role role,
            @Nullable Long unitId,
            boolean enabled,
            OffsetDateTime createdAt,
            List<String> departments) {

        public CurrentUser currentUser() {
            return new CurrentUser(username, role, unitId, departments);
        }

        public LantuUserDetails details() {
            return new LantuUserDetails(id, currentUser(), passwordHash, enabled);
        }

        @Override
        public String toString() {
            return "StoredUser[id=" + id + ", username=" + username + ", role=" + role + ", unitId=" + unitId + "]";
        }
    }

    private static final String COLUMNS = columns("users");

    /**
     * The columns {@link #row} reads, of {@code security.users} under this alias: the departments come with
     * the user in the same statement, since a token-authenticated request reads them every time.
     */
    static String columns(String alias) {
        return alias + ".id, " + alias + ".username, " + alias + ".password_hash, " + alias + ".role, " + alias
                + ".unit_id, " + alias + ".enabled, " + alias + ".created_at,"
                + " array(select d.department from security.user_departments d where d.user_id = " + alias
                + ".id order by d.department) as departments";
    }

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user by name, regardless of case. */
    public Optional<StoredUser> byUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from security.users where lower(username) = lower(?)")
                .param(username)
                .query(UserStore::row)
                .optional();
    }

    public Optional<StoredUser> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from security.users where id = ?")
                .param(id)
                .query(UserStore::row)
                .optional();
    }

    /** The names of the users of these units. */
    public List<String> usernamesIn(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select username from security.users where unit_id in (:units) order by username")
                .param("units", unitIds)
                .query(String.class)
                .list();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from security.users where lower(username) = lower(?)")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds a user unless one of that name exists; the id, or empty when the name is taken. */
    @Transactional
    public Optional<Long> insert(
            String username,
            String passwordHash,
            Role role,
            @Nullable Long unitId,
            List<String> departments,
            @Nullable String createdBy) {
        Optional<Long> id = jdbc.sql("""
                        insert into security.users (username, password_hash, role, unit_id, created_by)
                        values (?, ?, ?, ?, ?)
                        on conflict do nothing returning id""")
                .params(username, passwordHash, role.id(), unitId, createdBy)
                .query(Long.class)
                .optional();
        id.ifPresent(userId -> {
            for (String department : departments) {
                jdbc.sql("insert into security.user_departments (user_id, department) values (?, ?)"
                                + " on conflict do nothing")
                        .params(userId, department)
                        .update();
            }
        });
        return id;
    }

    /** Replaces a password hash (a login upgrades an old encoding this way). */
    public void updatePasswordHash(String username, String passwordHash) {
        jdbc.sql("update security.users set password_hash = ? where lower(username) = lower(?)")
                .params(passwordHash, username)
                .update();
    }

    /** A user of a row selected with {@link #columns}. */
    static StoredUser row(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("unit_id");
        @Nullable Long unitId = rs.wasNull() ? null : unit;
        return new StoredUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                Role.parse(rs.getString("role")).orElseThrow(),
                unitId,
                rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class),
                List.of((String[]) rs.getArray("departments").getArray()));
    }
}
