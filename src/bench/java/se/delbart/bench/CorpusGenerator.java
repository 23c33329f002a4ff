package se.delbart.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import se.delbart.search.SolutionDocument;

/**
 * A deterministic corpus of published solutions for benchmarks: realistic Swedish municipal text (topics such as
 * bygglov, äldreomsorg/hemtjänst, skolskjuts, ekonomiskt bistånd, RPA, felanmälan, e-arkiv …, with compounds such as
 * "bygglovsansökan" and inflections such as "äldreomsorgen", "ansökningarna"), a few English entries, and facet
 * values spread the way a real catalogue would spread them (publishers weighted by population from the municipality
 * register, most solutions local and in production, a few domains dominating).
 *
 * <p>Document {@code i} depends only on {@link #SEED} and {@code i}: the same size gives the same corpus on every
 * run and machine, and the 10k corpus is the first tenth of the 100k one. Not a test: never run by surefire.
 *
 * <pre>{@code
 * Stream<SolutionDocument> docs = CorpusGenerator.stream(10_000);
 * }</pre>
 */
public final class CorpusGenerator {

    public static final long SEED = 0x5EA2C4_2026L;
    static final Instant BASE = Instant.parse("2026-11-01T10:00:00Z");

    private CorpusGenerator() {
    }

    /** The first {@code size} documents of the corpus. */
    public static Stream<SolutionDocument> stream(int size) {
        List<Municipality> municipalities = municipalities();
        double[] cumulative = cumulativeWeights(municipalities);
        return IntStream.range(0, size).mapToObj(i -> document(i, municipalities, cumulative));
    }

    public static List<SolutionDocument> list(int size) {
        return stream(size).toList();
    }

    // --- vocabulary ---------------------------------------------------------------------------------------------

    /**
     * A municipal topic: its domain, the ways its subject is written (base form, inflected, compounds), the things
     * a solution does about it, and tags.
     */
    record Topic(String domain, String[] subjects, String[] compounds, String[] actions, String[] actors,
            String[] tags) {
    }

    static final Topic[] TOPICS = {
        new Topic("samhallsbyggnad",
                new String[] {"bygglov", "bygglovet", "ansökan om bygglov", "bygglovsärenden", "bygglovsprocessen"},
                new String[] {"bygglovsansökan", "bygglovsansökningar", "bygglovshandläggning", "bygglovsarkiv"},
                new String[] {"lämna in ansökan om bygglov med ritningar", "följa sitt bygglovsärende",
                    "granska inkomna bygglovsansökningar", "skicka kompletteringar till sökanden"},
                new String[] {"sökande", "byggherrar", "handläggare på bygglovsenheten", "fastighetsägare"},
                new String[] {"bygglov", "e-tjänst", "samhällsbyggnad"}),
        new Topic("vard-och-omsorg",
                new String[] {"äldreomsorg", "äldreomsorgen", "hemtjänst", "hemtjänsten", "särskilt boende"},
                new String[] {"äldreomsorgsplanering", "hemtjänstplanering", "hemtjänstinsatser", "omsorgspersonal"},
                new String[] {"planera besök i hemtjänsten", "schemalägga personal i äldreomsorgen",
                    "dokumentera insatser hos brukare", "följa upp beviljade hemtjänstinsatser"},
                new String[] {"undersköterskor", "enhetschefer", "biståndshandläggare", "brukare och anhöriga"},
                new String[] {"hemtjänst", "äldreomsorg", "schema", "välfärdsteknik"}),
        new Topic("vard-och-omsorg",
                new String[] {"trygghetslarm", "trygghetslarmen", "digital tillsyn", "välfärdsteknik"},
                new String[] {"trygghetslarmsystem", "nattillsyn", "kameratillsyn", "larmmottagning"},
                new String[] {"ta emot larm från brukare", "ersätta nattliga besök med digital tillsyn",
                    "koppla larm till rätt hemtjänstgrupp"},
                new String[] {"brukare", "larmoperatörer", "nattpersonal"},
                new String[] {"trygghetslarm", "välfärdsteknik", "iot"}),
        new Topic("utbildning",
                new String[] {"skolskjuts", "skolskjutsen", "skolskjutsar", "resor till skolan"},
                new String[] {"skolskjutsansökan", "skolskjutsplanering", "skolskjutsbeslut", "skolbussar"},
                new String[] {"ansöka om skolskjuts för sina barn", "räkna ut avståndet mellan hem och skola",
                    "planera skolskjutsarnas turer", "fatta beslut om skolskjuts"},
                new String[] {"vårdnadshavare", "elever", "skolskjutshandläggare", "trafikplanerare"},
                new String[] {"skolskjuts", "e-tjänst", "utbildning"}),
        new Topic("utbildning",
                new String[] {"förskola", "förskolan", "förskoleplats", "barnomsorg"},
                new String[] {"förskoleplacering", "förskoleansökan", "barnomsorgsschema", "förskolekö"},
                new String[] {"söka förskoleplats", "lämna vistelsetider", "hantera kön till förskolan"},
                new String[] {"vårdnadshavare", "förskolechefer", "placeringshandläggare"},
                new String[] {"förskola", "barnomsorg", "e-tjänst"}),
        new Topic("utbildning",
                new String[] {"lärplattform", "skolorna", "elevhälsan", "undervisning"},
                new String[] {"lärplattformar", "elevhälsoarbete", "skoladministration", "närvarorapportering"},
                new String[] {"dela material mellan lärare och elever", "rapportera frånvaro",
                    "samla elevhälsans dokumentation"},
                new String[] {"lärare", "elever", "skolsköterskor", "rektorer"},
                new String[] {"lärplattform", "skola", "elevhälsa"}),
        new Topic("individ-och-familjeomsorg",
                new String[] {"ekonomiskt bistånd", "försörjningsstöd", "ansökan om ekonomiskt bistånd",
                    "biståndsärenden"},
                new String[] {"biståndshandläggning", "försörjningsstödsansökan", "biståndsbeslut",
                    "utbetalningsrutiner"},
                new String[] {"hämta uppgifter från andra myndigheter", "kontrollera inkomster för ekonomiskt bistånd",
                    "ta emot ansökningar om försörjningsstöd", "förbereda beslut och utbetalningar"},
                new String[] {"socialsekreterare", "handläggare", "sökande", "enhetschefer"},
                new String[] {"ekonomiskt bistånd", "socialtjänst", "rpa"}),
        new Topic("individ-och-familjeomsorg",
                new String[] {"LSS", "personlig assistans", "orosanmälan", "socialtjänsten"},
                new String[] {"orosanmälningar", "barnavårdsutredning", "LSS-handläggning", "insatsuppföljning"},
                new String[] {"ta emot orosanmälningar digitalt", "följa upp beviljade insatser",
                    "samordna utredningar"},
                new String[] {"socialsekreterare", "anmälare", "handläggare"},
                new String[] {"socialtjänst", "lss", "e-tjänst"}),
        new Topic("intern-administration",
                new String[] {"robotisering", "RPA", "automatisering", "mjukvarurobotar"},
                new String[] {"robotiseringsprojekt", "processautomatisering", "automatiseringsplattform",
                    "fakturahantering"},
                new String[] {"automatisera återkommande moment", "låta en mjukvarurobot registrera fakturor",
                    "robotisera inläsningen av blanketter", "frigöra tid för handläggarna"},
                new String[] {"ekonomiassistenter", "handläggare", "utvecklare", "verksamhetsutvecklare"},
                new String[] {"rpa", "robotisering", "automatisering"}),
        new Topic("intern-administration",
                new String[] {"e-arkiv", "e-arkivet", "arkivering", "diarieföring"},
                new String[] {"e-arkivlösning", "informationshantering", "arkivredovisning", "gallringsbeslut"},
                new String[] {"leverera handlingar till e-arkivet", "diarieföra inkomna handlingar",
                    "gallra enligt dokumenthanteringsplanen"},
                new String[] {"arkivarier", "registratorer", "nämndsekreterare"},
                new String[] {"e-arkiv", "diarieföring", "arkiv"}),
        new Topic("samhallsbyggnad",
                new String[] {"felanmälan", "felanmälningar", "gator och parker", "gatubelysningen"},
                new String[] {"felanmälningssystem", "felanmälningsappen", "gatuunderhåll", "snöröjning"},
                new String[] {"anmäla fel med foto och position", "skicka felanmälan till rätt entreprenör",
                    "följa upp åtgärdade fel"},
                new String[] {"invånare", "driftledare", "entreprenörer"},
                new String[] {"felanmälan", "karta", "gator"}),
        new Topic("medborgarservice",
                new String[] {"kontaktcenter", "kundtjänst", "medborgarservice", "invånarnas frågor"},
                new String[] {"chattbot", "kontaktcenterlösning", "ärendehantering", "självservice"},
                new String[] {"besvara vanliga frågor dygnet runt", "slussa ärenden till rätt förvaltning",
                    "erbjuda självservice via webben"},
                new String[] {"invånare", "kommunvägledare", "medarbetare i kontaktcenter"},
                new String[] {"chattbot", "kundtjänst", "ai"}),
        new Topic("kultur-och-fritid",
                new String[] {"lokalbokning", "föreningsbidrag", "biblioteket", "fritidsgårdar"},
                new String[] {"bokningssystem", "föreningsregister", "bidragsansökan", "biblioteksappen"},
                new String[] {"boka idrottshallar och lokaler", "söka föreningsbidrag",
                    "låna e-böcker från biblioteket"},
                new String[] {"föreningar", "låntagare", "fritidsledare"},
                new String[] {"bokning", "förening", "bibliotek"}),
        new Topic("miljo-och-halsa",
                new String[] {"livsmedelskontroll", "miljötillsyn", "avfallshantering", "tillsynen"},
                new String[] {"tillsynsbesök", "avfallsabonnemang", "sophämtning", "miljörapporter"},
                new String[] {"planera tillsynsbesök", "ändra avfallsabonnemang", "registrera livsmedelsanläggningar"},
                new String[] {"miljöinspektörer", "företagare", "fastighetsägare"},
                new String[] {"tillsyn", "avfall", "miljö"}),
        new Topic("it-och-infrastruktur",
                new String[] {"identitetshantering", "tvåfaktorsautentisering", "nätverket", "integrationer"},
                new String[] {"integrationsplattform", "behörighetssystem", "inloggningstjänst", "säkerhetskopiering"},
                new String[] {"logga in med e-legitimation", "koppla ihop verksamhetssystemen",
                    "hantera behörigheter centralt"},
                new String[] {"it-avdelningen", "systemförvaltare", "medarbetare"},
                new String[] {"bankid", "integration", "säkerhet"}),
        new Topic("samhallsbyggnad",
                new String[] {"parkeringstillstånd", "detaljplaner", "kartor", "geodata"},
                new String[] {"parkeringstillståndsansökan", "detaljplanearbete", "kartportal", "grundkarta"},
                new String[] {"söka parkeringstillstånd för rörelsehindrade", "visa detaljplaner på karta",
                    "dela geodata med invånare"},
                new String[] {"sökande", "planarkitekter", "GIS-ingenjörer"},
                new String[] {"gis", "karta", "parkering"}),
    };

    /** How the solution is built; tag and solution type that come with it. */
    record Technique(String phrase, String tag, String type) {
    }

    static final Technique[] TECHNIQUES = {
        new Technique("e-tjänst", "e-tjänst", "SOFTWARE"),
        new Technique("e-tjänst", "e-tjänst", "SOFTWARE"),
        new Technique("webbformulär", "webbformulär", "SOFTWARE"),
        new Technique("digital tjänst", "e-tjänst", "SOFTWARE"),
        new Technique("mjukvarurobot", "rpa", "SOFTWARE"),
        new Technique("RPA-lösning", "rpa", "SOFTWARE"),
        new Technique("AI-modell", "ai", "AI_MODEL"),
        new Technique("maskininlärning", "ai", "AI_MODEL"),
        new Technique("chattbot", "chattbot", "AI_MODEL"),
        new Technique("integration", "integration", "INTEGRATION"),
        new Technique("API", "api", "INTEGRATION"),
        new Technique("processkarta", "process", "PROCESS"),
        new Technique("arbetssätt", "process", "PROCESS"),
        new Technique("mall", "mall", "TEMPLATE"),
        new Technique("checklista", "mall", "TEMPLATE"),
        new Technique("app", "app", "SOFTWARE"),
        new Technique("ramavtal", "avtal", "SERVICE_AGREEMENT"),
        new Technique("molntjänst", "moln", "SERVICE_AGREEMENT"),
    };

    static final String[] NAME_PATTERNS = {
        "Digital %s", "E-tjänst för %s", "%s med %t", "%t för %s", "Smartare %s", "Automatiserad %s",
        "%s på webben", "Gemensam %s", "%t: %s", "Enklare %s", "%s i mobilen", "Effektiv %s",
    };

    static final String[] SUMMARY_PATTERNS = {
        "%T där %a kan %v.",
        "%T som hjälper %a att %v.",
        "%T för %s som gör det enklare för %a att %v.",
        "%T som kortar handläggningstiden för %s.",
        "Med %t kan %a %v utan pappersblanketter.",
    };

    static final String[] DESCRIPTION_SENTENCES = {
        "Kommunen har byggt lösningen tillsammans med %a och den används dagligen i verksamheten.",
        "Tidigare hanterades %s på papper och i kalkylark, vilket tog mycket tid.",
        "Lösningen loggar in användarna med BankID och sparar uppgifterna i verksamhetssystemet.",
        "Ansökningarna registreras automatiskt och handläggarna får en samlad bild av ärendet.",
        "%A slipper dubbelregistrering och kan lägga tiden på bedömningar i stället.",
        "Arbetet med %c har blivit snabbare sedan införandet.",
        "Källkoden publiceras som öppen källkod så att andra kommuner kan återanvända den.",
        "Införandet kräver en projektledare och stöd från it-avdelningen under några veckor.",
        "Lösningen följer tillgänglighetskraven och fungerar i mobilen.",
        "Ärendena följs upp med statistik per månad så att verksamheten ser effekten.",
        "Flera kommuner i länet har redan börjat använda %t för %s.",
        "Integrationen mot ärendehanteringssystemet bygger på öppna standarder.",
        "Personuppgifter behandlas enligt dataskyddsförordningen och gallras efter beslut.",
        "Robotiseringen frigjorde motsvarande en halv tjänst per år.",
        "Handläggarna fick utbildning och ett stödmaterial med vanliga frågor.",
        "Vårdnadshavare, invånare och företag får besked snabbare än förut.",
        "Nästa steg är att koppla %c till kommunens e-tjänsteplattform.",
    };

    static final String[] PROBLEMS = {
        "Handläggningstiderna för %s var långa och %a saknade överblick.",
        "Många manuella moment gjorde att %c tog onödigt lång tid.",
        "%A ringde kommunen för att fråga hur det gick med ärendet.",
        "Uppgifter om %s fanns i flera system som inte pratade med varandra.",
    };

    static final String[] FEATURES = {
        "Inloggning med BankID", "Automatisk kvittens till sökanden", "Statistik och uppföljning",
        "Integration mot verksamhetssystemet", "Digital signering av beslut", "Fungerar i mobilen",
        "Påminnelser via sms och e-post", "Karta med position", "Export till e-arkiv", "Flerspråkigt stöd",
        "Behörighetsstyrning per roll", "Öppet API",
    };

    static final String[][] ENGLISH = {
        {"Invoice robot", "Open source robot that matches supplier invoices with purchase orders.",
            "Written in Java; runs nightly and reports exceptions by e-mail to the finance team."},
        {"Open data portal", "A portal that publishes the municipality's open data sets with an API.",
            "Built on open source components; data sets are harvested nightly from internal systems."},
        {"Chatbot for citizen questions", "A chatbot that answers common questions from residents around the clock.",
            "Uses machine learning to route questions it cannot answer to the contact centre."},
        {"Digital signing service", "Electronic signatures for decisions and contracts.",
            "Integrates with the case management system and the e-archive."},
    };

    static final String[] DOMAINS = {"utbildning", "vard-och-omsorg", "individ-och-familjeomsorg", "samhallsbyggnad",
        "kultur-och-fritid", "miljo-och-halsa", "medborgarservice", "intern-administration", "it-och-infrastruktur"};

    // --- generation ---------------------------------------------------------------------------------------------

    record Municipality(String code, String name, String county, String skrGroup, long population) {
    }

    static SolutionDocument document(int i, List<Municipality> municipalities, double[] cumulative) {
        SplittableRandom random = new SplittableRandom(SEED ^ (0x9E3779B97F4A7C15L * (i + 1L)));
        UUID id = new UUID(0x00000000_0000_4000L | (random.nextLong() & 0xFFFFFFFF_FFFF0FFFL),
                0x8000000000000000L | (random.nextLong() & 0x3FFFFFFFFFFFFFFFL));
        Municipality publisher = municipalities.get(pickWeighted(random, cumulative));
        Instant publishedAt = BASE.minusSeconds(random.nextLong(86_400L * 1_500));
        int adoptions = (int) Math.floor(Math.exp(random.nextDouble() * 3.5)) - 1;

        String name;
        String summary;
        String description;
        String problem = null;
        List<String> features = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        Set<String> domains = new LinkedHashSet<>();
        String type;
        if (random.nextInt(100) < 3) { // a few solutions are described in English
            String[] english = ENGLISH[random.nextInt(ENGLISH.length)];
            name = english[0];
            summary = english[1];
            description = english[2];
            tags.add("english");
            domains.add(random.nextBoolean() ? "intern-administration" : "medborgarservice");
            type = "SOFTWARE";
        } else {
            Topic topic = TOPICS[random.nextInt(TOPICS.length)];
            Technique technique = TECHNIQUES[random.nextInt(TECHNIQUES.length)];
            Slots slots = new Slots(random, topic, technique);
            name = capitalise(slots.fill(pick(random, NAME_PATTERNS), true));
            summary = capitalise(slots.fill(pick(random, SUMMARY_PATTERNS), false));
            StringBuilder text = new StringBuilder();
            int sentences = 3 + random.nextInt(4);
            int first = random.nextInt(DESCRIPTION_SENTENCES.length);
            int step = 1 + random.nextInt(DESCRIPTION_SENTENCES.length - 1); // distinct sentences (the length is prime)
            for (int s = 0; s < sentences; s++) {
                String sentence = DESCRIPTION_SENTENCES[(first + s * step) % DESCRIPTION_SENTENCES.length];
                text.append(s == 0 ? "" : " ").append(capitalise(slots.fill(sentence, false)));
            }
            description = text.toString();
            if (random.nextInt(100) < 60) {
                problem = capitalise(slots.fill(pick(random, PROBLEMS), false));
            }
            int featureCount = 1 + random.nextInt(4);
            for (int f = 0; f < featureCount; f++) {
                features.add(pick(random, FEATURES));
            }
            tags.add(pick(random, topic.tags()));
            if (random.nextBoolean()) {
                tags.add(pick(random, topic.tags()));
            }
            tags.add(technique.tag());
            domains.add(topic.domain());
            type = random.nextInt(100) < 75 ? technique.type() : pick(random, "SOFTWARE", "PROCESS", "TEMPLATE");
        }
        if (random.nextInt(100) < 25) {
            domains.add(pick(random, DOMAINS));
        }
        Set<String> idealTypes = new LinkedHashSet<>();
        int idealCount = 1 + random.nextInt(3);
        for (int k = 0; k < idealCount; k++) {
            idealTypes.add(pick(random, "PRAGMATIC", "PRAGMATIC", "OPERATIONAL", "OPERATIONAL", "STRATEGIC"));
        }
        String status = weighted(random, new String[] {"IDEA", "PILOT", "IN_PRODUCTION", "RETIRED"},
                new int[] {10, 25, 60, 5});
        String effort = weighted(random, new String[] {"LOW", "MEDIUM", "HIGH", null}, new int[] {40, 40, 15, 5});
        String competence = weighted(random, new String[] {"NONE", "BASIC_IT", "IT_DEPARTMENT", "DEVELOPERS"},
                new int[] {15, 35, 35, 15});
        String origin = weighted(random, new String[] {"LOCAL", "JOINT", "NATIONAL"}, new int[] {70, 18, 12});
        boolean openSource = random.nextInt(100) < 35;
        return new SolutionDocument(id, name, summary, description, problem, features, tags, domains, type, status,
                effort, idealTypes, competence, origin, publisher.code(), publisher.name(), publisher.skrGroup(),
                publisher.county(), openSource, publishedAt, Math.max(0, adoptions));
    }

    /** Fills %s subject, %c compound, %a/%A actors, %v action, %t/%T technique into a pattern. */
    private static final class Slots {
        private final SplittableRandom random;
        private final Topic topic;
        private final Technique technique;

        Slots(SplittableRandom random, Topic topic, Technique technique) {
            this.random = random;
            this.topic = topic;
            this.technique = technique;
        }

        String fill(String pattern, boolean nameStyle) {
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < pattern.length(); k++) {
                char c = pattern.charAt(k);
                if (c != '%' || k + 1 == pattern.length()) {
                    out.append(c);
                    continue;
                }
                char slot = pattern.charAt(++k);
                out.append(switch (slot) {
                    // in names prefer the compact forms (compounds and base forms), as people name things
                    case 's' -> nameStyle && random.nextBoolean() ? pick(random, topic.compounds())
                            : pick(random, topic.subjects());
                    case 'c' -> pick(random, topic.compounds());
                    case 'a' -> pick(random, topic.actors());
                    case 'A' -> capitalise(pick(random, topic.actors()));
                    case 'v' -> pick(random, topic.actions());
                    case 't' -> technique.phrase();
                    case 'T' -> capitalise(technique.phrase());
                    default -> "%" + slot;
                });
            }
            return out.toString();
        }
    }

    static String capitalise(String text) {
        if (text.isEmpty() || Character.isUpperCase(text.charAt(0))) {
            return text;
        }
        // keep acronyms and e-words as they are written: "e-tjänst för …" → "E-tjänst för …"
        return text.substring(0, 1).toUpperCase(Locale.forLanguageTag("sv")) + text.substring(1);
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom random, T... values) {
        return values[random.nextInt(values.length)];
    }

    static String weighted(SplittableRandom random, String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int k = 0; k < values.length; k++) {
            roll -= weights[k];
            if (roll < 0) {
                return values[k];
            }
        }
        return values[values.length - 1];
    }

    static int pickWeighted(SplittableRandom random, double[] cumulative) {
        double roll = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = java.util.Arrays.binarySearch(cumulative, roll);
        return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
    }

    /** Larger municipalities publish more, but not proportionally: weight = population^0.6. */
    static double[] cumulativeWeights(List<Municipality> municipalities) {
        double[] cumulative = new double[municipalities.size()];
        double sum = 0;
        for (int k = 0; k < cumulative.length; k++) {
            sum += Math.pow(municipalities.get(k).population(), 0.6);
            cumulative[k] = sum;
        }
        return cumulative;
    }

    /** Sweden's 290 municipalities from the migration that seeds the register (code, name, county, SKR group). */
    static List<Municipality> municipalities() {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream("/db/migration/V2__municipality_data.sql")) {
            if (in == null) {
                throw new IllegalStateException("db/migration/V2__municipality_data.sql is not on the classpath");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher row = Pattern.compile(
                    "\\('(\\d{4})', '([^']+)', '(\\d{2})', '[^']*', (\\d+), \\d+, '([A-C]\\d)'").matcher(sql);
            List<Municipality> all = new ArrayList<>();
            while (row.find()) {
                all.add(new Municipality(row.group(1), row.group(2), row.group(3), row.group(5),
                        Long.parseLong(row.group(4))));
            }
            if (all.size() != 290) {
                throw new IllegalStateException("expected 290 municipalities, parsed " + all.size());
            }
            return all;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints a few documents and the facet spread: {@code java … se.delbart.bench.CorpusGenerator 10000}. */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<SolutionDocument> docs = list(size);
        docs.stream().limit(5).forEach(d -> System.out.println(d.name() + "\n  " + d.summary() + "\n  "
                + d.description() + "\n  problem: " + d.problem() + "\n  tags " + d.tags() + " domains " + d.domains()
                + " " + d.solutionType() + " " + d.publisherName() + " " + d.publisherSkrGroup() + " "
                + d.publisherCountyCode() + "\n"));
        for (var facet : se.delbart.search.Facet.values()) {
            var counts = new java.util.TreeMap<String, Integer>();
            docs.forEach(d -> d.facetValues().get(facet).forEach(v -> counts.merge(v, 1, Integer::sum)));
            System.out.println(facet + " (" + counts.size() + " values): " + counts);
        }
    }
}
