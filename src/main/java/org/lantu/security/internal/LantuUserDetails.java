package org.lantu.security.internal;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantu.security.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A stored user as Spring Security's principal; its password hash is erased after authentication. */
public final class LantuUserDetails implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final CurrentUser user;
    private final boolean enabled;

    @Nullable
    private String passwordHash;

    public LantuUserDetails(long id, CurrentUser user, @Nullable String passwordHash, boolean enabled) {
        this.id = id;
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public long id() {
        return id;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof LantuUserDetails other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "LantuUserDetails[" + user + "]";
    }
}
