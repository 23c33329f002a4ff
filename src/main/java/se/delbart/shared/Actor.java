package se.delbart.shared;

import java.util.Objects;

/**
 * Who is acting, as the domain sees it: independent of Spring Security so that domain rules stay plain Java.
 * {@code municipalityCode} is the kommunkod of the account's municipality, or null for ADMIN and ANALYST.
 */
public record Actor(String username, Role role, String municipalityCode) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role.belongsToMunicipality() && municipalityCode == null) {
            throw new IllegalArgumentException(role + " must belong to a municipality");
        }
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean worksFor(String kommunkod) {
        return municipalityCode != null && municipalityCode.equals(kommunkod);
    }
}
