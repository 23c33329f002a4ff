package se.delbart.search;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.provider.ProviderOffers;
import se.delbart.provider.ServiceOffers;
import se.delbart.catalog.Domain;
import se.delbart.catalog.MarkdownRenderer;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionDetails;
import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;

/** Maps a published solution and its publisher to what the index holds. */
@Component
class SolutionDocuments {

    private final Map<String, Municipality> municipalities;
    private final AdoptionRegistry adoptions;
    private final ProviderOffers offers;

    SolutionDocuments(Municipalities municipalities, AdoptionRegistry adoptions, ProviderOffers offers) {
        this.adoptions = adoptions;
        this.offers = offers;
        // 290 rows of reference data that never change at run time
        this.municipalities = municipalities.findAllByOrderByNameAsc().stream()
                .collect(Collectors.toUnmodifiableMap(Municipality::kommunkod, Function.identity()));
    }

    SolutionDocument of(Solution solution) {
        return of(solution, adoptions.inProduction(solution.id()),
                offers.confirmedServiceOffers(java.util.Set.of(solution.id())).get(solution.id()));
    }

    /** Documents for a page of solutions, with their adoption counts and offers read in one query each. */
    java.util.List<SolutionDocument> ofAll(java.util.List<Solution> solutions) {
        java.util.List<java.util.UUID> ids = solutions.stream().map(Solution::id).toList();
        Map<java.util.UUID, Long> counts = adoptions.inProduction(ids);
        Map<java.util.UUID, ServiceOffers> services = offers.confirmedServiceOffers(ids);
        return solutions.stream().map(s -> of(s, counts.getOrDefault(s.id(), 0L), services.get(s.id()))).toList();
    }

    private SolutionDocument of(Solution solution, long inProduction, ServiceOffers service) {
        SolutionDetails d = solution.details();
        Municipality publisher = municipalities.get(solution.publisherCode());
        String licence = d.licence();
        boolean openSource = licence != null && !"PROPRIETARY".equals(licence);
        return new SolutionDocument(solution.id(), d.name(), d.summary(), plainText(d.description()), d.problem(),
                d.features(), d.tags(), d.domains().stream().map(Domain::code).collect(Collectors.toSet()),
                d.solutionType().name(), d.status().name(),
                d.effort().level() == null ? null : d.effort().level().name(),
                d.fit().idealTypes().stream().map(f -> f.type().name()).collect(Collectors.toSet()),
                d.fit().competenceNeeded() == null ? null : d.fit().competenceNeeded().name(), d.origin().name(),
                solution.publisherCode(), publisher == null ? solution.publisherCode() : publisher.name(),
                publisher == null ? null : publisher.skrGroup().name(), publisher == null ? null : publisher.countyCode(),
                openSource, solution.publishedAt(), (int) Math.min(Integer.MAX_VALUE, inProduction),
                service != null && service.offeredAsService());
    }

    /** The description's text without Markdown syntax. */
    static String plainText(String markdown) {
        return markdown == null ? null : Jsoup.parse(MarkdownRenderer.toSafeHtml(markdown)).text();
    }
}
