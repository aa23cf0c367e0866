import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * its 监测评估 tab, both in the plan's default year, as a link to the plan opens them) and one write in five
 * (an observation of its own county posted as JSON, with the session's CSRF token). Prints p50/p95/p99 per
 * kind, the count of 5xx answers and of requests without an answer, and the first non-2xx answers. Loopback
 * only.
 *
 * <pre>java bench/SessionLoad.java BASE USER PASSWORD SESSIONS REQUESTS_EACH PLANS_AND_UNITS_FILE [THINK_MS]</pre>
 *
 * The file has one line per county: {@code planId<TAB>unit name}. {@code THINK_MS} (default 0): a session
 * waits between its requests a random time between half and one and a half times this, as a person reading
 * the page does; 0 is a stress run where every session sends its next request as soon as the last is
 * answered (300 sessions are then 300 requests in flight at every moment).
 *
 * <p>Each session is one kept-alive HTTP/1.1 connection with its own cookies, written and read with blocking
 * socket I/O, as a browser tab is. The load shares the two cores with the server; an {@link HttpClient} per
 * session (300 selector threads) took a large share of them. {@code SESSIONLOAD_CLIENT=jdk} runs that client,
 * to compare.
 */
public class SessionLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    record Target(long plan, String unit) {}

    record Response(int status, String body) {}

    /** One signed-in browser: its cookies and connection. */
    interface Browser {
        Response send(String method, String path, Map<String, String> headers, String body) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        URI baseUri = URI.create(base);
        if (!baseUri.getHost().equals("localhost") && !baseUri.getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("loopback only");
        }
        String user = args[1];
        String password = args[2];
        int sessions = Integer.parseInt(args[3]);
        int each = Integer.parseInt(args[4]);
        long think = args.length > 6 ? Long.parseLong(args[6]) : 0;
        boolean jdk = "jdk".equals(System.getenv("SESSIONLOAD_CLIENT"));
        List<Target> targets = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[5]))) {
            String[] f = line.split("\t");
            targets.add(new Target(Long.parseLong(f[0]), f[1]));
        }
        // sign in: the form, a bcrypt check each, eight at a time
        List<Browser> browsers = Collections.synchronizedList(new ArrayList<>());
        List<String> tokens = Collections.synchronizedList(new ArrayList<>());
        ExecutorService login = Executors.newFixedThreadPool(8);
        for (int i = 0; i < sessions; i++) {
            login.submit(() -> {
                Browser b = jdk ? new JdkBrowser(base) : new SocketBrowser(baseUri);
                Matcher m = CSRF.matcher(b.send("GET", "/login", Map.of(), null).body());
                m.find();
                String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
                b.send("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded"), body);
                Matcher t = CSRF.matcher(b.send("GET", "/", Map.of(), null).body());
                if (!t.find()) {
                    throw new IllegalStateException("sign-in failed");
                }
                synchronized (browsers) {
                    browsers.add(b);
                    tokens.add(t.group(1));
                }
                return null;
            });
        }
        login.shutdown();
        login.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        if (browsers.size() != sessions) {
            throw new IllegalStateException("only " + browsers.size() + " of " + sessions + " sessions signed in");
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
            Browser b = browsers.get(s);
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
                    String method = "GET";
                    String path;
                    Map<String, String> headers = Map.of();
                    String json = null;
                    if (write) {
                        method = "POST";
                        path = "/api/observations";
                        json = "[{\"unit\": \"" + own.unit() + "\", \"indicator\": \"gdp\", \"year\": 2026,"
                                + " \"value\": " + (100 + random.nextInt(900)) + ", \"source\": \"模拟数据 load test\"}]";
                        headers = Map.of(
                                "Content-Type", "application/json", "Accept", "application/json", "X-CSRF-TOKEN", token);
                    } else {
                        Target t = targets.get(random.nextInt(targets.size()));
                        path = random.nextBoolean()
                                ? "/api/plans/" + t.plan() + "/evaluation"
                                : "/plans/" + t.plan() + "?tab=monitoring";
                    }
                    long t0 = System.nanoTime();
                    Response r;
                    try {
                        r = b.send(method, path, headers, json);
                    } catch (IOException e) {
                        // no answer at all (connection reset, closed): counted, never silently lost
                        clientErrors.incrementAndGet();
                        failures.add("no answer " + method + " " + path + " " + e);
                        continue;
                    }
                    long micros = (System.nanoTime() - t0) / 1_000;
                    (write ? writes : reads).add(micros);
                    if (r.status() >= 500) {
                        serverErrors.incrementAndGet();
                    }
                    if (r.status() >= 300) {
                        failures.add(r.status() + " " + method + " " + path + " "
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
                "%d sessions (think time %d ms%s), %d requests in %.1f s (%.0f req/s); server errors: %d;"
                        + " without an answer: %d; non-2xx: %d%n",
                sessions,
                think,
                jdk ? ", JDK HttpClient" : "",
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

    /** The JDK's client with a cookie manager: one selector thread per session. */
    static final class JdkBrowser implements Browser {
        private final String base;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        JdkBrowser(String base) {
            this.base = base;
        }

        @Override
        public Response send(String method, String path, Map<String, String> headers, String body) throws IOException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
            headers.forEach(b::header);
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            try {
                HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(r.statusCode(), r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    /** One kept-alive connection (reopened when the server closes it) and the cookies the server set. */
    static final class SocketBrowser implements Browser {
        private final URI base;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        SocketBrowser(URI base) {
            this.base = base;
        }

        @Override
        public Response send(String method, String path, Map<String, String> headers, String body) throws IOException {
            boolean reused = socket != null;
            try {
                return sendOnce(method, path, headers, body);
            } catch (StaleConnection e) {
                // the server closed a kept-alive connection that sat idle (as during the sign-in of the other
                // sessions) before it read this request: a browser sends it again on a new one, and so do we
                if (!reused) {
                    throw e;
                }
                return sendOnce(method, path, headers, body);
            }
        }

        private Response sendOnce(String method, String path, Map<String, String> headers, String body)
                throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(120_000);
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(512)
                    .append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            if (!cookies.isEmpty()) {
                request.append("Cookie: ");
                cookies.forEach((k, v) -> request.append(k).append('=').append(v).append("; "));
                request.setLength(request.length() - 2);
                request.append("\r\n");
            }
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            try {
                out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.flush();
            } catch (IOException e) {
                close();
                throw new StaleConnection();
            }
            try {
                return read();
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private Response read() throws IOException {
            String statusLine = line();
            if (statusLine == null) {
                throw new StaleConnection();
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    closing = true;
                } else if (name.equalsIgnoreCase("Set-Cookie")) {
                    String pair = value.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    String cookie = pair.substring(0, eq).trim();
                    String cookieValue = pair.substring(eq + 1).trim();
                    if (cookieValue.isEmpty() || value.toLowerCase().contains("max-age=0")) {
                        cookies.remove(cookie);
                    } else {
                        cookies.put(cookie, cookieValue);
                    }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    copy(size, body);
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
            } else if (length >= 0) {
                copy(length, body);
            } else {
                in.transferTo(body);
                closing = true;
            }
            if (closing) {
                close();
            }
            return new Response(status, body.toString(StandardCharsets.UTF_8));
        }

        private void copy(long n, ByteArrayOutputStream to) throws IOException {
            byte[] buffer = new byte[8192];
            for (long left = n; left > 0; ) {
                int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (r < 0) {
                    throw new IOException("answer cut short");
                }
                to.write(buffer, 0, r);
                left -= r;
            }
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
                }
                line.write(b);
            }
            return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
        }

        private void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException e) {
                // done with it
            }
            socket = null;
        }
    }

    /** The connection was closed before a byte of the answer came. */
    static final class StaleConnection extends IOException {
        StaleConnection() {
            super("connection closed before an answer");
        }
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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
