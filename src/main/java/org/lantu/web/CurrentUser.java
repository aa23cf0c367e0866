package org.lantu.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;

/** Who is acting: the logged-in user once security is in place, {@code anonymous} until then. */
final class CurrentUser {

    static final String ANONYMOUS = "anonymous";

    private CurrentUser() {}

    static String name(@Nullable Principal principal) {
        if (principal == null
                || principal.getName() == null
                || principal.getName().isBlank()) {
            return ANONYMOUS;
        }
        return principal.getName();
    }
}
