package org.lantu.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantu.security.AdminAccountCreated;
import org.lantu.security.PasswordPolicy;
import org.lantu.security.Role;
import org.lantu.store.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The platform's first start creates the {@code admin} user (whole tree) when there is none. Its password
 * is {@code LANTU_ADMIN_PASSWORD} (never logged) or generated: written to {@code
 * <data-dir>/admin-password.txt}, readable by its owner only, before the user is stored (so a crash cannot
 * leave an admin nobody knows the password of), and handed to the command line once to print through
 * {@link AdminAccountCreated}.
 */
@Component
@ConditionalOnWebApplication
class AdminBootstrap implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final String PASSWORD_VARIABLE = "LANTU_ADMIN_PASSWORD";
    static final String PASSWORD_FILE = "admin-password.txt";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final StoreProperties store;
    private final Environment environment;
    private final ApplicationEventPublisher events;

    AdminBootstrap(
            UserStore users,
            PasswordEncoder encoder,
            StoreProperties store,
            Environment environment,
            ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.store = store;
        this.environment = environment;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (users.exists(USERNAME)) {
            return;
        }
        String given = environment.getProperty(PASSWORD_VARIABLE);
        if (given != null && !given.isEmpty()) {
            Optional<String> problem = PasswordPolicy.check(given, USERNAME);
            if (problem.isPresent()) {
                throw new IllegalStateException(PASSWORD_VARIABLE + " cannot be the admin password: " + problem.get());
            }
            if (insert(given)) {
                log.info("created the user admin with the password from {}", PASSWORD_VARIABLE);
                events.publishEvent(new AdminAccountCreated(USERNAME, null, null));
            }
            return;
        }
        String password;
        do {
            password = PasswordPolicy.generate();
        } while (PasswordPolicy.check(password, USERNAME).isPresent());
        Path file = store.dataDirOrDefault().resolve(PASSWORD_FILE).toAbsolutePath();
        @Nullable Path written = writeOwnerOnly(file, password);
        if (!insert(password)) {
            if (written != null) {
                Files.deleteIfExists(written); // another instance created the admin first
            }
            return;
        }
        log.info(
                "created the user admin with a generated password{}",
                written != null ? " (in " + written + ")" : "; it could not be written to " + file);
        events.publishEvent(new AdminAccountCreated(USERNAME, password, written));
    }

    private boolean insert(String password) {
        return users.insert(USERNAME, encoder.encode(password), Role.ADMIN, null, List.of(), "system")
                .isPresent();
    }

    /** Writes the file readable and writable by its owner only (POSIX 600); null when it cannot. */
    static @Nullable Path writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(false, false);
                file.toFile().setWritable(true, true);
            }
            Files.writeString(
                    file,
                    content + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            log.warn("cannot write {}: {}", file, e.getMessage());
            return null;
        }
    }
}
