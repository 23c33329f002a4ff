package se.delbart.insight.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.profile.Need;
import se.delbart.profile.Profiles;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchResult;
import se.delbart.search.SolutionSearch;

/**
 * The analysts' unmet needs: declared needs that no published solution answers and the unanswered searches still
 * kept, grouped by domain and by terms; beside them the needs that are answered (a published solution matches) or met
 * (the municipality implements or runs one),
 * each group with the ideal types and SKR groups of the municipalities in it, shown only from {@link UnmetNeedsAnalysis#K}
 * municipalities on.
 */
@Service
@Transactional(readOnly = true)
public class UnmetNeeds {

    /**
     * What the page, API and CSV show. {@code byDomain} and {@code byTerms} are the unmet needs and the unanswered
     * searches; {@code answeredByTerms} needs that a published solution answers, {@code metByTerms} needs whose
     * municipality has adopted such a solution (all with the k rule); {@code needs} counts declared needs per status.
     * {@code searchesSince} is the first day of unanswered searches counted.
     */
    public record Report(List<NeedGroup> byDomain, List<NeedGroup> byTerms, int k, LocalDate searchesSince,
            List<NeedGroup> answeredByTerms, List<NeedGroup> metByTerms, Map<NeedStatus, Integer> needs) {
    }

    /**
     * A declared need is MET when its municipality implements or runs a published solution that a search for the
     * need's text finds, ANSWERED when such a solution exists but the municipality does not (yet) use it, else UNMET.
     */
    public enum NeedStatus {
        MET, ANSWERED, UNMET
    }

    /** Adoptions that meet a need: the municipality implements or runs the solution. */
    private static final Set<AdoptionStatus> MEETS = Set.of(AdoptionStatus.IMPLEMENTING, AdoptionStatus.IN_PRODUCTION);

    private final Profiles profiles;
    private final UnansweredSearchLog searches;
    private final MunicipalityDirectory directory;
    private final SolutionSearch search;
    private final AdoptionRegistry adoptions;

    UnmetNeeds(Profiles profiles, UnansweredSearchLog searches, MunicipalityDirectory directory, SolutionSearch search,
            AdoptionRegistry adoptions) {
        this.profiles = profiles;
        this.searches = searches;
        this.directory = directory;
        this.search = search;
        this.adoptions = adoptions;
    }

    public Report report() {
        Map<String, MunicipalityFacts> facts = directory.all();
        Map<NeedStatus, List<Signal>> needs = classified(declaredNeeds());
        List<Signal> unmet = new ArrayList<>(needs.get(NeedStatus.UNMET));
        unmet.addAll(unansweredSearches());
        Map<NeedStatus, Integer> counts = new EnumMap<>(NeedStatus.class);
        needs.forEach((status, list) -> counts.put(status, list.size()));
        return new Report(UnmetNeedsAnalysis.byDomain(unmet, facts), UnmetNeedsAnalysis.byTerms(unmet, facts),
                UnmetNeedsAnalysis.K, searches.oldestKept(),
                UnmetNeedsAnalysis.byTerms(needs.get(NeedStatus.ANSWERED), facts),
                UnmetNeedsAnalysis.byTerms(needs.get(NeedStatus.MET), facts), counts);
    }

    /** Each need's status; one search per distinct need text, one adoption lookup per municipality. */
    Map<NeedStatus, List<Signal>> classified(List<Signal> needs) {
        Map<NeedStatus, List<Signal>> classified = new EnumMap<>(NeedStatus.class);
        for (NeedStatus status : NeedStatus.values()) {
            classified.put(status, new ArrayList<>());
        }
        Map<String, Set<UUID>> answering = new HashMap<>();
        Map<String, Set<UUID>> adopted = new HashMap<>();
        for (Signal need : needs) {
            Set<UUID> solutions = answering.computeIfAbsent(need.text().toLowerCase(java.util.Locale.ROOT),
                    text -> search.search(SearchQuery.of(need.text()).withMostWords()).hits().stream()
                            .map(SearchResult.Hit::id)
                            .collect(java.util.stream.Collectors.toSet()));
            Set<UUID> own = adopted.computeIfAbsent(need.kommunkod(), kod -> adoptions.forMunicipality(kod).stream()
                    .filter(a -> MEETS.contains(a.status())).map(Adoption::solutionId)
                    .collect(java.util.stream.Collectors.toSet()));
            NeedStatus status = solutions.isEmpty() ? NeedStatus.UNMET
                    : solutions.stream().anyMatch(own::contains) ? NeedStatus.MET : NeedStatus.ANSWERED;
            classified.get(status).add(need);
        }
        return classified;
    }

    private List<Signal> unansweredSearches() {
        List<Signal> signals = new ArrayList<>();
        for (UnansweredSearchLog.Entry e : searches.since(searches.oldestKept())) {
            signals.add(new Signal(Signal.Source.SEARCH, e.kommunkod(), e.text(),
                    e.domain() == null ? Set.of() : Set.of(e.domain()), e.day()));
        }
        return signals;
    }

    /** Declared needs, then unanswered searches (a search's domain filter is its domain). */
    public List<Signal> signals() {
        List<Signal> signals = new ArrayList<>(declaredNeeds());
        signals.addAll(unansweredSearches());
        return signals;
    }

    /** Every declared need, private municipalities' too: counted only in the anonymous groups of k or more. */
    List<Signal> declaredNeeds() {
        return signals(profiles.allNeeds());
    }

    /**
     * Declared needs of municipalities that do not keep their profile private: what clusters are built from, since a
     * proposal names its members (a search never names a municipality in a proposal).
     */
    public List<Signal> namedNeeds() {
        return signals(profiles.allNeedsNotPrivate());
    }

    private static List<Signal> signals(List<Need> needs) {
        List<Signal> signals = new ArrayList<>();
        for (Need need : needs) {
            signals.add(new Signal(Signal.Source.NEED, need.kommunkod(), need.text(), need.domains()));
        }
        return signals;
    }
}
