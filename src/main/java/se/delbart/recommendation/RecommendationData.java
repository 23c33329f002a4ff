package se.delbart.recommendation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionChanged;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionChanged;
import se.delbart.catalog.SolutionPublished;
import se.delbart.catalog.SolutionWithdrawn;
import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.provider.ProviderOfferChanged;
import se.delbart.provider.ProviderOffers;
import se.delbart.provider.ServiceOffers;
import se.delbart.provider.ServiceProvider;

/**
 * What every ranking shares, kept in memory so a request never reads the whole catalogue or all adoptions: the
 * published solutions as {@link Candidate}s (grouped in a {@link CandidatePool}) and the adoptions aggregated as
 * {@link UsageStats}. Loaded on first use; kept current by this instance's catalogue and adoption events (applied
 * after commit, before the request that caused them returns), and reloaded from the database every
 * {@link #RELOAD} in the background, which picks up changes made through other instances. The derived pool and
 * statistics are rebuilt lazily, on the first ranking after a change.
 */
@Component
class RecommendationData {

    private static final Logger log = LoggerFactory.getLogger(RecommendationData.class);
    /** How often the whole state is read again (changes made by other instances show within this time). */
    static final Duration RELOAD = Duration.ofMinutes(5);
    /** The pool's recency groups are relative to its build time; rebuild at least daily. */
    static final Duration POOL_MAX_AGE = Duration.ofHours(24);
    static final Set<AdoptionStatus> ACTIVE = EnumSet.of(AdoptionStatus.PLANNING, AdoptionStatus.IMPLEMENTING,
            AdoptionStatus.IN_PRODUCTION);

    /** One consistent view for one ranking. */
    record Snapshot(CandidatePool pool, long catalogVersion, UsageStats usage, long usageVersion,
            CandidatePool adopted, Map<String, Municipality> municipalities) {

        Map<String, String> groups() {
            Map<String, String> groups = new HashMap<>();
            municipalities.values().forEach(m -> groups.put(m.kommunkod(), m.skrGroup().name()));
            return groups;
        }
    }

    private final SolutionCatalog catalog;
    private final AdoptionRegistry adoptions;
    private final Municipalities municipalities;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private final Map<UUID, Candidate> candidates = new HashMap<>();
    /** Adoption id → usage, oldest first; guarded by {@link #lock}. */
    private final Map<UUID, Usage> usages = new LinkedHashMap<>();
    private volatile Map<String, Municipality> register = Map.of();
    private boolean loaded;
    /** Events applied while a background reload read the database, replayed on its result. */
    private List<Runnable> duringReload;
    private final AtomicLong catalogVersion = new AtomicLong();
    private final AtomicLong usageVersion = new AtomicLong();
    private volatile Snapshot snapshot;
    private final ProviderOffers offers;

    RecommendationData(SolutionCatalog catalog, AdoptionRegistry adoptions, Municipalities municipalities,
            ProviderOffers offers, PlatformTransactionManager transactions, Clock clock) {
        this.catalog = catalog;
        this.offers = offers;
        this.adoptions = adoptions;
        this.municipalities = municipalities;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** The current snapshot, building what changed since the last one. */
    Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && s.catalogVersion() == catalogVersion.get() && s.usageVersion() == usageVersion.get()
                && Duration.between(s.pool().builtAt(), clock.instant()).compareTo(POOL_MAX_AGE) < 0) {
            return s;
        }
        synchronized (lock) {
            if (!loaded) {
                State state = read();
                install(state);
                loaded = true;
            }
            s = snapshot;
            Instant now = clock.instant();
            CandidatePool pool = s != null && s.catalogVersion() == catalogVersion.get()
                    && Duration.between(s.pool().builtAt(), now).compareTo(POOL_MAX_AGE) < 0 ? s.pool()
                            : new CandidatePool(candidates.values(), now);
            UsageStats usage = s != null && s.usageVersion() == usageVersion.get() ? s.usage()
                    : UsageStats.of(usages.values());
            CandidatePool adopted = s != null && s.pool() == pool && s.usage() == usage ? s.adopted()
                    : CandidateSelection.adoptedPool(pool, usage, now);
            snapshot = new Snapshot(pool, catalogVersion.get(), usage, usageVersion.get(), adopted, register);
            return snapshot;
        }
    }

    long catalogVersion() {
        return catalogVersion.get();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SolutionPublished event) {
        refresh(event.solutionId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SolutionChanged event) {
        refresh(event.solutionId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SolutionWithdrawn event) {
        refresh(event.solutionId());
    }

    /** Who hosts and supports a solution is part of its candidate (feasibility for low-capacity municipalities). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ProviderOfferChanged event) {
        refresh(event.solutionId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AdoptionChanged event) {
        Usage usage = new Usage(event.solutionId(), event.municipalityCode(),
                event.status() == AdoptionStatus.IN_PRODUCTION, ACTIVE.contains(event.status()), event.status());
        apply(() -> usages.put(event.adoptionId(), usage));
        usageVersion.incrementAndGet();
    }

    private void refresh(UUID solutionId) {
        synchronized (lock) {
            if (!loaded) {
                return; // the first load reads it
            }
        }
        Candidate candidate = readOnly.execute(tx -> catalog.findPublished(solutionId)
                .map(s -> Recommender.candidate(s, register.get(s.publisherCode())))
                .map(c -> withProviders(Map.of(c.id(), c)).get(c.id())).orElse(null));
        apply(() -> {
            if (candidate == null) {
                candidates.remove(solutionId);
            } else {
                candidates.put(solutionId, candidate);
            }
        });
        catalogVersion.incrementAndGet();
    }

    private void apply(Runnable change) {
        synchronized (lock) {
            if (!loaded) {
                return;
            }
            change.run();
            if (duringReload != null) {
                duringReload.add(change);
            }
        }
    }

    /** Reads everything again (changes made through other instances), without blocking rankings meanwhile. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void reload() {
        synchronized (lock) {
            if (!loaded || duringReload != null) {
                return;
            }
            duringReload = new ArrayList<>();
        }
        try {
            State state = read();
            synchronized (lock) {
                install(state);
                duringReload.forEach(Runnable::run);
            }
            catalogVersion.incrementAndGet();
            usageVersion.incrementAndGet();
        } catch (RuntimeException e) {
            log.warn("Reloading recommendation data failed; keeping the previous state: {}", e.getMessage());
        } finally {
            synchronized (lock) {
                duringReload = null;
            }
        }
    }

    /** The candidates with the organisations that host and support them for other municipalities, in one query. */
    private Map<UUID, Candidate> withProviders(Map<UUID, Candidate> candidates) {
        Map<UUID, ServiceOffers> services = offers.confirmedServiceOffers(candidates.keySet());
        Map<UUID, Candidate> result = new HashMap<>();
        candidates.forEach((id, c) -> {
            ServiceOffers s = services.get(id);
            List<String> names = s == null ? List.of() : s.hostingAndSupportForEveryMunicipality().stream()
                    .map(ServiceProvider::name).toList();
            result.put(id, names.isEmpty() ? c : c.withServiceProviders(names));
        });
        return result;
    }

    private record State(Map<String, Municipality> register, Map<UUID, Candidate> candidates,
            Map<UUID, Usage> usages) {
    }

    private State read() {
        long started = System.nanoTime();
        State state = readOnly.execute(tx -> {
            Map<String, Municipality> all = new LinkedHashMap<>();
            municipalities.findAllByOrderByNameAsc().forEach(m -> all.put(m.kommunkod(), m));
            Map<UUID, Candidate> published = new HashMap<>();
            int page = 0;
            Page<Solution> solutions;
            do {
                solutions = catalog.publishedPage(page++, 500);
                for (Solution s : solutions) {
                    published.put(s.id(), Recommender.candidate(s, all.get(s.publisherCode())));
                }
            } while (solutions.hasNext());
            published = withProviders(published);
            Map<UUID, Usage> used = new LinkedHashMap<>();
            for (Adoption a : adoptions.all()) {
                used.put(a.id(), new Usage(a.solutionId(), a.municipalityCode(),
                        a.status() == AdoptionStatus.IN_PRODUCTION, ACTIVE.contains(a.status()), a.status()));
            }
            return new State(Map.copyOf(all), published, used);
        });
        log.info("Recommendation data read: {} published solutions, {} adoptions in {} ms", state.candidates().size(),
                state.usages().size(), (System.nanoTime() - started) / 1_000_000);
        return state;
    }

    private void install(State state) {
        register = state.register();
        candidates.clear();
        candidates.putAll(state.candidates());
        usages.clear();
        usages.putAll(state.usages());
    }
}
