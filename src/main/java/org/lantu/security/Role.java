package org.lantu.security;

import java.util.Locale;
import java.util.Optional;

/** What a user may do, within the user's scope. */
public enum Role {
    /** 系统管理员: everything, including users of every role. */
    ADMIN,
    /** 规划编制人员: reads and changes plans in scope, creates users (not admins) in scope. */
    PLANNER,
    /** 填报人员: reads in scope; later reports progress for the user's departments. */
    REPORTER,
    /** 查看人员: reads in scope. */
    VIEWER;

    /** The lower-case name used in the database, the API and the command line ({@code planner}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Spring Security's authority, {@code ROLE_PLANNER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role of a name, case-insensitive ({@code planner}, {@code PLANNER}). */
    public static Optional<Role> parse(String name) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** May change plans (and create users) within the scope. */
    public boolean writes() {
        return this == ADMIN || this == PLANNER;
    }
}
