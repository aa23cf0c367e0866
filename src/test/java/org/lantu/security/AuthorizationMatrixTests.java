package org.lantu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantu.imports.ImportResult;
import org.lantu.imports.ImportService;
import org.lantu.monitor.Observation;
import org.lantu.monitor.ObservationRow;
import org.lantu.monitor.ObservationService;
import org.lantu.plan.PlanService;
import org.lantu.region.RegionService;
import org.lantu.web.TestStore;
import org.lantu.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what, as a table: every endpoint × role × an object in or out of the caller's scope × login
 * method (browser session, HTTP Basic, API token). Out of scope is 404 (ids leak nothing), a visible
 * object the caller may not change 403, an allowed call 2xx (a page's write 302 back to the page); a
 * refused call writes nothing. A new endpoint (monitoring observations …) is one more row of {@link
 * #ENDPOINTS}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuthorizationMatrixTests {

    enum Login {
        SESSION,
        BASIC,
        TOKEN
    }

    enum Scope {
        IN,
        OUT
    }

    /**
     * The objects the rows act on: a plan of 杭锦旗 (the users' unit) and one of 示例旗 (outside it), the two
     * units, and observations made fresh for each call.
     */
    record Fixture(
            Map<Scope, Long> plan,
            Map<Scope, Long> version,
            Map<Scope, Long> item,
            Map<Scope, String> finding,
            Map<Scope, Long> unit,
            Observations observations) {}

    /** Makes an observation of the scope's unit, as the admin records it (before the call is timed or counted). */
    interface Observations {
        Observation draft(Scope scope, String indicator, int n);

        Observation submitted(Scope scope, String indicator, int n);
    }

    /** The reporter's department reports this indicator (旗住建局) … */
    static final String OWN_DEPARTMENT = "urban_green_coverage";
    /** … and not this one (旗统计局). */
    static final String OTHER_DEPARTMENT = "gdp";

    /** A year of its own for each call (observations: 1949–2048; locks: 2081–2100, which no observation has). */
    static String year(int n) {
        return String.valueOf(1949 + n % 100);
    }

    /** A value no earlier call wrote, within every indicator's plausible range. */
    static String value(int n) {
        return (10 + n % 80) + "." + String.format("%04d", n % 10_000);
    }

    /** A request: method, path, body and its type (null for none). */
    record Call(
            String method,
            String path,
            byte @Nullable [] body,
            @Nullable String contentType) {
        static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        static Call json(String method, String path, String json) {
            return new Call(method, path, json.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        static Call form(String path, String form) {
            return new Call("POST", path, form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        }
    }

    interface Request {
        Call of(Fixture f, Scope scope, int n);
    }

    /** The status a caller should get; {@code scope} is already IN for those who read everything. */
    interface Expected {
        int status(Role role, Scope scope, Login login);
    }

    /**
     * One endpoint: how to call it, what it should answer, and the table a refused call must leave as it
     * was (null for reads).
     */
    record Endpoint(
            String name,
            boolean page,
            Request request,
            Expected expected,
            @Nullable String writes) {
        @Override
        public String toString() {
            return name;
        }
    }

    // --- what callers should get

    /** Reads of an object filed under a unit. */
    static final Expected READ = (role, scope, login) -> scope == Scope.IN ? 200 : 404;
    /** Changes of an object filed under a unit: planners and admins. */
    static Expected write(int allowed) {
        return (role, scope, login) -> scope == Scope.OUT ? 404 : role.writes() ? allowed : 403;
    }

    static final Expected ADMINS_ONLY = (role, scope, login) -> role == Role.ADMIN ? 200 : 403;

    /**
     * An observation import (JSON) for a unit: only those who report (403 for viewers); a row of a unit out
     * of scope or of another department's indicator is refused inside the import (422, nothing kept).
     */
    static Expected observationImport(boolean ownDepartment) {
        return (role, scope, login) ->
                role == Role.VIEWER ? 403 : scope == Scope.OUT || (role == Role.REPORTER && !ownDepartment) ? 422 : 200;
    }

    /** A change or submission of an observation: planners, admins, and reporters of its department. */
    static Expected observationReport(boolean ownDepartment) {
        return (role, scope, login) ->
                scope == Scope.OUT ? 404 : role.writes() || (role == Role.REPORTER && ownDepartment) ? 200 : 403;
    }

    static List<Endpoint> observationRows() {
        List<Endpoint> rows = new ArrayList<>();
        for (boolean own : List.of(true, false)) {
            String indicator = own ? OWN_DEPARTMENT : OTHER_DEPARTMENT;
            String which = own ? " (the reporter's department)" : " (another department)";
            rows.add(new Endpoint(
                    "POST /api/observations" + which,
                    false,
                    (f, s, n) -> Call.json(
                            "POST",
                            "/api/observations",
                            "[{\"unit\": \"" + (s == Scope.IN ? "杭锦旗" : "示例旗") + "\", \"indicator\": \""
                                    + indicator + "\", \"year\": " + year(n) + ", \"value\": " + value(n)
                                    + ", \"source\": \"matrix\"}]"),
                    observationImport(own),
                    "monitor.observation_revision"));
            rows.add(new Endpoint(
                    "PUT /api/observations/{id}" + which,
                    false,
                    (f, s, n) -> {
                        Observation o = f.observations().draft(s, indicator, n);
                        return Call.json(
                                "PUT",
                                "/api/observations/" + o.id(),
                                "{\"value\": " + value(n + 5_000) + ", \"version\": " + o.version()
                                        + ", \"reason\": \"核对\"}");
                    },
                    observationReport(own),
                    "monitor.observation_revision"));
            rows.add(new Endpoint(
                    "POST /api/observations/{id}/submit" + which,
                    false,
                    (f, s, n) -> new Call(
                            "POST",
                            "/api/observations/"
                                    + f.observations().draft(s, indicator, n).id() + "/submit",
                            null,
                            null),
                    observationReport(own),
                    "monitor.observation_revision"));
        }
        rows.add(new Endpoint(
                "POST /api/observations/{id}/approve",
                false,
                (f, s, n) -> new Call(
                        "POST",
                        "/api/observations/"
                                + f.observations()
                                        .submitted(s, OTHER_DEPARTMENT, n)
                                        .id() + "/approve",
                        null,
                        null),
                write(200),
                "monitor.observation_revision"));
        rows.add(new Endpoint(
                "POST /api/units/{id}/locks/{year}",
                false,
                (f, s, n) ->
                        new Call("POST", "/api/units/" + f.unit().get(s) + "/locks/" + (2100 - n % 20), null, null),
                write(200),
                "monitor.period_lock"));
        return rows;
    }

    private static final String HJQ_ITEM_FORM = "field=name&value=%E6%94%B9&reason=%E6%A0%B8%E5%AF%B9&plan=";

    static final List<Endpoint> ENDPOINTS = Stream.concat(
                    Stream.of(
                            // the API's reads
                            new Endpoint(
                                    "GET /api/plans/{id}",
                                    false,
                                    (f, s, n) ->
                                            Call.get("/api/plans/" + f.plan().get(s)),
                                    READ,
                                    null),
                            new Endpoint(
                                    "GET /api/plans/{id}/indicators",
                                    false,
                                    (f, s, n) ->
                                            Call.get("/api/plans/" + f.plan().get(s) + "/indicators"),
                                    READ,
                                    null),
                            new Endpoint(
                                    "GET /api/plans/{id}/versions",
                                    false,
                                    (f, s, n) ->
                                            Call.get("/api/plans/" + f.plan().get(s) + "/versions"),
                                    READ,
                                    null),
                            new Endpoint(
                                    "GET /api/plans/{id}/source",
                                    false,
                                    (f, s, n) ->
                                            Call.get("/api/plans/" + f.plan().get(s) + "/source"),
                                    READ,
                                    null),
                            new Endpoint(
                                    "GET /api/plans/{id}/findings",
                                    false,
                                    (f, s, n) ->
                                            Call.get("/api/plans/" + f.plan().get(s) + "/findings"),
                                    READ,
                                    null),
                            new Endpoint(
                                    "GET /api/items/{id}/corrections",
                                    false,
                                    (f, s, n) ->
                                            Call.get("/api/items/" + f.item().get(s) + "/corrections"),
                                    READ,
                                    null),
                            // the API's writes
                            new Endpoint(
                                    "POST /api/items/{id}/corrections",
                                    false,
                                    (f, s, n) -> Call.json(
                                            "POST",
                                            "/api/items/" + f.item().get(s) + "/corrections",
                                            "{\"field\": \"name\", \"value\": \"改" + n + "\", \"reason\": \"核对\"}"),
                                    write(201),
                                    "plan.correction"),
                            new Endpoint(
                                    "POST /api/plans (import)",
                                    false,
                                    (f, s, n) -> upload(s),
                                    // a plan of a unit outside the scope is refused inside the import (422, nothing
                                    // kept)
                                    (role, scope, login) -> !role.writes() ? 403 : scope == Scope.IN ? 200 : 422,
                                    "plan.plan_version"),
                            new Endpoint(
                                    "POST /api/users",
                                    false,
                                    (f, s, n) -> Call.json(
                                            "POST",
                                            "/api/users",
                                            "{\"username\": \"matrix-" + n
                                                    + "\", \"password\": \"Matrix-Password-2025\","
                                                    + " \"role\": \"viewer\", \"unit\": \""
                                                    + (s == Scope.IN ? "杭锦旗" : "示例旗") + "\"}"),
                                    // unit names are public, so a unit out of scope is refused (403), not hidden
                                    (role, scope, login) -> role.writes() && scope == Scope.IN ? 201 : 403,
                                    "security.users"),
                            new Endpoint(
                                    "POST /api/tokens",
                                    false,
                                    (f, s, n) -> Call.json("POST", "/api/tokens", "{\"name\": \"matrix\"}"),
                                    (role, scope, login) -> login == Login.TOKEN ? 403 : 201,
                                    "security.api_tokens"),
                            new Endpoint(
                                    "GET /api/audit", false, (f, s, n) -> Call.get("/api/audit"), ADMINS_ONLY, null),
                            // monitoring
                            new Endpoint(
                                    "GET /api/plans/{id}/evaluation",
                                    false,
                                    (f, s, n) ->
                                            Call.get("/api/plans/" + f.plan().get(s) + "/evaluation"),
                                    READ,
                                    null),
                            new Endpoint(
                                    "GET /api/plans/{id}/tasks",
                                    false,
                                    (f, s, n) ->
                                            Call.get("/api/plans/" + f.plan().get(s) + "/tasks?year=2025"),
                                    READ,
                                    null),
                            // pages
                            new Endpoint(
                                    "GET /plans/{id}",
                                    true,
                                    (f, s, n) -> Call.get("/plans/" + f.plan().get(s)),
                                    READ,
                                    null),
                            new Endpoint(
                                    "GET /plans/{id}?tab=monitoring",
                                    true,
                                    (f, s, n) -> Call.get("/plans/" + f.plan().get(s) + "?tab=monitoring"),
                                    READ,
                                    null),
                            new Endpoint(
                                    "GET /plans/{id}/source",
                                    true,
                                    (f, s, n) -> Call.get("/plans/" + f.plan().get(s) + "/source"),
                                    READ,
                                    null),
                            new Endpoint(
                                    "GET /plans/{id}/matrix.json",
                                    true,
                                    (f, s, n) -> Call.get("/plans/" + f.plan().get(s) + "/matrix.json"),
                                    READ,
                                    null),
                            new Endpoint(
                                    "POST /items/{id}/corrections (form)",
                                    true,
                                    (f, s, n) -> Call.form(
                                            "/items/" + f.item().get(s) + "/corrections",
                                            HJQ_ITEM_FORM + f.plan().get(s)),
                                    write(302),
                                    "plan.correction"),
                            new Endpoint(
                                    "POST /plans/{id}/findings/decisions (form)",
                                    true,
                                    (f, s, n) -> Call.form(
                                            "/plans/" + f.plan().get(s) + "/findings/decisions",
                                            "version=" + f.version().get(s) + "&key="
                                                    + f.finding().get(s)
                                                    + "&status=accepted&reason=%E5%B7%B2%E6%A0%B8"),
                                    write(302),
                                    "review.finding_decision"),
                            new Endpoint(
                                    "GET /admin/audit",
                                    true,
                                    (f, s, n) -> Call.get("/admin/audit"),
                                    ADMINS_ONLY,
                                    null)),
                    observationRows().stream())
            .toList();

    static final String PASSWORD = "Matrix-Caller-2025";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path EXAMPLE = Path.of("examples/shiliqi-urbanization-plan.txt");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "authorization-matrix");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    PlanService plans;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObservationService observations;

    @Autowired
    RegionService regions;

    Fixture fixture;
    final Map<Role, WebClient> sessions = new EnumMap<>(Role.class);
    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    final AtomicInteger serial = new AtomicInteger();

    static byte[] document(Scope scope) {
        try {
            String text = Files.readString(EXAMPLE);
            return (scope == Scope.IN ? text.replace("示例旗", "杭锦旗") : text).getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String user(Role role) {
        return role == Role.ADMIN ? "admin" : "matrix-" + role.id();
    }

    static String password(Role role) {
        return role == Role.ADMIN ? TestStore.ADMIN_PASSWORD : PASSWORD;
    }

    @BeforeAll
    void setUp() {
        Map<Scope, Long> plan = new EnumMap<>(Scope.class);
        Map<Scope, Long> version = new EnumMap<>(Scope.class);
        Map<Scope, Long> item = new EnumMap<>(Scope.class);
        Map<Scope, String> finding = new EnumMap<>(Scope.class);
        for (Scope s : Scope.values()) {
            ImportResult r = imports.importDocument("matrix-" + s + ".txt", document(s), "test");
            assertThat(r.failed()).as(String.valueOf(r.error())).isFalse();
            plan.put(s, r.planId());
            version.put(s, r.versionId());
            item.put(
                    s,
                    plans.currentItems(r.versionId(), "indicator")
                            .get(0)
                            .get("item_id")
                            .asLong());
        }
        for (Role role : List.of(Role.PLANNER, Role.REPORTER, Role.VIEWER)) {
            users.create(
                    new CreateUser(
                            user(role),
                            PASSWORD,
                            role.id(),
                            "杭锦旗",
                            role == Role.REPORTER ? List.of("旗住建局") : List.of()),
                    null);
        }
        for (Role role : Role.values()) {
            sessions.put(role, new WebClient(port).login(user(role), password(role)));
            WebClient.Page issued = bare(Login.BASIC, role)
                    .send(HttpRequest.newBuilder(new WebClient(port).uri("/api/tokens"))
                            .header("Authorization", basicHeader(role))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"matrix\"}")));
            assertThat(issued.status()).isEqualTo(201);
            tokens.put(role, JSON.readTree(issued.body()).get("token").asString());
        }
        WebClient admin = sessions.get(Role.ADMIN);
        for (Scope s : Scope.values()) {
            JsonNode findings = JSON.readTree(
                    admin.getJson("/api/plans/" + plan.get(s) + "/findings").body());
            JsonNode first = findings.path("findings").path(0).path("key");
            finding.put(s, first.isMissingNode() ? "none" : first.asString());
        }
        Map<Scope, Long> unit = new EnumMap<>(Scope.class);
        unit.put(Scope.IN, regions.find("杭锦旗").orElseThrow().id());
        unit.put(Scope.OUT, regions.find("示例旗").orElseThrow().id());
        Observations made = new Observations() {
            @Override
            public Observation draft(Scope scope, String indicator, int n) {
                return asAdmin(() -> observations.record(new ObservationRow(
                        null,
                        1,
                        scope == Scope.IN ? "杭锦旗" : "示例旗",
                        indicator,
                        year(n),
                        null,
                        value(n),
                        "matrix",
                        null,
                        Map.of())));
            }

            @Override
            public Observation submitted(Scope scope, String indicator, int n) {
                Observation o = draft(scope, indicator, n);
                return asAdmin(() -> observations.submit(o.id(), o.version()));
            }
        };
        fixture = new Fixture(plan, version, item, finding, unit, made);
    }

    /** Runs as the admin of the whole tree (outside a request), as the command line would. */
    static <T> T asAdmin(java.util.function.Supplier<T> action) {
        CurrentUser admin = new CurrentUser("admin", Role.ADMIN, null, List.of());
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(admin, null, Role.ADMIN.authority()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String basicHeader(Role role) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user(role) + ":" + password(role)).getBytes(StandardCharsets.UTF_8));
    }

    WebClient bare(Login login, Role role) {
        return login == Login.SESSION ? sessions.get(role) : new WebClient(port);
    }

    static Call upload(Scope scope) {
        String boundary = "----matrix" + scope;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"matrix-"
                        + scope + ".txt\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(document(scope));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Call("POST", "/api/plans", body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    static Stream<Object[]> cases() {
        List<Object[]> out = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            for (Role role : Role.values()) {
                for (Scope scope : Scope.values()) {
                    for (Login login : Login.values()) {
                        out.add(new Object[] {e, role, scope, login});
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}, {2} scope, by {3}")
    @MethodSource("cases")
    void eachCallerGetsWhatTheMatrixSaysAndARefusalWritesNothing(Endpoint e, Role role, Scope scope, Login login) {
        Scope effective = role == Role.ADMIN ? Scope.IN : scope; // the admin's scope is the whole tree
        Call call = e.request().of(fixture, scope, serial.incrementAndGet());
        // pages take the browser session only: with Basic or a token a read is sent to log in, a write
        // fails the CSRF check
        int expected = e.page() && login != Login.SESSION
                ? call.method().equals("GET") ? 302 : 403
                : e.expected().status(role, effective, login);
        long before = e.writes() != null ? rows(e.writes()) : 0;

        WebClient client = bare(login, role);
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(call.path()))
                .header("Accept", e.page() ? "text/html, */*;q=0.8" : "application/json, */*;q=0.5")
                .method(
                        call.method(),
                        call.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (login == Login.SESSION && !call.method().equals("GET")) {
            request.header("X-CSRF-TOKEN", csrf(client));
        } else if (login == Login.BASIC) {
            request.header("Authorization", basicHeader(role));
        } else if (login == Login.TOKEN) {
            request.header("Authorization", "Bearer " + tokens.get(role));
        }
        WebClient.Page answer = client.send(request);

        assertThat(answer.status()).as(answer.body()).isEqualTo(expected);
        if (expected == 302 && e.page() && login != Login.SESSION) {
            // sent to log in, not let in
            assertThat(answer.header("Location")).endsWith("/login");
        }
        if (e.writes() != null && expected >= 300 && !(expected == 302 && login == Login.SESSION)) {
            assertThat(rows(e.writes())).as("rows of " + e.writes()).isEqualTo(before);
        }
    }

    private String csrf(WebClient session) {
        return session.get("/").doc().selectFirst("input[name=_csrf]").attr("value");
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
