package se.delbart.portfolio;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The per-municipality permission to assess at municipality level and decide, granted by an administrator. */
@Entity
@Table(name = "portfolio_manager")
class PortfolioManager {

    @EmbeddedId
    private Key key;

    @Column(name = "granted_by")
    private String grantedBy;

    @Column(name = "granted_at")
    private Instant grantedAt;

    protected PortfolioManager() {
    }

    PortfolioManager(String kommunkod, String username, String grantedBy, Instant grantedAt) {
        this.key = new Key(kommunkod, username);
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    @Embeddable
    record Key(String kommunkod, String username) implements Serializable {
    }

    String username() {
        return key.username();
    }

    String kommunkod() {
        return key.kommunkod();
    }

    Instant grantedAt() {
        return grantedAt;
    }

    String grantedBy() {
        return grantedBy;
    }
}
