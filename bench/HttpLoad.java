import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded HTTP load on loopback: N clients, each sending GETs in a loop until the total is reached;
 * prints p50/p90/p99/max latency and the status counts. JDK only, so it runs as a single-file program:
 *
 * <pre>java bench/HttpLoad.java URL CLIENTS REQUESTS ["Header: value"]</pre>
 *
 * {@code @FILE} instead of the URL takes the URLs from the file, one a line, used in turn (a mix of queries).
 *
 * The optional header carries the credentials: {@code "Authorization: Bearer lantu_…"} for the API,
 * {@code "Cookie: JSESSIONID=…"} for pages.
 *
 * <p>Each client is one thread with one kept-alive HTTP/1.1 connection, written and read with blocking
 * socket I/O. The load runs on the same two cores as the server, and the JDK's {@link HttpClient} (one
 * selector thread, futures per request) spent more CPU than the server it measured: at 32 clients it took
 * 75 % of a core against the server's 58 %. {@code HTTPLOAD_CLIENT=jdk} runs the old client, to compare.
 */
public class HttpLoad {

    public static void main(String[] args) throws Exception {
        List<URI> uris = new ArrayList<>();
        for (String u : args[0].startsWith("@")
                ? java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[0].substring(1)))
                : List.of(args[0])) {
            if (u.isBlank()) {
                continue;
            }
            URI uri = URI.create(u.strip());
            if (!"localhost".equals(uri.getHost()) && !uri.getHost().startsWith("127.")) {
                throw new IllegalArgumentException("loopback only: " + uri);
            }
            uris.add(uri);
        }
        String uri = args[0].startsWith("@") ? uris.size() + " URLs of " + args[0].substring(1) : args[0];
        int clients = Integer.parseInt(args[1]);
        int total = Integer.parseInt(args[2]);
        String[] header = args.length > 3 ? args[3].split(":\\s*", 2) : null;
        boolean jdk = "jdk".equals(System.getenv("HTTPLOAD_CLIENT"));
        // warm-up: as many requests again (at most 500), not measured
        run(jdk, uris, header, clients, Math.min(total, 500), null);
        long[] latencies = new long[total];
        long start = System.nanoTime();
        int[] statuses = run(jdk, uris, header, clients, total, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(
                "%s  clients=%d requests=%d  %.0f req/s  p50=%.1f ms  p90=%.1f ms  p99=%.1f ms  max=%.1f ms  2xx=%d other=%d%s%n",
                uri, clients, total, total / seconds, pct(latencies, 0.50), pct(latencies, 0.90), pct(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6, statuses[0], statuses[1], jdk ? "  (JDK HttpClient)" : "");
    }

    private static int[] run(boolean jdk, List<URI> uris, String[] header, int clients, int total, long[] latencies)
            throws Exception {
        AtomicInteger left = new AtomicInteger(total);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        HttpClient http = jdk ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build() : null;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                Connection connection = null;
                try {
                    for (int n = left.getAndDecrement(); n > 0; n = left.getAndDecrement()) {
                        URI target = uris.get(n % uris.size());
                        long t = System.nanoTime();
                        int status;
                        try {
                            if (jdk) {
                                HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).GET();
                                if (header != null) {
                                    b.header(header[0], header[1]);
                                }
                                status = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                            } else {
                                if (connection == null) {
                                    connection = new Connection(target);
                                }
                                status = connection.get(target, header);
                                if (connection.closed) {
                                    connection.close();
                                    connection = null;
                                }
                            }
                        } catch (IOException e) {
                            status = -1;
                            if (connection != null) {
                                connection.close();
                                connection = null;
                            }
                        }
                        (status >= 200 && status < 300 ? ok : other).incrementAndGet();
                        if (latencies != null) {
                            latencies[n - 1] = System.nanoTime() - t;
                        }
                    }
                } finally {
                    if (connection != null) {
                        connection.close();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return new int[] {ok.get(), other.get()};
    }

    /** One kept-alive HTTP/1.1 connection: GET, then the whole answer read (Content-Length or chunked). */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        boolean closed;

        Connection(URI target) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        int get(URI target, String[] header) throws IOException {
            String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            StringBuilder request = new StringBuilder(256)
                    .append("GET ").append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(target.getHost()).append(':').append(target.getPort()).append("\r\n");
            if (header != null) {
                request.append(header[0]).append(": ").append(header[1]).append("\r\n");
            }
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("connection closed before an answer");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    closed = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                in.transferTo(OutputStream.nullOutputStream());
                closed = true;
            }
            return status;
        }

        private void skip(long n) throws IOException {
            for (long left = n; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("answer cut short");
                    }
                    skipped = 1;
                }
                left -= skipped;
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

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection that is done with
            }
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
