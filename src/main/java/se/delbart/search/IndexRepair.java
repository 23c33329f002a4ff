package se.delbart.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits event publications that did not complete (e.g. the search engine was unavailable), periodically;
 * on restart Spring Modulith republishes outstanding ones itself
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class IndexRepair {

    private static final Logger log = LoggerFactory.getLogger(IndexRepair.class);

    private final IncompleteEventPublications incomplete;
    private final FailedEventPublications failed;
    private final SearchProperties properties;

    IndexRepair(IncompleteEventPublications incomplete, FailedEventPublications failed, SearchProperties properties) {
        this.incomplete = incomplete;
        this.failed = failed;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${delbart.search.repair-interval:PT30S}",
            initialDelayString = "${delbart.search.repair-interval:PT30S}")
    void resubmit() {
        Duration minAge = properties.repairMinAge();
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
            incomplete.resubmitIncompletePublicationsOlderThan(minAge);
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete search index events failed; will try again: {}", e.getMessage());
        }
    }
}
