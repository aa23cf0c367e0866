package org.lantu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Messages with arguments formatted by a copy of the cached format: the same text, no shared monitor. */
class UnsharedMessageFormatsTests {

    private static UnsharedMessageFormats source() {
        UnsharedMessageFormats source = new UnsharedMessageFormats();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void eachCallFormatsWithItsOwnCopy() {
        UnsharedMessageFormats source = source();
        assertThat(source.resolveCode("plan.versionOf", Locale.SIMPLIFIED_CHINESE))
                .isNotSameAs(source.resolveCode("plan.versionOf", Locale.SIMPLIFIED_CHINESE));
        assertThat(source.resolveCode("no.such.key", Locale.SIMPLIFIED_CHINESE)).isNull();
    }

    @Test
    void messagesReadAsBefore() {
        UnsharedMessageFormats source = source();
        assertThat(source.getMessage("plan.versionOf", new Object[] {2, 3}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("第 2 版（共 3 版）");
        assertThat(source.getMessage("plan.versionOf", new Object[] {2, 3}, Locale.ENGLISH))
                .isEqualTo("version 2 of 3");
        assertThat(source.getMessage("mon.heading", new Object[] {2024}, Locale.ENGLISH))
                .isEqualTo("Monitoring and evaluation (2024)");
    }

    @Test
    void manyThreadsFormatTheSameMessageAlike() throws Exception {
        UnsharedMessageFormats source = source();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    String m = source.getMessage(
                            "mon.heading", new Object[] {2000 + (i + thread) % 30}, Locale.SIMPLIFIED_CHINESE);
                    if (!m.equals("监测评估（" + (2000 + (i + thread) % 30) + " 年）")) {
                        return false;
                    }
                }
                return true;
            }));
        }
        for (Future<Boolean> f : done) {
            assertThat(f.get()).isTrue();
        }
        pool.shutdown();
    }
}
