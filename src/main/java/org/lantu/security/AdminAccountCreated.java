package org.lantu.security;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The first start created the {@code admin} user. The command line prints a generated password once;
 * nothing logs it (its {@code toString} hides it).
 *
 * @param generatedPassword the password Lantu chose; null when it came from {@code LANTU_ADMIN_PASSWORD}
 * @param passwordFile where the generated password was written (owner-only), null if it could not be
 */
public record AdminAccountCreated(
        String username,
        @Nullable String generatedPassword,
        @Nullable Path passwordFile) {

    @Override
    public String toString() {
        return "AdminAccountCreated[username=" + username + ", generatedPassword="
                + (generatedPassword != null ? "…" : null) + ", passwordFile=" + passwordFile + "]";
    }
}
