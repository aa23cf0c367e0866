package org.lantu.security.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal API token. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final LantuUserDetails user;
    private final long tokenId;

    ApiTokenAuthentication(LantuUserDetails user, long tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        user.eraseCredentials();
        setAuthenticated(true);
    }

    public long tokenId() {
        return tokenId;
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public LantuUserDetails getPrincipal() {
        return user;
    }
}
