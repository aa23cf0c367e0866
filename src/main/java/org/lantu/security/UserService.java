package org.lantu.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantu.audit.AuditLog;
import org.lantu.region.AdminUnit;
import org.lantu.region.RegionService;
import org.lantu.security.UserException.Reason;
import org.lantu.security.internal.UserStore;
import org.lantu.security.internal.UserStore.StoredUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users (用户): creating them within the creator's scope. An admin of the whole tree creates any user; an
 * admin or planner of a unit creates users of that unit or the units below it, planners no admins; the
 * command line (no creator) may do anything, as whoever runs it owns the data directory.
 */
@Service
public class UserService {

    static final int MAX_DEPARTMENTS = 50;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{0,63}");

    private final UserStore users;
    private final RegionService regions;
    private final PasswordEncoder encoder;
    private final AccessService access;
    private final AuditLog audit;

    UserService(UserStore users, RegionService regions, PasswordEncoder encoder, AccessService access, AuditLog audit) {
        this.users = users;
        this.regions = regions;
        this.encoder = encoder;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Creates a user on behalf of {@code creator} (null: the system, for the command line).
     *
     * @throws UserException {@code INVALID} for bad input (an unknown unit, a weak password …), {@code
     *     FORBIDDEN} when the creator may not create this user, {@code DUPLICATE} when the name is taken
     */
    @Transactional
    public CreatedUser create(CreateUser request, @Nullable CurrentUser creator) {
        if (creator != null && !creator.role().writes()) {
            throw new UserException(Reason.FORBIDDEN, "只有管理员和规划人员可以创建用户。Only admins and planners may create users.");
        }
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new UserException(
                    Reason.INVALID,
                    "用户名须为 1–64 个字母、数字或 . _ @ -，以字母或数字开头。"
                            + "The user name must be 1–64 letters, digits or . _ @ -, starting with a letter or digit.");
        }
        Role role = Optional.ofNullable(request.role())
                .flatMap(Role::parse)
                .orElseThrow(() -> new UserException(
                        Reason.INVALID,
                        "角色须为 admin、planner、reporter 或 viewer。"
                                + "The role must be admin, planner, reporter or viewer."));
        @Nullable AdminUnit unit = null;
        if (request.unit() != null && !request.unit().isBlank()) {
            unit = regions.find(request.unit())
                    .orElseThrow(() -> new UserException(
                            Reason.INVALID,
                            "未知的行政区划：" + request.unit().strip() + "。Unknown administrative unit: "
                                    + request.unit().strip() + " (give its name or GB/T 2260 code)."));
        } else if (role != Role.ADMIN) {
            throw new UserException(
                    Reason.INVALID,
                    "请指定行政区划（名称或 GB/T 2260 代码）。A unit is required (its name or GB/T 2260 code);"
                            + " only an admin may have none.");
        }
        @Nullable Long unitId = unit != null ? unit.id() : null;
        if (creator != null) {
            if (role == Role.ADMIN && creator.role() != Role.ADMIN) {
                throw new UserException(Reason.FORBIDDEN, "只有管理员可以创建管理员。Only admins may create admins.");
            }
            if (!access.inScope(creator, unitId)) {
                throw new UserException(
                        Reason.FORBIDDEN,
                        "只能为本级及下级行政区划创建用户。You may create users only for your unit and the units below it.");
            }
        }
        List<String> departments = departments(request.departments(), role);
        String password = request.password();
        boolean generated = password == null;
        if (password == null) {
            password = generatePassword(username);
        } else {
            Optional<String> problem = PasswordPolicy.check(password, username);
            if (problem.isPresent()) {
                throw new UserException(Reason.INVALID, problem.get());
            }
        }
        String creatorName = creator != null ? creator.username() : "system";
        long id = users.insert(username, encoder.encode(password), role, unitId, departments, creatorName)
                .orElseThrow(() -> new UserException(
                        Reason.DUPLICATE, "用户名已存在：" + username + "。The user name is taken: " + username + "."));
        StoredUser stored = users.byId(id).orElseThrow();
        UserSummary summary = summary(stored);
        audit.record(AuditLog.USER_CREATE, "user", username.toLowerCase(java.util.Locale.ROOT), null, summary, null);
        return new CreatedUser(summary, generated ? password : null);
    }

    /** A user by name, regardless of case. */
    public Optional<UserSummary> find(String username) {
        return users.byUsername(username).map(this::summary);
    }

    /** A random password that passes the policy for this user. */
    static String generatePassword(String username) {
        String password;
        do {
            password = PasswordPolicy.generate();
        } while (PasswordPolicy.check(password, username).isPresent());
        return password;
    }

    private static List<String> departments(@Nullable List<String> given, Role role) {
        Set<String> names = new LinkedHashSet<>();
        if (given != null) {
            for (String d : given) {
                if (d != null && !d.isBlank()) {
                    names.add(d.strip());
                }
            }
        }
        if (!names.isEmpty() && role != Role.REPORTER) {
            throw new UserException(Reason.INVALID, "只有填报人员（reporter）可以指定部门。Departments apply to reporters only.");
        }
        if (names.size() > MAX_DEPARTMENTS || names.stream().anyMatch(n -> n.length() > 200)) {
            throw new UserException(
                    Reason.INVALID,
                    "部门最多 " + MAX_DEPARTMENTS + " 个，每个名称最多 200 字。At most " + MAX_DEPARTMENTS
                            + " departments, each name at most 200 characters.");
        }
        return new ArrayList<>(names);
    }

    private UserSummary summary(StoredUser u) {
        @Nullable AdminUnit unit = u.unitId() != null ? regions.byId(u.unitId()).orElse(null) : null;
        return new UserSummary(
                u.id(),
                u.username(),
                u.role().id(),
                u.unitId(),
                unit != null ? unit.name() : null,
                unit != null ? unit.code() : null,
                u.departments(),
                u.enabled(),
                u.createdAt());
    }
}
