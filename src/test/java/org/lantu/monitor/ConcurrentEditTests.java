package org.lantu.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * Twenty editors of one observation at once (issue 8's fault test): every write is either applied with the
 * version it read or refused with 409; none is lost and none overwrites another silently.
 */
class ConcurrentEditTests extends MonitorTestSupport {

    private static final int EDITORS = 20;

    private long observation(int year) {
        Response created =
                csv("hjq-planner", "unit,indicator,year,value,source,note\n杭锦旗,每千人口医疗卫生机构床位数," + year + ",5,卫健委,\n");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return get("hjq-planner", "/api/observations?unit=杭锦旗&indicator=beds_per_1000&year=" + year)
                .json()
                .get(0)
                .get("id")
                .asLong();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void editsOfTheSameVersionAtOnceLetExactlyOneThrough() throws Exception {
        long id = observation(2021);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            String value = "6." + (10 + i);
            statuses.add(pool.submit(() -> {
                start.await();
                return json("hjq-planner", "PUT", "/api/observations/" + id, """
                                {"value": %s, "version": 1, "reason": "并发修改"}""".formatted(value))
                        .status();
            }));
        }
        start.countDown();
        List<Integer> got = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            got.add(f.get());
        }
        pool.shutdown();
        assertThat(got).containsOnly(200, 409);
        assertThat(got.stream().filter(s -> s == 200)).hasSize(1);
        JsonNode now = get("hjq-planner", "/api/observations/" + id).json();
        assertThat(now.get("version").asInt()).isEqualTo(2);
        assertThat(get("hjq-planner", "/api/observations/" + id + "/revisions").json())
                .hasSize(2);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void editorsWhoRetryOnConflictAllGetTheirWriteInOnce() throws Exception {
        long id = observation(2022);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            String value = "7." + (10 + i);
            attempts.add(pool.submit(() -> {
                start.await();
                for (int attempt = 1; ; attempt++) {
                    int version = get("hjq-planner", "/api/observations/" + id)
                            .json()
                            .get("version")
                            .asInt();
                    Response r = json("hjq-planner", "PUT", "/api/observations/" + id, """
                            {"value": %s, "version": %d, "reason": "并发修改"}""".formatted(value, version));
                    if (r.status() == 200) {
                        return attempt;
                    }
                    assertThat(r.status()).as(r.body()).isEqualTo(409);
                }
            }));
        }
        start.countDown();
        for (Future<Integer> f : attempts) {
            assertThat(f.get()).isPositive();
        }
        pool.shutdown();
        // the creation and one revision per editor: nothing lost, nothing doubled
        assertThat(get("hjq-planner", "/api/observations/" + id)
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(EDITORS + 1);
        JsonNode revisions =
                get("hjq-planner", "/api/observations/" + id + "/revisions").json();
        assertThat(revisions).hasSize(EDITORS + 1);
        List<String> values = new ArrayList<>();
        for (JsonNode r : revisions) {
            values.add(r.get("new_value").decimalValue().stripTrailingZeros().toPlainString());
        }
        for (int i = 0; i < EDITORS; i++) {
            assertThat(values)
                    .contains(new java.math.BigDecimal("7." + (10 + i))
                            .stripTrailingZeros()
                            .toPlainString());
        }
    }

    @Test
    void aDataFileOverTwentyMegabytesIsRefusedWhole() {
        StringBuilder csv = new StringBuilder("unit,indicator,year,value,source,note\n");
        String row = "杭锦旗,每千人口医疗卫生机构床位数,2019,5,卫健委,很长的备注很长的备注很长的备注很长的备注\n";
        int rowBytes = row.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        for (long size = 0; size < 21L * 1024 * 1024; size += rowBytes) {
            csv.append(row);
        }
        Response r = csv("hjq-planner", csv.toString());
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body()).contains("20 MB");
        assertThat(get("hjq-planner", "/api/observations?unit=杭锦旗&indicator=beds_per_1000&year=2019")
                        .json())
                .isEmpty();
    }
}
