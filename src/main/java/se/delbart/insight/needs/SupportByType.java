package se.delbart.insight.needs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.AdoptionRecord;
import se.delbart.adoption.AdoptionStatistics;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.adoption.Experience;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Effort;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;

/** Gathers adoptions, reports, needs and searches for {@link TypeSupportAnalysis}. */
@Service
@Transactional(readOnly = true)
public class SupportByType {

    static final int PAGE = 100;

    private final MunicipalityDirectory directory;
    private final AdoptionStatistics adoptions;
    private final SolutionCatalog catalog;
    private final UnmetNeeds needs;

    SupportByType(MunicipalityDirectory directory, AdoptionStatistics adoptions, SolutionCatalog catalog,
            UnmetNeeds needs) {
        this.directory = directory;
        this.adoptions = adoptions;
        this.catalog = catalog;
        this.needs = needs;
    }

    public TypeSupportAnalysis.Report report() {
        return TypeSupportAnalysis.analyse(directory.all(), adoptionFacts(publishedSolutions()), needs.signals());
    }

    /**
     * Domain code → municipalities with experience in it: they publish a published solution in that domain or adopt
     * one (not discontinued). Reads the published catalogue once.
     */
    public Map<String, Set<String>> experienceByDomain() {
        Map<UUID, Published> published = publishedSolutions();
        Map<String, Set<String>> experience = new HashMap<>();
        for (Published s : published.values()) {
            s.details().domains().forEach(d -> experience.computeIfAbsent(d.code(), k -> new TreeSet<>())
                    .add(s.publisherCode()));
        }
        for (TypeSupportAnalysis.AdoptionFact a : adoptionFacts(published)) {
            a.domains().forEach(d -> experience.computeIfAbsent(d, k -> new TreeSet<>()).add(a.kommunkod()));
        }
        return experience;
    }

    /** Adoptions (not discontinued) of the given published solutions, each with its current report. */
    private List<TypeSupportAnalysis.AdoptionFact> adoptionFacts(Map<UUID, Published> published) {
        List<TypeSupportAnalysis.AdoptionFact> facts = new ArrayList<>();
        // every adoption with its current report in a fixed number of queries (not one report query per adoption)
        for (AdoptionRecord a : adoptions.records()) {
            Published solution = published.get(a.solutionId());
            if (solution == null || a.status() == AdoptionStatus.DISCONTINUED) {
                continue;
            }
            SolutionDetails s = solution.details();
            Effort effort = s.effort();
            Experience e = a.report();
            TypeSupportAnalysis.ReportFact report = null;
            if (e != null) {
                Integer statedMin = effort == null || effort.implementationDays() == null ? null
                        : effort.implementationDays().min();
                Integer statedMax = effort == null || effort.implementationDays() == null ? null
                        : effort.implementationDays().max();
                report = new TypeSupportAnalysis.ReportFact(e.operationalRating(), e.citizenRating(), e.supportRating(),
                        Boolean.TRUE.equals(e.wouldRecommend()), e.implementationDays(), statedMin, statedMax);
            }
            facts.add(new TypeSupportAnalysis.AdoptionFact(a.municipalityCode(),
                    s.domains().stream().map(Domain::code).collect(Collectors.toSet()), s.origin(),
                    effort == null ? null : effort.level(), report));
        }
        return facts;
    }

    /** A published solution as read here: its publisher and details (read once per solution). */
    private record Published(String publisherCode, SolutionDetails details) {
    }

    /** Published solutions by id, a page of {@value #PAGE} per query. */
    private Map<UUID, Published> publishedSolutions() {
        Map<UUID, Published> byId = new LinkedHashMap<>();
        for (int page = 0;; page++) {
            var solutions = catalog.publishedPage(page, PAGE);
            for (Solution s : solutions) {
                byId.put(s.id(), new Published(s.publisherCode(), s.details()));
            }
            if (!solutions.hasNext()) {
                return byId;
            }
        }
    }
}
