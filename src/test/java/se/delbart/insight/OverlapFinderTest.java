package se.delbart.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.delbart.catalog.DayRange;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Origin;
import se.delbart.catalog.SolutionType;
import se.delbart.catalog.SupportModel;

/** Grouping on hand-built similarity fixtures: mutual links only, different publishers, a shared domain. */
class OverlapFinderTest {

    private final OverlapFinder finder = new OverlapFinder(0.5);
    private final Map<UUID, Map<UUID, Double>> similar = new HashMap<>();

    static UUID id(int n) {
        return UUID.fromString("00000000-0000-0000-0000-" + String.format("%012d", n));
    }

    static SolutionFacts facts(int n, String name, String publisher, SolutionType type, List<String> tags,
            DayRange implementation, Domain... domains) {
        return new SolutionFacts(id(n), name, "", publisher, "Kommun " + publisher, Set.of(domains), type,
                Origin.LOCAL, implementation, new DayRange(1, 2), null, null, SupportModel.PUBLISHER, tags,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private void link(SolutionFacts a, SolutionFacts b, double ab, double ba) {
        similar.computeIfAbsent(a.id(), k -> new HashMap<>()).put(b.id(), ab);
        similar.computeIfAbsent(b.id(), k -> new HashMap<>()).put(a.id(), ba);
    }

    final SolutionFacts ange = facts(1, "Skolskjutsansökan som e-tjänst", "2260", SolutionType.SOFTWARE,
            List.of("skolskjuts", "e-tjänst"), new DayRange(5, 10), Domain.UTBILDNING, Domain.MEDBORGARSERVICE);
    final SolutionFacts ornskoldsvik = facts(2, "E-tjänst för skolskjutsansökan", "2284", SolutionType.SOFTWARE,
            List.of("skolskjuts", "e-tjänst", "gis"), new DayRange(15, 30), Domain.UTBILDNING);
    final SolutionFacts timra = facts(3, "Kalkylmall för skolskjutsplanering", "2262", SolutionType.TEMPLATE,
            List.of("skolskjuts", "mall"), new DayRange(1, 3), Domain.UTBILDNING);
    final SolutionFacts trelleborg = facts(4, "Automatiserad handläggning av ekonomiskt bistånd", "1287",
            SolutionType.PROCESS, List.of("ekonomiskt bistånd", "rpa"), new DayRange(60, 120),
            Domain.INDIVID_OCH_FAMILJEOMSORG);
    final SolutionFacts hoor = facts(5, "Mjukvarurobot för ekonomiskt bistånd", "1267", SolutionType.SOFTWARE,
            List.of("rpa", "ekonomiskt bistånd", "robotisering"), new DayRange(15, 35),
            Domain.INDIVID_OCH_FAMILJEOMSORG);

    @Test
    void mutualLinksAcrossPublishersFormConnectedGroups() {
        // Ånge–Örnsköldsvik and Örnsköldsvik–Timrå are mutual: one group of three through Örnsköldsvik
        link(ange, ornskoldsvik, 1.0, 0.8);
        link(ornskoldsvik, timra, 0.6, 1.0);
        link(trelleborg, hoor, 1.0, 1.0);
        // Ånge → Trelleborg is strong one way only, and they share no domain: no link
        similar.get(ange.id()).put(trelleborg.id(), 0.9);

        List<OverlapGroup> groups = finder.group(List.of(hoor, timra, ange, trelleborg, ornskoldsvik), similar);

        assertThat(groups).hasSize(2);
        OverlapGroup school = groups.get(0);
        assertThat(school.municipalities()).isEqualTo(3);
        assertThat(school.members()).extracting(OverlapGroup.Member::publisherCode)
                .containsExactly("2284", "2262", "2260"); // by name: E-tjänst…, Kalkylmall…, Skolskjutsansökan…
        assertThat(school.headline()).isEqualTo("3 kommuner har byggt egna lösningar för skolskjuts");
        assertThat(school.headlineEn()).isEqualTo("3 municipalities have built their own solutions for skolskjuts");
        assertThat(school.sharedDomains()).containsExactly("utbildning");
        assertThat(school.commonTerms()).containsExactly("skolskjuts", "e-tjänst", "skolskjutsansökan");
        assertThat(school.sameType()).isFalse();
        // stated implementation 5–10 + 15–30 + 1–3
        assertThat(school.totalImplementationDaysMin()).isEqualTo(21);
        assertThat(school.totalImplementationDaysMax()).isEqualTo(43);
        // the weaker direction counts: 0.8 and 0.6
        assertThat(school.links()).extracting(OverlapGroup.Link::similarity).containsExactly(0.8, 0.6);

        OverlapGroup welfare = groups.get(1);
        assertThat(welfare.members()).extracting(OverlapGroup.Member::publisherCode).containsExactly("1287", "1267");
        assertThat(welfare.commonTerms()).startsWith("ekonomiskt bistånd", "rpa");
        assertThat(welfare.headline()).isEqualTo("2 kommuner har byggt egna lösningar för ekonomiskt bistånd");
        assertThat(welfare.sharedDomains()).containsExactly("individ-och-familjeomsorg");
    }

    @Test
    void weakSamePublisherOrOneWaySimilarityDoesNotLink() {
        SolutionFacts angeAgain = facts(6, "Skolskjuts för gymnasiet", "2260", SolutionType.SOFTWARE,
                List.of("skolskjuts"), new DayRange(2, 4), Domain.UTBILDNING);
        link(ange, angeAgain, 1.0, 1.0); // same publisher
        link(ange, ornskoldsvik, 1.0, 0.49); // below the threshold one way
        link(ornskoldsvik, trelleborg, 1.0, 1.0); // no shared domain

        assertThat(finder.group(List.of(ange, angeAgain, ornskoldsvik, trelleborg), similar)).isEmpty();
    }

    @Test
    void theGroupingDoesNotDependOnTheOrderOfTheInput() {
        link(ange, ornskoldsvik, 1.0, 0.8);
        link(ornskoldsvik, timra, 0.6, 1.0);
        link(trelleborg, hoor, 1.0, 1.0);
        List<SolutionFacts> all = new ArrayList<>(List.of(ange, ornskoldsvik, timra, trelleborg, hoor));
        List<OverlapGroup> first = finder.group(all, similar);
        for (int seed = 0; seed < 10; seed++) {
            Collections.shuffle(all, new java.util.Random(seed));
            assertThat(finder.group(all, similar)).isEqualTo(first);
        }
    }

    @Test
    void aSolutionOutsideTheCandidatesIsIgnored() {
        // Timrå's solution is not among the candidates (e.g. a national initiative): Ånge and Örnsköldsvik remain
        link(ange, ornskoldsvik, 1.0, 0.8);
        link(ornskoldsvik, timra, 0.6, 1.0);

        List<OverlapGroup> groups = finder.group(List.of(ange, ornskoldsvik), similar);

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.municipalities()).isEqualTo(2);
            assertThat(g.sameType()).isTrue();
            assertThat(g.headline()).isEqualTo("2 kommuner har byggt egna lösningar för e-tjänst");
        });
    }

    @Test
    void similarTextAloneIsNotEnoughWithoutTheSameTypeOrASharedTag() {
        SolutionFacts chatbot = facts(7, "AI-chattbot för förskola", "0180", SolutionType.AI_MODEL,
                List.of("chattbot", "ai"), new DayRange(40, 80), Domain.UTBILDNING);
        SolutionFacts menu = facts(8, "Digital matsedel för förskola", "2260", SolutionType.TEMPLATE,
                List.of("matsedel"), new DayRange(2, 5), Domain.UTBILDNING);
        link(chatbot, menu, 1.0, 1.0);

        assertThat(finder.group(List.of(chatbot, menu), similar)).isEmpty();
    }

    @Test
    void theHeadlineNamesWhatTheClosestMembersShare() {
        SolutionFacts eldstad = facts(9, "Startbesked för eldstad", "0182", SolutionType.SOFTWARE,
                List.of("bygglov", "eldstad"), new DayRange(25, 50), Domain.SAMHALLSBYGGNAD);
        SolutionFacts earkivering = facts(10, "E-arkivering av bygglovsärenden", "2281", SolutionType.INTEGRATION,
                List.of("bygglov", "e-arkiv"), new DayRange(20, 45), Domain.SAMHALLSBYGGNAD,
                Domain.INTERN_ADMINISTRATION);
        SolutionFacts earkiv = facts(11, "Gemensam e-arkivtjänst", "0880", SolutionType.SERVICE_AGREEMENT,
                List.of("e-arkiv", "samverkan"), new DayRange(60, 120), Domain.INTERN_ADMINISTRATION);
        link(eldstad, earkivering, 0.8, 0.9);
        link(earkiv, earkivering, 1.0, 1.0);

        // "bygglov" and "e-arkiv" are both held by two members; the closer pair (1.0) shares "e-arkiv"
        assertThat(finder.group(List.of(eldstad, earkivering, earkiv), similar)).singleElement()
                .satisfies(g -> assertThat(g.headline()).isEqualTo("3 kommuner har byggt egna lösningar för e-arkiv"));
    }
}
