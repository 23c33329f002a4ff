package se.delbart.insight.needs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return TypeSupportAnalysis.analyse(directory.all(), adoptionFacts(), needs.signals());
    }

    /**
     * Domain code → municipalities with experience in it: they publish a published solution in that domain or adopt
     * one (not discontinued).
     */
    public Map<String, java.util.Set<String>> experienceByDomain() {
        Map<String, java.util.Set<String>> experience = new HashMap<>();
        for (int page = 0;; page++) {
            var solutions = catalog.publishedPage(page, 100);
            for (Solution s : solutions) {
                s.details().domains().forEach(d -> experience.computeIfAbsent(d.code(), k -> new java.util.TreeSet<>())
                        .add(s.publisherCode()));
            }
            if (!solutions.hasNext()) {
                break;
            }
        }
        for (TypeSupportAnalysis.AdoptionFact a : adoptionFacts()) {
            a.domains().forEach(d -> experience.computeIfAbsent(d, k -> new java.util.TreeSet<>()).add(a.kommunkod()));
        }
        return experience;
    }

    List<TypeSupportAnalysis.AdoptionFact> adoptionFacts() {
        Map<UUID, SolutionDetails> published = publishedSolutions();
        List<TypeSupportAnalysis.AdoptionFact> facts = new ArrayList<>();
        // every adoption with its current report in a fixed number of queries (not one report query per adoption)
        for (AdoptionRecord a : adoptions.records()) {
            SolutionDetails s = published.get(a.solutionId());
            if (s == null || a.status() == AdoptionStatus.DISCONTINUED) {
                continue;
            }
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

    private Map<UUID, SolutionDetails> publishedSolutions() {
        Map<UUID, SolutionDetails> byId = new HashMap<>();
        for (int page = 0;; page++) {
            var solutions = catalog.publishedPage(page, 100);
            for (Solution s : solutions) {
                byId.put(s.id(), s.details());
            }
            if (!solutions.hasNext()) {
                return byId;
            }
        }
    }
}
