import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many browser sessions at once, mixing reads and writes (issue 8's load test). Each session signs in with
 * the form, as a person does, then makes requests: four reads in five (a plan's evaluation through the API,
 * its 监测评估 tab) and one write in five (an observation of its own county posted as JSON, with the session's
 * CSRF token). Prints p50/p95/p99 per kind, the count of 5xx answers and of requests without an answer, and
 * the first non-2xx answers. Loopback only.
 *
 * <pre>java bench/SessionLoad.java BASE USER PASSWORD SESSIONS REQUESTS_EACH PLANS_AND_UNITS_FILE [THINK_MS]</pre>
 *
 * The file has one line per county: {@code planId<TAB>unit name}. {@code THINK_MS} (default 0): a session
 * waits between its requests a random time between half and one and a half times this, as a person reading
 * the page does; 0 is a stress run where every session sends its next request as soon as the last is
 * answered (300 sessions are then 300 requests in flight at every moment).
 */
public class SessionLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    record Target(long plan, String unit) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!URI.create(base).getHost().equals("localhost") && !URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("loopback only");
        }
        String user = args[1];
        String password = args[2];
        int sessions = Integer.parseInt(args[3]);
        int each = Integer.parseInt(args[4]);
        long think = args.length > 6 ? Long.parseLong(args[6]) : 0;
        List<Target> targets = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[5]))) {
            String[] f = line.split("\t");
            targets.add(new Target(Long.parseLong(f[0]), f[1]));
        }
        // sign in: the form, a bcrypt check each, eight at a time
        List<HttpClient> clients = Collections.synchronizedList(new ArrayList<>());
        List<String> tokens = Collections.synchronizedList(new ArrayList<>());
        ExecutorService login = Executors.newFixedThreadPool(8);
        for (int i = 0; i < sessions; i++) {
            login.submit(() -> {
                HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                String form = c.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = CSRF.matcher(form);
                m.find();
                String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
                c.send(
                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                Matcher t = CSRF.matcher(c.send(get(base + "/"), HttpResponse.BodyHandlers.ofString()).body());
                if (!t.find()) {
                    throw new IllegalStateException("sign-in failed");
                }
                synchronized (clients) {
                    clients.add(c);
                    tokens.add(t.group(1));
                }
                return null;
            });
        }
        login.shutdown();
        login.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        if (clients.size() != sessions) {
            throw new IllegalStateException("only " + clients.size() + " of " + sessions + " sessions signed in");
        }
        List<Long> reads = Collections.synchronizedList(new ArrayList<>());
        List<Long> writes = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger clientErrors = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        long began = System.nanoTime();
        for (int s = 0; s < sessions; s++) {
            HttpClient c = clients.get(s);
            String token = tokens.get(s);
            Target own = targets.get(s % targets.size());
            Random random = new Random(s);
            pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    if (think > 0) {
                        Thread.sleep(think / 2 + (long) (random.nextDouble() * think));
                    }
                    boolean write = random.nextInt(5) == 0;
                    HttpRequest request;
                    if (write) {
                        String json = "[{\"unit\": \"" + own.unit() + "\", \"indicator\": \"gdp\", \"year\": 2026,"
                                + " \"value\": " + (100 + random.nextInt(900)) + ", \"source\": \"模拟数据 load test\"}]";
                        request = HttpRequest.newBuilder(URI.create(base + "/api/observations"))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .header("X-CSRF-TOKEN", token)
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build();
                    } else {
                        Target t = targets.get(random.nextInt(targets.size()));
                        request = random.nextBoolean()
                                ? get(base + "/api/plans/" + t.plan() + "/evaluation?year=2024")
                                : get(base + "/plans/" + t.plan() + "?tab=monitoring&year=2024");
                    }
                    long t0 = System.nanoTime();
                    HttpResponse<String> r;
                    try {
                        r = c.send(request, HttpResponse.BodyHandlers.ofString());
                    } catch (java.io.IOException e) {
                        // no answer at all (connection reset, closed): counted, never silently lost
                        clientErrors.incrementAndGet();
                        failures.add("no answer " + request.method() + " " + request.uri().getPath() + " " + e);
                        continue;
                    }
                    long ms = (System.nanoTime() - t0) / 1_000;
                    (write ? writes : reads).add(ms);
                    if (r.statusCode() >= 500) {
                        serverErrors.incrementAndGet();
                    }
                    if (r.statusCode() >= 300) {
                        failures.add(r.statusCode() + " " + request.method() + " " + request.uri().getPath() + " "
                                + r.body().substring(0, Math.min(120, r.body().length())));
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        pool.awaitTermination(60, java.util.concurrent.TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(
                "%d sessions (think time %d ms), %d requests in %.1f s (%.0f req/s); server errors: %d;"
                        + " without an answer: %d; non-2xx: %d%n",
                sessions,
                think,
                reads.size() + writes.size(),
                seconds,
                (reads.size() + writes.size()) / seconds,
                serverErrors.get(),
                clientErrors.get(),
                failures.size());
        print("reads ", reads);
        print("writes", writes);
        failures.stream().limit(10).forEach(f -> System.out.println("  " + f));
    }

    private static void print(String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return;
        }
        System.out.printf(
                "%s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n",
                what,
                sorted.size(),
                at(sorted, 0.50),
                at(sorted, 0.95),
                at(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1000.0;
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).GET().build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
