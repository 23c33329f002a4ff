package se.delbart.insight.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.profile.Need;
import se.delbart.profile.Profiles;

/**
 * The analysts' unmet needs: declared needs and the unanswered searches still kept, grouped by domain and by terms,
 * each group with the ideal types and SKR groups of the municipalities in it, shown only from {@link UnmetNeedsAnalysis#K}
 * municipalities on.
 */
@Service
@Transactional(readOnly = true)
public class UnmetNeeds {

    /** What the page, API and CSV show; {@code searchesSince} is the first day of unanswered searches counted. */
    public record Report(List<NeedGroup> byDomain, List<NeedGroup> byTerms, int k, LocalDate searchesSince) {
    }

    private final Profiles profiles;
    private final UnansweredSearchLog searches;
    private final MunicipalityDirectory directory;

    UnmetNeeds(Profiles profiles, UnansweredSearchLog searches, MunicipalityDirectory directory) {
        this.profiles = profiles;
        this.searches = searches;
        this.directory = directory;
    }

    public Report report() {
        Map<String, MunicipalityFacts> facts = directory.all();
        List<Signal> signals = signals();
        return new Report(UnmetNeedsAnalysis.byDomain(signals, facts), UnmetNeedsAnalysis.byTerms(signals, facts),
                UnmetNeedsAnalysis.K, searches.oldestKept());
    }

    /** Declared needs, then unanswered searches (a search's domain filter is its domain). */
    public List<Signal> signals() {
        List<Signal> signals = new ArrayList<>(declaredNeeds());
        for (UnansweredSearchLog.Entry e : searches.since(searches.oldestKept())) {
            signals.add(new Signal(Signal.Source.SEARCH, e.kommunkod(), e.text(),
                    e.domain() == null ? Set.of() : Set.of(e.domain()), e.day()));
        }
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
