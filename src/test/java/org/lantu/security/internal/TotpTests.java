package org.lantu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 6238, appendix B: the SHA-1 vectors (8 digits), and the 6-digit codes apps show. */
class TotpTests {

    private static final byte[] KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRfcVectors() {
        assertThat(Totp.code(KEY, Totp.step(59), 8)).isEqualTo("94287082");
        assertThat(Totp.code(KEY, Totp.step(1111111109), 8)).isEqualTo("07081804");
        assertThat(Totp.code(KEY, Totp.step(1111111111), 8)).isEqualTo("14050471");
        assertThat(Totp.code(KEY, Totp.step(1234567890), 8)).isEqualTo("89005924");
        assertThat(Totp.code(KEY, Totp.step(2000000000), 8)).isEqualTo("69279037");
        assertThat(Totp.code(KEY, Totp.step(20000000000L), 8)).isEqualTo("65353130");
    }

    @Test
    void aCodeMatchesItsStepAndItsNeighboursOnly() {
        String secret = Totp.base32(KEY);
        assertThat(Totp.base32Decode(secret)).isEqualTo(KEY);
        long now = Totp.step(1111111109);
        String code = Totp.code(KEY, now, 6);
        assertThat(code).isEqualTo("081804");
        assertThat(Totp.matchingStep(secret, code, now)).isEqualTo(now);
        assertThat(Totp.matchingStep(secret, code, now + 1)).isEqualTo(now);
        assertThat(Totp.matchingStep(secret, code, now + 2)).isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, "12345", now)).isEqualTo(-1);
        assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.uri("Lantu", "admin", secret)).startsWith("otpauth://totp/Lantu%3Aadmin?secret=" + secret);
    }
}
