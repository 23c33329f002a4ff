package se.delbart.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SolutionSearch} adapter must have: the same Swedish relevance, filters, facets, paging,
 * highlighting, suggestions, indexing and rebuild. Run once per adapter (Lucene, Elasticsearch).
 */
public abstract class SolutionSearchContract {

    /** A new, empty search (its own index) for each test. */
    protected abstract SolutionSearch newSearch();

    protected SolutionSearch search;

    static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    static final SolutionDocument BYGGLOV = doc("Digital bygglovsansökan",
            "E-tjänst där sökande lämnar in bygglovsansökan med ritningar och får kvittens direkt.",
            "Sökanden loggar in med BankID och bifogar ritningar.", "Pappersansökningar tar tid att registrera.",
            Set.of("bygglov", "e-tjänst"), Set.of("samhallsbyggnad"), "SOFTWARE", "LOW", Set.of("PRAGMATIC"),
            "BASIC_IT", "LOCAL", "2281", "Sundsvall", "B3", "22", true, 30, 5);
    static final SolutionDocument ANSOKAN_OM_BYGGLOV = doc("Handläggningsstöd för ansökan om bygglov",
            "Checklistor som hjälper handläggare att granska inkomna ärenden.", "Mallar och checklistor.", null,
            Set.of("handläggning"), Set.of("samhallsbyggnad"), "TEMPLATE", "LOW", Set.of("PRAGMATIC", "OPERATIONAL"),
            "NONE", "JOINT", "2260", "Ånge", "C8", "22", false, 200, 1);
    static final SolutionDocument ALDREOMSORG = doc("Planering i äldreomsorg",
            "Schemaläggning av besök i hemtjänst och på boenden.", "Verktyg för planering av personal.",
            "Planeringen i äldreomsorgen görs i kalkylark.", Set.of("hemtjänst", "schema"), Set.of("vard-och-omsorg"),
            "SOFTWARE", "MEDIUM", Set.of("OPERATIONAL"), "IT_DEPARTMENT", "LOCAL", "2480", "Umeå", "B3", "24", true, 60, 3);
    static final SolutionDocument RPA = doc("RPA för ekonomiskt bistånd",
            "Mjukvarurobot som hämtar uppgifter till ansökningar om ekonomiskt bistånd.",
            "Roboten kontrollerar uppgifter mot andra myndigheter.", null, Set.of("rpa"),
            Set.of("individ-och-familjeomsorg"), "SOFTWARE", "HIGH", Set.of("OPERATIONAL", "STRATEGIC"), "DEVELOPERS",
            "LOCAL", "0180", "Stockholm", "A1", "01", false, 10, 12);
    static final SolutionDocument SKOLSKJUTS = doc("Skolskjuts via webben",
            "Webbformulär för ansökan om skolskjuts med automatisk avståndsberäkning.",
            "Vårdnadshavare ansöker om skolskjuts för sina barn.", null, Set.of("skolskjuts"), Set.of("utbildning"),
            "SOFTWARE", "LOW", Set.of("PRAGMATIC"), "BASIC_IT", "NATIONAL", "1280", "Malmö", "A1", "12", true, 100, 2);
    static final SolutionDocument SKOLA = doc("Digital skola", "Gemensam lärplattform för skolorna i kommunen.",
            "Lärare och elever delar material.", null, Set.of("lärplattform"), Set.of("utbildning"), "SERVICE_AGREEMENT",
            "MEDIUM", Set.of("STRATEGIC"), "IT_DEPARTMENT", "JOINT", "1480", "Göteborg", "A1", "14", false, 400, 0);
    static final SolutionDocument SKALA = doc("Skala upp e-arkiv",
            "Rutiner för att skala upp arkivering när fler system ansluts.", "Arkivering i större volymer.", null,
            Set.of("e-arkiv"), Set.of("intern-administration"), "PROCESS", "MEDIUM", Set.of("STRATEGIC"),
            "IT_DEPARTMENT", "LOCAL", "0484", "Eskilstuna", "B3", "04", true, 90, 0);
    static final SolutionDocument AI = doc("AI som sorterar inkommande e-post",
            "Maskininlärning som föreslår rätt handläggare för varje e-post.", "Modellen tränas på historiska ärenden.",
            null, Set.of("ai"), Set.of("medborgarservice"), "AI_MODEL", "HIGH", Set.of("STRATEGIC"), "DEVELOPERS",
            "LOCAL", "1283", "Helsingborg", "B3", "12", true, 50, 4);
    static final SolutionDocument FELANMALAN_NAME = doc("Felanmälan för gator och parker",
            "Invånare anmäler fel med foto och position.", "Karta och foto.", null, Set.of("karta"),
            Set.of("samhallsbyggnad"), "SOFTWARE", "LOW", Set.of("PRAGMATIC"), "BASIC_IT", "LOCAL", "2262", "Timrå",
            "B4", "22", true, 20, 7);
    static final SolutionDocument FELANMALAN_TEXT = doc("Fastighetsportal",
            "Portal för lokalförsörjning och underhåll.", "Portalen tar också emot felanmälan från hyresgäster.", null,
            Set.of("fastighet"), Set.of("intern-administration"), "INTEGRATION", "MEDIUM", Set.of("OPERATIONAL"),
            "IT_DEPARTMENT", "LOCAL", "2480", "Umeå", "B3", "24", false, 15, 0);
    static final SolutionDocument ENGLISH = doc("Invoice robot",
            "Open source robot that matches supplier invoices with purchase orders.",
            "Written in Java; runs nightly and reports <b>exceptions</b> by e-mail.", null, Set.of("invoice"),
            Set.of("intern-administration"), "SOFTWARE", "MEDIUM", Set.of("OPERATIONAL"), "DEVELOPERS", "LOCAL", "1489",
            "Alingsås", "A2", "14", true, 300, 0);
    static final SolutionDocument ETJANST = doc("Blankettbibliotek",
            "Samling e-tjänster för vanliga ärenden inom socialtjänsten.", "Färdiga formulär att återanvända.", null,
            Set.of("formulär"), Set.of("individ-och-familjeomsorg"), "TEMPLATE", "LOW", Set.of("PRAGMATIC"), "NONE",
            "LOCAL", "2260", "Ånge", "C8", "22", true, 120, 0);

    static final List<SolutionDocument> CORPUS = List.of(BYGGLOV, ANSOKAN_OM_BYGGLOV, ALDREOMSORG, RPA, SKOLSKJUTS,
            SKOLA, SKALA, AI, FELANMALAN_NAME, FELANMALAN_TEXT, ENGLISH, ETJANST);

    static SolutionDocument doc(String name, String summary, String description, String problem, Set<String> tags,
            Set<String> domains, String type, String effort, Set<String> idealTypes, String competence, String origin,
            String publisherCode, String publisherName, String skrGroup, String county, boolean openSource,
            int publishedDaysAgo, int adoptions) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new SolutionDocument(id, name, summary, description, problem, List.of("Funktion för " + name.toLowerCase()),
                tags, domains, type, "IN_PRODUCTION", effort, idealTypes, competence, origin, publisherCode, publisherName,
                skrGroup, county, openSource, NOW.minusSeconds(86_400L * publishedDaysAgo), adoptions);
    }

    @BeforeEach
    void indexCorpus() {
        search = newSearch();
        CORPUS.forEach(search::index);
    }

    private List<UUID> ids(String text) {
        return search.search(SearchQuery.of(text)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private UUID top(String text) {
        List<UUID> ids = ids(text);
        assertThat(ids).as("hits for '%s'", text).isNotEmpty();
        return ids.get(0);
    }

    // --- relevance: Swedish -------------------------------------------------------------------------------------

    @Test
    void blankTextMatchesEverything() {
        SearchResult result = search.search(SearchQuery.of(""));
        assertThat(result.total()).isEqualTo(CORPUS.size());
        assertThat(search.count()).isEqualTo(CORPUS.size());
    }

    @Test
    void compoundsMatchTheirPartsAndTheOtherWayRound() {
        assertThat(top("bygglovsansökan")).isEqualTo(BYGGLOV.id());
        assertThat(ids("bygglovsansökan")).contains(ANSOKAN_OM_BYGGLOV.id());
        assertThat(ids("bygglov")).contains(BYGGLOV.id(), ANSOKAN_OM_BYGGLOV.id());
        assertThat(ids("ansökan bygglov")).contains(BYGGLOV.id(), ANSOKAN_OM_BYGGLOV.id());
    }

    @Test
    void aTypedCompoundNeedsAllItsPartsNotJustOne() {
        // "e-tjänster" and "socialtjänsten" share the part "tjänst" with "hemtjänst", but are not about it
        assertThat(ids("hemtjänst")).contains(ALDREOMSORG.id()).doesNotContain(ETJANST.id());
        // "bygglovsansökan" = bygglov + ansökan: a document with only "ansökan" is not a match
        assertThat(ids("bygglovsansökan")).doesNotContain(SKOLSKJUTS.id());
    }

    @Test
    void aTypedCompoundsTopicAloneIsAWeakerMatch() {
        // "bygglovshandläggning" = bygglov + handläggning: the text with both ranks first, the one about bygglov
        // without handläggning is still found
        assertThat(top("bygglovshandläggning")).isEqualTo(ANSOKAN_OM_BYGGLOV.id());
        assertThat(ids("bygglovshandläggning")).contains(BYGGLOV.id());
    }

    @Test
    void inflectionsAreStemmed() {
        assertThat(top("äldreomsorgen")).isEqualTo(ALDREOMSORG.id());
        assertThat(ids("skolorna")).contains(SKOLA.id());
    }

    @Test
    void missingDiacriticsStillFind() {
        assertThat(top("aldreomsorg")).isEqualTo(ALDREOMSORG.id());
        assertThat(top("felanmalan")).isIn(FELANMALAN_NAME.id(), FELANMALAN_TEXT.id());
    }

    @Test
    void oneTypoIsToleratedOnLongWordsAndExactMatchesRankFirst() {
        assertThat(top("skolskjut")).isEqualTo(SKOLSKJUTS.id());
        assertThat(top("robotisring")).isEqualTo(RPA.id());
        List<UUID> skola = ids("skola");
        assertThat(skola.get(0)).isEqualTo(SKOLA.id());
        assertThat(skola).contains(SKALA.id());
        assertThat(ids("ai")).doesNotContain(SKOLA.id());
    }

    @Test
    void synonymsOfMunicipalVocabulary() {
        assertThat(top("robotisering")).isEqualTo(RPA.id());
        assertThat(top("automatisering ekonomiskt bistånd")).isEqualTo(RPA.id());
        assertThat(ids("artificiell intelligens")).contains(AI.id());
        assertThat(ids("digital tjänst")).contains(ETJANST.id(), BYGGLOV.id());
        assertThat(ids("hemtjänsten")).contains(ALDREOMSORG.id());
    }

    @Test
    void synonymsScoreBelowTheWordAsTyped() {
        // the same text but for one word: the typed word, or a synonym of it (rpa, robotisering); an acronym the
        // dictionary does not know has no stem of its own to set the two apart
        SolutionDocument typed = doc("RPA av leverantörsfakturor", "Fakturor matchas mot avtal.", "Regler.",
                null, Set.of("faktura"), Set.of("intern-administration"), "SOFTWARE", "LOW", Set.of("PRAGMATIC"), "NONE",
                "LOCAL", "2260", "Ånge", "C8", "22", true, 40, 0);
        SolutionDocument synonym = doc("Robotisering av leverantörsfakturor", "Fakturor matchas mot avtal.",
                "Regler.", null, Set.of("faktura"), Set.of("intern-administration"), "SOFTWARE", "LOW",
                Set.of("PRAGMATIC"), "NONE", "LOCAL", "2260", "Ånge", "C8", "22", true, 40, 0);
        search.index(typed);
        search.index(synonym);
        List<SearchResult.Hit> hits = search.search(SearchQuery.of("rpa fakturor")).hits();
        assertThat(hits).extracting(SearchResult.Hit::id).contains(typed.id(), synonym.id());
        assertThat(score(hits, typed)).isGreaterThan(score(hits, synonym));
        hits = search.search(SearchQuery.of("robotisering fakturor")).hits();
        assertThat(score(hits, synonym)).isGreaterThan(score(hits, typed));
    }

    @Test
    void derivationsScoreBelowExactAndInflectedMatches() {
        SolutionDocument exact = derivationDoc("Publicering av protokoll");
        SolutionDocument inflected = derivationDoc("Publiceringen av protokoll");
        SolutionDocument derived = derivationDoc("Publicera alla protokoll");
        List.of(exact, inflected, derived).forEach(search::index);
        List<SearchResult.Hit> hits = search.search(SearchQuery.of("publicering")).hits();
        assertThat(hits).extracting(SearchResult.Hit::id).contains(exact.id(), inflected.id(), derived.id());
        assertThat(score(hits, exact)).isGreaterThan(score(hits, derived));
        assertThat(score(hits, inflected)).isGreaterThan(score(hits, derived));
    }

    private static SolutionDocument derivationDoc(String name) {
        return doc(name, "Nämndens handlingar på webben.", "Handlingar.", null, Set.of("nämnd"),
                Set.of("intern-administration"), "SOFTWARE", "LOW", Set.of("PRAGMATIC"), "NONE", "LOCAL", "2260", "Ånge",
                "C8", "22", true, 40, 0);
    }

    private static float score(List<SearchResult.Hit> hits, SolutionDocument document) {
        return hits.stream().filter(hit -> hit.id().equals(document.id())).findFirst().orElseThrow().score();
    }

    @Test
    void naturalQueries() {
        assertThat(top("e-tjänst för skolskjuts")).isEqualTo(SKOLSKJUTS.id());
        assertThat(top("robotisering ekonomiskt bistånd")).isEqualTo(RPA.id());
    }

    @Test
    void longQueriesNeedMostOfTheirWordsNotJustOne() {
        // before: an OR of the words, so every text with "ansökan" (bygglov, skolskjuts) or "ärenden" came too
        assertThat(ids("robotisering ekonomiskt bistånd")).containsExactly(RPA.id());
        // 2 of 3 words suffice: a typo, a synonym and a word no text has
        assertThat(ids("robotisring ekonomiskt xyzzyqwv")).containsExactly(RPA.id());
        assertThat(ids("webbformulär skolskjuts xyzzyqwv")).containsExactly(SKOLSKJUTS.id());
        // a typed compound counts as matched when all its parts are there; stop words ("om") are not counted
        assertThat(ids("bygglovsansökan om checklistor handläggare")).containsExactly(ANSOKAN_OM_BYGGLOV.id());
        // one word alone of three is not enough
        assertThat(ids("skolskjuts xyzzyqwv qwvzyxxy")).isEmpty();
    }

    @Test
    void aNeedWrittenAsASentenceFindsWhatItAsksForDespiteWordsNoSolutionHas() {
        // "behöver", "smidigare", "lösning", "våra" are in no text: requiring most of the words found nothing
        assertThat(top("Vi behöver en smidigare lösning för ansökan om skolskjuts till våra elever"))
                .isEqualTo(SKOLSKJUTS.id());
        assertThat(top("Hur kan handläggare slippa hämta uppgifter till ekonomiskt bistånd för hand"))
                .isEqualTo(RPA.id());
        // 5 significant words make a sentence however it is typed
        assertThat(top("smidigare schemaläggning hemtjänst personalplanering kalkylark")).isEqualTo(ALDREOMSORG.id());
    }

    @Test
    void aSentenceHeldToMostOfItsWordsFindsOnlyWhatAnswersMostOfIt() {
        // insight's need classification asks whether a solution answers a need, not whether it shares a word
        String need = "Vi behöver en smidigare lösning för ansökan om skolskjuts till våra elever";
        assertThat(search.search(SearchQuery.of(need)).hits()).isNotEmpty();
        assertThat(search.search(SearchQuery.of(need).withMostWords()).total()).isZero();
        assertThat(search.search(SearchQuery.of("ansökan om skolskjuts med webbformulär och avståndsberäkning")
                .withMostWords()).hits()).extracting(SearchResult.Hit::id).containsExactly(SKOLSKJUTS.id());
        // two words: both, not either
        assertThat(ids("skolskjuts xyzzyqwv")).containsExactly(SKOLSKJUTS.id());
        assertThat(search.search(SearchQuery.of("skolskjuts xyzzyqwv").withMostWords()).total()).isZero();
    }

    @Test
    void aSentenceSharingNoWordWithTheCatalogueFindsNothing() {
        assertThat(search.search(SearchQuery.of("Vi önskar smidigare halkbekämpning längs cykelbanorna under vintern"))
                .total()).isZero();
    }

    @Test
    void keywordQueriesOfThreeAndFourWordsStillNeedMostOfTheirWords() {
        assertThat(ids("skolskjuts webbformulär xyzzyqwv qwvzyxxy")).isEmpty();
        assertThat(ids("skolskjuts webbformulär avståndsberäkning xyzzyqwv")).containsExactly(SKOLSKJUTS.id());
        assertThat(ids("skolskjuts ansökan xyzzyqwv")).containsExactly(SKOLSKJUTS.id());
    }

    @Test
    void englishTextIsSearchable() {
        assertThat(top("invoice")).isEqualTo(ENGLISH.id());
        assertThat(top("purchase orders")).isEqualTo(ENGLISH.id());
    }

    @Test
    void nameWeighsMoreThanDescription() {
        List<UUID> ids = ids("felanmälan");
        assertThat(ids).containsSubsequence(FELANMALAN_NAME.id(), FELANMALAN_TEXT.id());
    }

    @Test
    void nothingMatchesNonsense() {
        assertThat(search.search(SearchQuery.of("xyzzyqwv")).total()).isZero();
    }

    // --- filters, facets, sorting, paging -----------------------------------------------------------------------

    @Test
    void filtersNarrowWithinAFacetByOrAndAcrossFacetsByAnd() {
        SearchResult utbildning = search.search(SearchQuery.of("").withFilter(Facet.DOMAIN, "utbildning"));
        assertThat(utbildning.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder(SKOLSKJUTS.id(), SKOLA.id());

        SearchResult twoDomains = search.search(SearchQuery.of("").withFilter(Facet.DOMAIN, "utbildning", "vard-och-omsorg"));
        assertThat(twoDomains.total()).isEqualTo(3);

        SearchResult andOpenSource = search.search(SearchQuery.of("")
                .withFilter(Facet.DOMAIN, "utbildning", "vard-och-omsorg").withFilter(Facet.OPEN_SOURCE, "true"));
        assertThat(andOpenSource.hits()).extracting(SearchResult.Hit::id)
                .containsExactlyInAnyOrder(SKOLSKJUTS.id(), ALDREOMSORG.id());

        SearchResult county = search.search(SearchQuery.of("").withFilter(Facet.COUNTY, "22")
                .withFilter(Facet.IDEAL_TYPE, "PRAGMATIC").withFilter(Facet.EFFORT_LEVEL, "LOW"));
        assertThat(county.hits()).extracting(SearchResult.Hit::id)
                .containsExactlyInAnyOrder(BYGGLOV.id(), ANSOKAN_OM_BYGGLOV.id(), FELANMALAN_NAME.id(), ETJANST.id());
    }

    @Test
    void facetCountsRespectTheOtherFiltersButNotTheirOwn() {
        SearchResult result = search.search(SearchQuery.of("").withFilter(Facet.DOMAIN, "utbildning")
                .withFilter(Facet.SKR_GROUP, "A1"));
        assertThat(result.total()).isEqualTo(2);
        // DOMAIN counts ignore the domain filter but keep SKR group A1: RPA (individ-och-familjeomsorg) shows up
        assertThat(counts(result, Facet.DOMAIN)).containsEntry("utbildning", 2L).containsEntry("individ-och-familjeomsorg", 1L)
                .doesNotContainKey("samhallsbyggnad");
        // SKR group counts ignore the group filter but keep domain=utbildning
        assertThat(counts(result, Facet.SKR_GROUP)).containsExactlyInAnyOrderEntriesOf(Map.of("A1", 2L));
        assertThat(counts(result, Facet.SOLUTION_TYPE)).containsEntry("SOFTWARE", 1L).containsEntry("SERVICE_AGREEMENT", 1L);
        assertThat(counts(result, Facet.OPEN_SOURCE)).containsEntry("true", 1L).containsEntry("false", 1L);
        assertThat(result.facets().keySet()).containsExactlyInAnyOrder(Facet.values());
    }

    @Test
    void offeredAsAServiceIsAFacet() {
        assertThat(counts(search.search(SearchQuery.of("")), Facet.SERVICE)).containsExactlyInAnyOrderEntriesOf(
                Map.of("false", 12L));
        SolutionDocument hosted = doc("Skala upp e-arkiv", SKALA.summary(), SKALA.description(), null, SKALA.tags(),
                SKALA.domains(), "PROCESS", "MEDIUM", Set.of("STRATEGIC"), "IT_DEPARTMENT", "LOCAL", "0484",
                "Eskilstuna", "B3", "04", true, 90, 0);
        search.index(new SolutionDocument(hosted.id(), hosted.name(), hosted.summary(), hosted.description(),
                hosted.problem(), hosted.features(), hosted.tags(), hosted.domains(), hosted.solutionType(),
                hosted.status(), hosted.effortLevel(), hosted.idealTypes(), hosted.competenceNeeded(), hosted.origin(),
                hosted.publisherCode(), hosted.publisherName(), hosted.publisherSkrGroup(),
                hosted.publisherCountyCode(), hosted.openSource(), hosted.publishedAt(), hosted.adoptionCount(), true));
        SearchResult offered = search.search(SearchQuery.of("").withFilter(Facet.SERVICE, "true"));
        assertThat(offered.hits()).extracting(SearchResult.Hit::id).containsExactly(hosted.id());
        assertThat(counts(offered, Facet.SERVICE)).containsEntry("true", 1L).containsEntry("false", 11L);
    }

    @Test
    void adoptionsInProductionAreAFacetInBuckets() {
        // corpus: 0 ×5, 1–2 ×2 (1, 2), 3–9 ×4 (3, 4, 5, 7), 10+ ×1 (12)
        assertThat(counts(search.search(SearchQuery.of("")), Facet.ADOPTIONS)).containsExactlyInAnyOrderEntriesOf(Map.of(
                AdoptionBucket.NONE, 5L, AdoptionBucket.FEW, 2L, AdoptionBucket.SEVERAL, 4L, AdoptionBucket.MANY, 1L));

        SearchResult adopted = search.search(SearchQuery.of("").withFilter(Facet.ADOPTIONS, AdoptionBucket.SEVERAL,
                AdoptionBucket.MANY));
        assertThat(adopted.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder(BYGGLOV.id(),
                ALDREOMSORG.id(), AI.id(), FELANMALAN_NAME.id(), RPA.id());

        // with another filter: the buckets count within it and ignore only their own filter
        SearchResult a1 = search.search(SearchQuery.of("").withFilter(Facet.SKR_GROUP, "A1")
                .withFilter(Facet.ADOPTIONS, AdoptionBucket.NONE));
        assertThat(a1.hits()).extracting(SearchResult.Hit::id).containsExactly(SKOLA.id());
        assertThat(counts(a1, Facet.ADOPTIONS)).containsExactlyInAnyOrderEntriesOf(Map.of(
                AdoptionBucket.NONE, 1L, AdoptionBucket.FEW, 1L, AdoptionBucket.MANY, 1L));

        // a re-indexed document (more adoptions in production) moves to its new bucket
        search.index(doc("Skala upp e-arkiv", SKALA.summary(), SKALA.description(), null, SKALA.tags(),
                SKALA.domains(), "PROCESS", "MEDIUM", Set.of("STRATEGIC"), "IT_DEPARTMENT", "LOCAL", "0484",
                "Eskilstuna", "B3", "04", true, 90, 10));
        assertThat(counts(search.search(SearchQuery.of("")), Facet.ADOPTIONS)).containsEntry(AdoptionBucket.NONE, 4L)
                .containsEntry(AdoptionBucket.MANY, 2L);
    }

    @Test
    void adoptionBucketsHaveTheirLimits() {
        assertThat(Stream.of(0, 1, 2, 3, 9, 10, 250).map(AdoptionBucket::of)).containsExactly(AdoptionBucket.NONE,
                AdoptionBucket.FEW, AdoptionBucket.FEW, AdoptionBucket.SEVERAL, AdoptionBucket.SEVERAL,
                AdoptionBucket.MANY, AdoptionBucket.MANY);
    }

    @Test
    void facetCountsAreOrderedByCount() {
        List<SearchResult.FacetCount> domains = search.search(SearchQuery.of("")).facets().get(Facet.DOMAIN);
        assertThat(domains.get(0)).isEqualTo(new SearchResult.FacetCount("intern-administration", 3));
        assertThat(domains).isSortedAccordingTo((a, b) -> Long.compare(b.count(), a.count()));
    }

    private static Map<String, Long> counts(SearchResult result, Facet facet) {
        Map<String, Long> counts = new java.util.HashMap<>();
        result.facets().getOrDefault(facet, List.of()).forEach(c -> counts.put(c.value(), c.count()));
        return counts;
    }

    @Test
    void sortsByNewestAndByAdoptions() {
        List<UUID> newest = search.search(SearchQuery.of("").withSort(SearchSort.NEWEST)).hits().stream()
                .map(SearchResult.Hit::id).toList();
        assertThat(newest.subList(0, 4)).containsExactly(RPA.id(), FELANMALAN_TEXT.id(), FELANMALAN_NAME.id(), BYGGLOV.id());
        List<UUID> adopted = search.search(SearchQuery.of("").withSort(SearchSort.MOST_ADOPTED)).hits().stream()
                .map(SearchResult.Hit::id).toList();
        assertThat(adopted.subList(0, 3)).containsExactly(RPA.id(), FELANMALAN_NAME.id(), BYGGLOV.id());
    }

    @Test
    void pagesThroughAllHitsWithoutOverlap() {
        List<UUID> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            SearchResult result = search.search(SearchQuery.of("").withSort(SearchSort.NEWEST).withPage(page, 5));
            assertThat(result.total()).isEqualTo(CORPUS.size());
            result.hits().forEach(h -> seen.add(h.id()));
        }
        assertThat(seen).hasSize(CORPUS.size()).doesNotHaveDuplicates();
    }

    // --- highlighting and suggestions ---------------------------------------------------------------------------

    @Test
    void highlightsMarkMatchedWordsAndEscapeTheRest() {
        SearchResult.Hit hit = search.search(SearchQuery.of("skolskjuts")).hits().get(0);
        assertThat(hit.highlights().values().stream().flatMap(List::stream))
                .anySatisfy(fragment -> assertThat(fragment.toLowerCase()).contains("<mark>skolskjuts</mark>"));

        SearchResult.Hit english = search.search(SearchQuery.of("exceptions")).hits().get(0);
        assertThat(english.id()).isEqualTo(ENGLISH.id());
        assertThat(english.highlights().get("description")).anySatisfy(fragment -> assertThat(fragment)
                .contains("&lt;b&gt;").contains("<mark>exceptions</mark>").doesNotContain("<b>"));
    }

    @Test
    void queriesTypedWithDiacriticsAreHighlightedAndStillFindTextsSpeltWithout() {
        // typed with diacritics, the folded fields are not searched (SwedishAnalysis.needsFoldedFields), but the
        // highlighter still marks from them, and the folded all-text field's typo tolerance still finds "aldreomsorg"
        SolutionDocument undotted = doc("Larm i aldreomsorg", "Trygghetslarm for boenden.", "Larmen kopplas till personalen.",
                null, Set.of("larm"), Set.of("vard-och-omsorg"), "SOFTWARE", "LOW", Set.of("PRAGMATIC"), "NONE", "LOCAL",
                "2260", "Ånge", "C8", "22", false, 5, 0);
        search.index(undotted);
        List<SearchResult.Hit> hits = search.search(SearchQuery.of("äldreomsorg")).hits();
        assertThat(hits).extracting(SearchResult.Hit::id).containsSubsequence(ALDREOMSORG.id(), undotted.id());
        assertThat(hits.get(0).highlights().get("name")).anySatisfy(fragment -> assertThat(fragment)
                .contains("<mark>äldreomsorg</mark>"));
    }

    @Test
    void highlightsMarkFoldedAndMisspeltMatchesInTheOriginalText() {
        SearchResult.Hit folded = search.search(SearchQuery.of("aldreomsorg")).hits().get(0);
        assertThat(folded.id()).isEqualTo(ALDREOMSORG.id());
        assertThat(folded.highlights().get("name"))
                .anySatisfy(fragment -> assertThat(fragment).contains("<mark>äldreomsorg</mark>"));

        SearchResult.Hit typo = search.search(SearchQuery.of("skolskjut")).hits().get(0);
        assertThat(typo.id()).isEqualTo(SKOLSKJUTS.id());
        assertThat(typo.highlights().values().stream().flatMap(List::stream))
                .anySatisfy(fragment -> assertThat(fragment.toLowerCase()).contains("<mark>skolskjuts</mark>"));
    }

    @Test
    void hitsCarryWhatAResultListShows() {
        SearchResult.Hit hit = search.search(SearchQuery.of("bygglovsansökan")).hits().get(0);
        assertThat(hit.name()).isEqualTo(BYGGLOV.name());
        assertThat(hit.summary()).isEqualTo(BYGGLOV.summary());
        assertThat(hit.publisherCode()).isEqualTo("2281");
        assertThat(hit.publisherName()).isEqualTo("Sundsvall");
        assertThat(hit.score()).isPositive();
    }

    @Test
    void suggestsNamesAndTagsByPrefix() {
        List<Suggestion> suggestions = search.suggest("skol", 10);
        assertThat(suggestions).extracting(Suggestion::text).contains("Skolskjuts via webben", "skolskjuts");
        assertThat(suggestions).filteredOn(s -> s.kind() == Suggestion.Kind.NAME)
                .allSatisfy(s -> assertThat(s.solutionId()).isNotNull());
        assertThat(search.suggest("SKOL", 10)).extracting(Suggestion::text).contains("Skolskjuts via webben");
        assertThat(search.suggest("bygg", 10)).extracting(Suggestion::text).contains("Digital bygglovsansökan", "bygglov");
        assertThat(search.suggest("skol", 1)).hasSize(1);
        assertThat(search.suggest("qqq", 10)).isEmpty();
    }

    // --- indexing and rebuild -----------------------------------------------------------------------------------

    @Test
    void reindexingADocumentReplacesItAndRemovingDeletesIt() {
        SolutionDocument changed = new SolutionDocument(SKALA.id(), "Skala upp e-arkiv", "Nu även för gallring av ärenden.",
                SKALA.description(), null, SKALA.features(), SKALA.tags(), SKALA.domains(), SKALA.solutionType(),
                SKALA.status(), SKALA.effortLevel(), SKALA.idealTypes(), SKALA.competenceNeeded(), SKALA.origin(),
                SKALA.publisherCode(), SKALA.publisherName(), SKALA.publisherSkrGroup(), SKALA.publisherCountyCode(),
                SKALA.openSource(), SKALA.publishedAt(), 0);
        search.index(changed);
        assertThat(ids("gallring")).containsExactly(SKALA.id());
        assertThat(ids("ansluts")).doesNotContain(SKALA.id());
        assertThat(search.count()).isEqualTo(CORPUS.size());

        search.remove(SKALA.id());
        assertThat(ids("gallring")).isEmpty();
        assertThat(search.count()).isEqualTo(CORPUS.size() - 1);
        search.remove(UUID.randomUUID());
    }

    @Test
    void rebuildSwitchesAtomicallyWhileSearchesGoOn() throws Exception {
        List<SolutionDocument> next = CORPUS.subList(0, 4);
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        List<Long> totalsSeen = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread searcher = new Thread(() -> {
            while (rebuilding.get()) {
                try {
                    totalsSeen.add(search.search(SearchQuery.of("")).total());
                } catch (Throwable t) {
                    failures.add(t);
                }
            }
        });
        searcher.start();
        AtomicLong progress = new AtomicLong();
        Stream<SolutionDocument> slow = next.stream().peek(d -> pause());
        search.rebuild(slow, progress::set);
        rebuilding.set(false);
        searcher.join();

        assertThat(failures).isEmpty();
        assertThat(totalsSeen).isNotEmpty().allSatisfy(t -> assertThat(t).isIn((long) CORPUS.size(), (long) next.size()));
        assertThat(progress.get()).isEqualTo(next.size());
        assertThat(search.search(SearchQuery.of("")).total()).isEqualTo(next.size());
        assertThat(top("bygglovsansökan")).isEqualTo(BYGGLOV.id());
        assertThat(ids("invoice")).isEmpty();
    }

    // --- more like this (similar solutions, issue 6) ---------------------------------------------------------

    @Test
    void moreLikeThisFindsSolutionsSharingSignificantWordsButNotItself() {
        List<SearchResult.Hit> hits = search.moreLikeThis(BYGGLOV.id(), 5);
        List<UUID> similar = hits.stream().map(SearchResult.Hit::id).toList();
        assertThat(similar).isNotEmpty().doesNotContain(BYGGLOV.id()).hasSizeLessThanOrEqualTo(5);
        assertThat(similar.get(0)).as("%s", hits.stream().map(h -> h.name() + " " + h.score()).toList())
                .isEqualTo(ANSOKAN_OM_BYGGLOV.id());
        List<SearchResult.Hit> skolskjuts = search.moreLikeThis(SKOLSKJUTS.id(), 3);
        assertThat(skolskjuts).extracting(SearchResult.Hit::id).doesNotContain(SKOLSKJUTS.id());
        assertThat(skolskjuts.get(0).name()).isNotBlank();
        assertThat(skolskjuts.get(0).score()).isPositive();
    }

    @Test
    void moreLikeThisOfAnUnknownSolutionIsEmpty() {
        assertThat(search.moreLikeThis(UUID.randomUUID(), 5)).isEmpty();
    }

    // --- top matches: ids and scores only (recommendations per need, issue 6) ---------------------------------

    @Test
    void topMatchesRankAndScoreAsTheFullSearch() {
        for (String text : List.of("bygglovsansökan", "ansökan", "skola", "e-tjänst bygglov",
                "felanmälan", "planering aldreomsorg", "robotisring")) {
            List<SearchResult.Hit> hits = search.search(new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 0, 50))
                    .hits();
            List<ScoredId> matches = search.topMatches(text, 50);
            assertThat(matches).as("'%s'", text).isNotEmpty()
                    .extracting(ScoredId::id).containsExactlyElementsOf(hits.stream().map(SearchResult.Hit::id).toList());
            for (int i = 0; i < hits.size(); i++) {
                assertThat(matches.get(i).score()).as("'%s' #%d", text, i)
                        .isCloseTo(hits.get(i).score(), org.assertj.core.data.Percentage.withPercentage(0.01));
            }
        }
        // a descriptive text of 3+ words is an OR of its words: one word found is enough, unlike the search box
        assertThat(ids("skolskjuts xyzzyqwv qwvzyxxy")).isEmpty();
        assertThat(search.topMatches("skolskjuts xyzzyqwv qwvzyxxy", 5)).extracting(ScoredId::id)
                .containsExactly(SKOLSKJUTS.id());
        assertThat(search.topMatches("bygglovsansökan", 5).get(0).id()).isEqualTo(BYGGLOV.id());
        assertThat(search.topMatches("bygglovsansökan", 5)).extracting(ScoredId::id).contains(ANSOKAN_OM_BYGGLOV.id())
                .doesNotContain(SKOLSKJUTS.id());
    }

    @Test
    void topMatchesAreTheBestLimitBestFirst() {
        List<ScoredId> all = search.topMatches("ansökan", 50);
        assertThat(all).hasSizeGreaterThan(2);
        assertThat(all).extracting(ScoredId::score).isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .allSatisfy(score -> assertThat(score).isPositive());
        assertThat(search.topMatches("ansökan", 2)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(search.topMatches("ansökan", 1)).containsExactly(all.get(0));
        assertThat(search.topMatches("ansökan", 0)).isEmpty();
    }

    @Test
    void topMatchesOfBlankOrUnsearchableTextAreEmpty() {
        assertThat(search.topMatches("", 10)).isEmpty();
        assertThat(search.topMatches("   ", 10)).isEmpty();
        assertThat(search.topMatches("?!", 10)).isEmpty();
        assertThat(search.topMatches("xyzzyqwv", 10)).isEmpty();
    }

    @Test
    void topMatchesAreOnlyIndexedThatIsPublishedSolutions() {
        assertThat(search.topMatches("skolskjuts", 10)).extracting(ScoredId::id).containsExactly(SKOLSKJUTS.id());
        search.remove(SKOLSKJUTS.id()); // unpublished
        assertThat(search.topMatches("skolskjuts", 10)).isEmpty();
        assertThat(search.topMatches("ansökan", 50)).extracting(ScoredId::id).isNotEmpty()
                .doesNotContain(SKOLSKJUTS.id());
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
