package se.delbart.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.delbart.shared.ExclusiveJobs;

/**
 * Resubmits event publications that did not complete (e.g. the search engine was unavailable), periodically;
 * on restart Spring Modulith republishes outstanding ones itself
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). With several instances on one database
 * the repair runs on one of them at a time ({@link ExclusiveJobs}, lock {@value #LOCK}).
 */
@Component
class IndexRepair {

    static final String LOCK = "search-index-repair";
    private static final Logger log = LoggerFactory.getLogger(IndexRepair.class);

    private final IncompleteEventPublications incomplete;
    private final FailedEventPublications failed;
    private final SearchProperties properties;
    private final ExclusiveJobs lock;
    private final Counter runs;
    private final Counter skipped;

    IndexRepair(IncompleteEventPublications incomplete, FailedEventPublications failed, SearchProperties properties,
            ExclusiveJobs lock, MeterRegistry meters) {
        this.incomplete = incomplete;
        this.failed = failed;
        this.properties = properties;
        this.lock = lock;
        this.runs = Counter.builder("delbart.scheduled.runs").tag("job", LOCK)
                .description("Runs of a scheduled job on this instance").register(meters);
        this.skipped = Counter.builder("delbart.scheduled.skipped").tag("job", LOCK)
                .description("Scheduled runs skipped because another instance held the job's lock").register(meters);
    }

    @Scheduled(fixedDelayString = "${delbart.search.repair-interval:PT30S}",
            initialDelayString = "${delbart.search.repair-interval:PT30S}")
    void resubmit() {
        try {
            // held at least 90% of an interval: instances whose schedules drift apart still run it once per interval
            Duration atLeast = properties.repairInterval().multipliedBy(9).dividedBy(10);
            boolean ran = lock.runExclusively(LOCK, Duration.ofMinutes(10).plus(atLeast), atLeast, this::resubmitNow);
            (ran ? runs : skipped).increment();
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete search index events failed; will try again: {}", e.getMessage());
        }
    }

    private void resubmitNow() {
        Duration minAge = properties.repairMinAge();
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
        incomplete.resubmitIncompletePublicationsOlderThan(minAge);
    }
}
