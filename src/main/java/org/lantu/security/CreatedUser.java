package org.lantu.security;

import org.jspecify.annotations.Nullable;

/**
 * A user just created.
 *
 * @param generatedPassword the password Lantu chose, when none was given: shown once, stored only hashed
 */
public record CreatedUser(UserSummary user, @Nullable String generatedPassword) {

    @Override
    public String toString() {
        return "CreatedUser[user=" + user + ", generatedPassword=" + (generatedPassword != null ? "…" : null) + "]";
    }
}
