package org.lantu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.LantuApplication;
import org.lantu.security.UserService;
import org.lantu.security.UserSummary;
import org.lantu.security.internal.UserStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import picocli.CommandLine;

/** {@code lantu users add}: a real store in a data directory of the test's own. */
class UsersCommandTests {

    @TempDir
    Path data;

    /** What one run printed, and its exit code. */
    record Run(int exit, String out, String err) {}

    private Run users(String stdin, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == UsersCommand.Add.class) {
                    UsersCommand.Add add = new UsersCommand.Add();
                    add.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
                    add.console = null;
                    return type.cast(add);
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine cl = new CommandLine(new LantuCommand(), factory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 4];
        all[0] = "users";
        all[1] = "add";
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 2] = "--data-dir";
        all[all.length - 1] = data.toString();
        int exit = cl.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The store as a later start sees it. */
    private ConfigurableApplicationContext store() {
        SpringApplication app = new SpringApplication(LantuApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> props = new HashMap<>();
        props.put("lantu.store.data-dir", data.toString());
        app.setDefaultProperties(props);
        return app.run();
    }

    @Test
    void addsAUserWithThePasswordFromStandardInput() {
        Run run = users("Hangjin-Planner-2025\n", "hjq", "--role", "planner", "--unit", "杭锦旗");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("added hjq (planner, 杭锦旗)").doesNotContain("password");

        try (ConfigurableApplicationContext context = store()) {
            UserSummary user = context.getBean(UserService.class).find("hjq").orElseThrow();
            assertThat(user.role()).isEqualTo("planner");
            assertThat(user.unitCode()).isEqualTo("150625");
            String hash = context.getBean(UserStore.class)
                    .byUsername("hjq")
                    .orElseThrow()
                    .passwordHash();
            assertThat(context.getBean(PasswordEncoder.class).matches("Hangjin-Planner-2025", hash))
                    .isTrue();
            // the command line's store makes no admin: only the platform's first start does
            assertThat(context.getBean(UserService.class).find("admin")).isEmpty();
        }
    }

    @Test
    void generatesAndPrintsAPasswordOnceWhenNoneIsGiven() {
        Run run = users(
                "", "rep", "--role", "reporter", "--unit", "150625", "--department", "旗住建局", "--department", "旗发改委");
        assertThat(run.exit()).as(run.err()).isZero();
        Matcher m = Pattern.compile("password: (\\S+)").matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        String password = m.group(1);
        assertThat(password).hasSize(24);

        try (ConfigurableApplicationContext context = store()) {
            UserSummary user = context.getBean(UserService.class).find("rep").orElseThrow();
            assertThat(user.departments()).containsExactly("旗住建局", "旗发改委");
            String hash = context.getBean(UserStore.class)
                    .byUsername("rep")
                    .orElseThrow()
                    .passwordHash();
            assertThat(context.getBean(PasswordEncoder.class).matches(password, hash))
                    .isTrue();
        }
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRule() {
        Run run = users("short\n", "weak", "--role", "viewer", "--unit", "杭锦旗");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("at least 12 characters");
        assertThat(run.out()).doesNotContain("added");
    }

    @Test
    void anUnknownUnitIsRefused() {
        Run run = users("Hangjin-Planner-2025\n", "mars", "--role", "viewer", "--unit", "火星旗");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("火星旗");
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        Run run = users("", "x", "--role", "boss", "--unit", "杭锦旗");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("admin, planner, reporter or viewer");
    }
}
