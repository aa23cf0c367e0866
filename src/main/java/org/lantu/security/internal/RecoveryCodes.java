package org.lantu.security.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery codes of the second factor ({@code security.user_recovery_code}, V9): {@value #COUNT} codes made
 * at TOTP enrolment and shown once, for a lost authenticator. Each is 24 Base32 characters (120 random
 * bits), shown in groups of four; only its SHA-256 is stored, and each serves once.
 */
@Repository
class RecoveryCodes {

    static final int COUNT = 10;
    private static final int LENGTH = 24;
    private static final Pattern FORMAT = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    RecoveryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** New codes for an enrolled user, replacing any earlier ones: the only time they are seen. */
    @Transactional
    List<String> issue(long userId) {
        jdbc.sql("delete from security.user_recovery_code where user_id = ?")
                .param(userId)
                .update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            byte[] bytes = new byte[LENGTH * 5 / 8];
            RANDOM.nextBytes(bytes);
            String code = Totp.base32(bytes);
            jdbc.sql("insert into security.user_recovery_code (user_id, code_hash) values (?, ?)")
                    .params(userId, ApiTokens.hash(code))
                    .update();
            codes.add(String.join("-", code.split("(?<=\\G.{4})")));
        }
        return codes;
    }

    /** Uses one of the user's codes (as typed: case, spaces and dashes do not matter); false when none fits. */
    boolean use(long userId, String typed) {
        String code = normalise(typed);
        if (!FORMAT.matcher(code).matches()) {
            return false;
        }
        return jdbc.sql("""
                                update security.user_recovery_code set used_at = now()
                                where user_id = ? and code_hash = ? and used_at is null""").params(userId, ApiTokens.hash(code)).update() == 1;
    }

    /** How many unused codes the user has. */
    int remaining(long userId) {
        return jdbc.sql("select count(*)::int from security.user_recovery_code where user_id = ? and used_at is null")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
