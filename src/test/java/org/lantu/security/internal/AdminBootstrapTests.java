package org.lantu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.security.AdminAccountCreated;
import org.lantu.security.Role;
import org.lantu.security.TestEndpoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The first start without {@code LANTU_ADMIN_PASSWORD}: a generated password, in an owner-only file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AdminBootstrapTests.Events.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

    static final Path DATA = TestEndpoints.dataDir("bootstrap");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("lantu.store.data-dir", DATA::toString);
    }

    /** Every AdminAccountCreated, from the first start on. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Events {
        static final List<AdminAccountCreated> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AdminAccountCreated e) {
            seen.add(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    org.lantu.store.StoreProperties store;

    @Autowired
    ApplicationEventPublisher events;

    private Path file() {
        return DATA.resolve("admin-password.txt");
    }

    @Test
    void writesTheGeneratedPasswordToAnOwnerOnlyFileAndItWorks() throws Exception {
        Path file = file();
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);

        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/api/tokens"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString(
                                                                ("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);

        UserStore.StoredUser admin = users.byUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.unitId()).isNull();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);

        assertThat(Events.seen).isNotEmpty(); // the first is the start's; other tests may add theirs
        AdminAccountCreated event = Events.seen.get(0);
        assertThat(event.generatedPassword()).isEqualTo(password);
        assertThat(event.passwordFile()).isEqualTo(file.toAbsolutePath());
        assertThat(event.toString()).doesNotContain(password);
    }

    @Test
    void aSecondStartKeepsTheAdminAndTheFile() throws Exception {
        String before = Files.readString(file());
        String hash = users.byUsername("admin").orElseThrow().passwordHash();
        int events = Events.seen.size();

        bootstrap.run(new DefaultApplicationArguments());

        assertThat(Files.readString(file())).isEqualTo(before);
        assertThat(users.byUsername("admin").orElseThrow().passwordHash()).isEqualTo(hash);
        assertThat(jdbc.sql("select count(*) from security.users where role = 'admin'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(Events.seen).hasSize(events);
    }

    @Test
    void thePasswordFromTheEnvironmentIsUsedAndNeverLogged(CapturedOutput output) {
        String secret = "From-The-Env-2025-x";
        withoutAdmin(() -> {
            int events = Events.seen.size();
            bootstrapWith(secret).run(new DefaultApplicationArguments());
            UserStore.StoredUser admin = users.byUsername("admin").orElseThrow();
            assertThat(encoder.matches(secret, admin.passwordHash())).isTrue();
            assertThat(Events.seen).hasSize(events + 1);
            assertThat(Events.seen.get(events).generatedPassword()).isNull();
        });
        assertThat(output.getAll()).contains("LANTU_ADMIN_PASSWORD").doesNotContain(secret);
    }

    @Test
    void aWeakPasswordFromTheEnvironmentStopsTheStartWithoutShowingIt(CapturedOutput output) {
        withoutAdmin(
                () -> assertThatThrownBy(() -> bootstrapWith("weakpassword").run(new DefaultApplicationArguments()))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("LANTU_ADMIN_PASSWORD")
                        .hasMessageNotContaining("weakpassword"));
        assertThat(output.getAll()).doesNotContain("weakpassword");
        assertThat(users.byUsername("admin")).isPresent();
    }

    private AdminBootstrap bootstrapWith(String password) {
        MockEnvironment env = new MockEnvironment().withProperty("LANTU_ADMIN_PASSWORD", password);
        return new AdminBootstrap(users, encoder, store, env, events);
    }

    /** Runs with the admin user gone, then puts everything back (the transaction is rolled back). */
    private void withoutAdmin(ThrowingRunnable body) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from security.users where username = 'admin'").update();
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
