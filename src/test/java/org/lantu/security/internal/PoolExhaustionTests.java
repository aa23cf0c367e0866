package org.lantu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lantu.store.DatabaseHealth;
import org.lantu.web.TestStore;
import org.lantu.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pool with every connection lent out is busy, not down: 503 {@code busy} with {@code Retry-After}, while
 * the database answers (the probe's own connection); once a connection is free the same request succeeds.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.hikari.maximum-pool-size=2",
            "spring.datasource.hikari.minimum-idle=2",
            "spring.datasource.hikari.connection-timeout=250"
        })
class PoolExhaustionTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "pool-exhaustion");
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    DatabaseHealth health;

    private WebClient.Page plans() {
        WebClient client = new WebClient(port);
        String basic = Base64.getEncoder()
                .encodeToString(("admin:" + TestStore.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(client.uri("/api/plans"))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .GET());
    }

    @Test
    void anExhaustedPoolAnswersBusyWithRetryAfterAndNotThatTheDatabaseIsDown() throws Exception {
        assertThat(plans().status()).isEqualTo(200);
        try (Connection a = dataSource.getConnection();
                Connection b = dataSource.getConnection()) {
            assertThat(a.isValid(1) && b.isValid(1)).isTrue();
            assertThat(health.pool().exhausted()).isTrue();
            assertThat(health.reachable()).isTrue();
            WebClient.Page busy = plans();
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.header("Retry-After")).isEqualTo("2");
            JsonNode body = JsonMapper.builder().build().readTree(busy.body());
            assertThat(body.get("error").asString()).isEqualTo("busy");
            assertThat(body.get("detail").asString()).isEqualTo(RequestIds.BUSY_DETAIL);
            assertThat(body.get("request_id").asString()).isEqualTo(busy.header("X-Request-Id"));
        }
        assertThat(plans().status()).isEqualTo(200);
    }
}
