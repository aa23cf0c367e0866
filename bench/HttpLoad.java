import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
 */
public class HttpLoad {

    public static void main(String[] args) throws Exception {
        List<URI> uris = new ArrayList<>();
        for (String u : args[0].startsWith("@")
                ? java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[0].substring(1)))
                : List.of(args[0])) {
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
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // warm-up: as many requests again, not measured
        run(http, uris, header, clients, Math.min(total, 500), null);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        int[] statuses = run(http, uris, header, clients, total, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "%s  clients=%d requests=%d  %.0f req/s  p50=%.1f ms  p90=%.1f ms  p99=%.1f ms  max=%.1f ms  2xx=%d other=%d%n",
                uri, clients, total, total / seconds, pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6, statuses[0], statuses[1]);
    }

    private static int[] run(HttpClient http, List<URI> uris, String[] header, int clients, int total, List<Long> latencies)
            throws Exception {
        AtomicInteger left = new AtomicInteger(total);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int n = left.getAndDecrement(); n > 0; n = left.getAndDecrement()) {
                    HttpRequest.Builder b = HttpRequest.newBuilder(uris.get(n % uris.size())).timeout(Duration.ofSeconds(30)).GET();
                    if (header != null) {
                        b.header(header[0], header[1]);
                    }
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                        (r.statusCode() < 300 ? ok : other).incrementAndGet();
                    } catch (Exception e) {
                        other.incrementAndGet();
                    }
                    if (latencies != null) {
                        latencies.add(System.nanoTime() - t);
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

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
