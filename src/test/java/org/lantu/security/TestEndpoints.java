package org.lantu.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page and an API endpoint to hit before the real ones exist: they answer who is asking (through
 * {@link AccessService}) and count the writes that got through.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestEndpoints {

    /** The endpoints (registered as a member class of this configuration). */
    @RestController
    public static class Echo {

        public final AtomicInteger writes = new AtomicInteger();
        private final AccessService access;

        Echo(AccessService access) {
            this.access = access;
        }

        @GetMapping("/api/test/me")
        Map<String, Object> me() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("user", access.current().map(CurrentUser::username).orElse(null));
            body.put("role", access.current().map(u -> u.role().id()).orElse(null));
            body.put("reads_everything", access.readableUnitIds() == null);
            return body;
        }

        @PostMapping("/api/test/me")
        Map<String, Object> write() {
            writes.incrementAndGet();
            return me();
        }

        @GetMapping("/test/page")
        String page() {
            return "a page for " + access.current().map(CurrentUser::username).orElse("anyone");
        }

        @PostMapping("/test/page")
        String writePage() {
            writes.incrementAndGet();
            return "written";
        }
    }

    /** A data directory of its own for one test class, removed when the JVM ends. */
    public static Path dataDir(String name) {
        try {
            Path dir = Files.createTempDirectory("lantu-" + name + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
