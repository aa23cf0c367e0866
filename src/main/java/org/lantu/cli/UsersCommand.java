package org.lantu.cli;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.lantu.LantuApplication;
import org.lantu.security.CreateUser;
import org.lantu.security.CreatedUser;
import org.lantu.security.PasswordPolicy;
import org.lantu.security.Role;
import org.lantu.security.UserException;
import org.lantu.security.UserService;
import org.lantu.security.UserSummary;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lantu users …}: manage users in the store. */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = {"Manage the platform's users.", ""},
        subcommands = {UsersCommand.Add.class, CommandLine.HelpCommand.class})
final class UsersCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code lantu users add NAME --role R --unit U [--department D]…}. */
    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = {
                "Add a user. The password is read from standard input (one line; at a terminal, asked for);",
                "when none is given, one is generated and printed once. Exit code 1 if the user cannot be added."
            })
    static final class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME", description = "user name")
        String name = "";

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "admin, planner, reporter or viewer")
        String role = "";

        @Option(
                names = "--unit",
                paramLabel = "UNIT",
                description = "administrative unit, by name (杭锦旗) or GB/T 2260 code (150625); an admin may have none")
        @Nullable
        String unit;

        @Option(
                names = "--department",
                paramLabel = "DEPT",
                description = "for a reporter: a responsible unit reported for (repeatable)")
        List<String> departments = new ArrayList<>();

        @CommandLine.Mixin
        ServeCommand.StoreOptions store = new ServeCommand.StoreOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** Standard input; tests replace it. */
        InputStream in = System.in;

        /** The terminal, when there is one; tests have none. */
        @Nullable
        Console console = System.console();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (Role.parse(role).isEmpty()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--role must be admin, planner, reporter or viewer, not " + role);
            }
            @Nullable String password = readPassword();
            if (password != null) {
                Optional<String> problem = PasswordPolicy.check(password, name);
                if (problem.isPresent()) {
                    err.println("lantu users add: " + problem.get());
                    return 1;
                }
            }
            Map<String, Object> props = store.properties();
            SpringApplication app = new SpringApplication(LantuApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setDefaultProperties(props);
            CreatedUser created;
            try (ConfigurableApplicationContext context = app.run()) {
                created = context.getBean(UserService.class)
                        .create(new CreateUser(name, password, role, unit, departments), null);
            } catch (UserException e) {
                err.println("lantu users add: " + e.getMessage());
                return 1;
            }
            UserSummary user = created.user();
            out.println("added " + user.username() + " (" + user.role()
                    + (user.unit() != null ? ", " + user.unit() : ", whole tree")
                    + (user.departments().isEmpty() ? "" : ", " + String.join("、", user.departments()))
                    + ")");
            if (created.generatedPassword() != null) {
                out.println("password: " + created.generatedPassword() + "  (shown once; it is stored only hashed)");
            }
            out.flush();
            return 0;
        }

        /** The password given (a terminal asks twice), or null to generate one. */
        private @Nullable String readPassword() throws IOException {
            if (console != null) {
                char[] first = console.readPassword("Password for %s (empty: generate one): ", name);
                if (first == null || first.length == 0) {
                    return null;
                }
                char[] again = console.readPassword("Again: ");
                if (again == null || !Arrays.equals(first, again)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "the passwords differ");
                }
                return new String(first);
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[256];
            int n;
            while (buffer.size() <= 4096 && (n = in.read(chunk)) > 0) {
                buffer.write(chunk, 0, n);
            }
            String text = buffer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end >= 0 ? text.substring(0, end) : text;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            return line.isEmpty() ? null : line;
        }
    }
}
