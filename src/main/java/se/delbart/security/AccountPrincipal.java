package se.delbart.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * The logged-in account as Spring Security sees it, for sessions and tokens alike. Keeps plain fields (not the
 * entity) so that it can live in an HTTP session; {@link #actor()} is what the rest of the application gets.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    /** Fixed at the value of the version without {@link #sessionGeneration}, so that sessions stored before it load. */
    private static final long serialVersionUID = 1439065577234139223L;

    private final String username;
    private final Role role;
    private final String municipalityCode;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;
    /** {@code app_user.session_generation} at login; sessions stored before the field existed read 0, its start. */
    private long sessionGeneration;

    AccountPrincipal(String username, Role role, String municipalityCode, boolean enabled, boolean locked,
            String passwordHash) {
        this(username, role, municipalityCode, enabled, locked, passwordHash, 0);
    }

    AccountPrincipal(String username, Role role, String municipalityCode, boolean enabled, boolean locked,
            String passwordHash, long sessionGeneration) {
        this.sessionGeneration = sessionGeneration;
        this.username = username;
        this.role = role;
        this.municipalityCode = municipalityCode;
        this.enabled = enabled;
        this.locked = locked;
        this.passwordHash = passwordHash;
    }

    /** Never locked: waiting after failed logins depends on the client, and {@link LoginAttempts} decides it. */
    static AccountPrincipal of(UserAccount account) {
        Actor actor = account.actor();
        return new AccountPrincipal(actor.username(), actor.role(), actor.municipalityCode(), account.enabled(),
                false, account.passwordHash(), account.sessionGeneration());
    }

    long sessionGeneration() {
        return sessionGeneration;
    }

    Role role() {
        return role;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    Actor actor() {
        return new Actor(username, role, municipalityCode);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
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
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + ", " + role + "]";
    }
}
