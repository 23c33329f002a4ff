package se.delbart.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex} in the readiness group: OUT_OF_SERVICE while the index does not yet agree with the catalogue
 * after a start ({@link IndexReadiness}), so that a proxy or orchestrator sends no traffic to an instance whose search
 * would answer from an empty or outdated index. Liveness does not include it.
 */
@Component("searchIndex")
class SearchIndexHealth implements HealthIndicator {

    private final SearchIndexMaintenance maintenance;

    SearchIndexHealth(SearchIndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public Health health() {
        IndexReadiness readiness = maintenance.readiness();
        Health.Builder health = readiness.serves() ? Health.up() : Health.outOfService();
        return health.withDetail("state", readiness.state().name()).withDetail("detail", readiness.detail()).build();
    }
}
