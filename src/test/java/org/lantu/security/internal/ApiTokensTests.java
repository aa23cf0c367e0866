package org.lantu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantu.security.Role;
import org.lantu.web.TestStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A live token is remembered for the check interval: within it the store is not read (a revocation made
 * straight in the store, as another instance's would be, is not seen yet), after it the token is read again;
 * a revocation through this instance ends it at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ApiTokensTests {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestStore.register(registry, "api-tokens");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserStore users;

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private long userId;

    @BeforeEach
    void user() {
        users.insert("token-holder", "{noop}unused", Role.ADMIN, null, List.of(), null);
        userId = users.byUsername("token-holder").orElseThrow().id();
    }

    private ApiTokens tokens(Duration check) {
        return new ApiTokens(jdbc, check, clock::get);
    }

    private void revokeInTheStore(long tokenId) {
        jdbc.sql("update security.api_tokens set revoked_at = now() where id = ?")
                .param(tokenId)
                .update();
    }

    @Test
    void aTokenRevokedByAnotherInstanceIsRefusedOnceTheIntervalHasPassed() {
        ApiTokens tokens = tokens(Duration.ofSeconds(2));
        ApiTokens.Issued issued = tokens.issue(userId, "other node");
        assertThat(tokens.authenticate(issued.token()))
                .hasValueSatisfying(h -> assertThat(h.user().getUsername()).isEqualTo("token-holder"));

        revokeInTheStore(issued.id());
        clock.addAndGet(Duration.ofMillis(1_999).toNanos());
        assertThat(tokens.authenticate(issued.token()))
                .as("within the interval: not read")
                .isPresent();
        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(tokens.authenticate(issued.token()))
                .as("after it: read, and refused")
                .isEmpty();
        assertThat(tokens.authenticate(issued.token())).isEmpty();
    }

    @Test
    void aRevocationThroughThisInstanceEndsTheTokenAtOnce() {
        ApiTokens tokens = tokens(Duration.ofMinutes(10));
        ApiTokens.Issued kept = tokens.issue(userId, "kept");
        ApiTokens.Issued revoked = tokens.issue(userId, "revoked");
        assertThat(tokens.authenticate(kept.token())).isPresent();
        assertThat(tokens.authenticate(revoked.token())).isPresent();

        assertThat(tokens.revoke(userId, revoked.id())).isTrue();
        assertThat(tokens.authenticate(revoked.token())).isEmpty();
        assertThat(tokens.authenticate(kept.token())).isPresent();
    }

    @Test
    void withoutAnIntervalEveryUseReadsTheStore() {
        ApiTokens tokens = tokens(Duration.ZERO);
        ApiTokens.Issued issued = tokens.issue(userId, "unremembered");
        assertThat(tokens.authenticate(issued.token())).isPresent();
        revokeInTheStore(issued.id());
        assertThat(tokens.authenticate(issued.token())).isEmpty();
    }

    @Test
    void aTokenIsRecordedAsUsed() {
        ApiTokens tokens = tokens(Duration.ofSeconds(2));
        ApiTokens.Issued issued = tokens.issue(userId, "used");
        assertThat(tokens.list(userId))
                .filteredOn(t -> t.id() == issued.id())
                .singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNull());
        tokens.authenticate(issued.token());
        assertThat(tokens.list(userId))
                .filteredOn(t -> t.id() == issued.id())
                .singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
    }

    @Test
    void aMalformedOrUnknownTokenIsRefused() {
        ApiTokens tokens = tokens(Duration.ofSeconds(2));
        assertThat(tokens.authenticate("lantu_short")).isEmpty();
        assertThat(tokens.authenticate(ApiTokens.PREFIX + "A".repeat(43))).isEmpty();
    }
}
