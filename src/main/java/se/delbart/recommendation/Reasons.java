package se.delbart.recommendation;

import java.util.List;

import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.CompetenceNeeded;
import se.delbart.catalog.EffortLevel;
import se.delbart.shared.IdealType;

/** The reasons a recommendation can carry, in plain Swedish and English. */
final class Reasons {

    private Reasons() {
    }

    /** The need and the words of it the solution holds (none when only strengths are known). */
    static Reason need(String need, List<String> words) {
        if (words.isEmpty()) {
            return new Reason("need", "Matchar ert behov: " + need, "Matches your need: " + need, false);
        }
        String shared = String.join(", ", words);
        return new Reason("need", "Matchar ert behov \u201d" + need + "\u201d: " + shared,
                "Matches your need \u201c" + need + "\u201d: " + shared, false);
    }

    static Reason suits(IdealType type) {
        return new Reason("ideal-type-fit", "Utgivaren anger att den passar " + typeSv(type) + " kommuner, som er",
                "The publisher says it suits " + typeEn(type) + " municipalities, like yours", false);
    }

    static Reason similarRunIt(int n) {
        return new Reason("empirical-fit", "I drift hos " + n + (n == 1 ? " kommun" : " kommuner")
                + " med en profil som liknar er", "In production in " + n + (n == 1 ? " municipality" : " municipalities")
                + " with a profile like yours", false);
    }

    static Reason fitsCapacity(CompetenceNeeded needed, CompetenceNeeded ceiling) {
        if (needed == null || needed.ordinal() <= CompetenceNeeded.BASIC_IT.ordinal()) {
            return new Reason("feasible", "Kräver ingen egen utvecklare — passar er kapacitet",
                    "Needs no developer of your own — fits your capacity", false);
        }
        return new Reason("feasible", "Kräver " + competenceSv(needed) + ", vilket ni har — passar er kapacitet",
                "Needs " + competenceEn(needed) + ", which you have — fits your capacity", false);
    }

    /**
     * "Sundsvall erbjuder drift och support till andra kommuner": the named organisations host and support it, so the
     * adopter needs no IT department or developers of its own even where running it would.
     */
    static Reason offeredAsService(List<String> providers, CompetenceNeeded toRunIt) {
        String sv = joinSv(providers) + " erbjuder drift och support till andra kommuner";
        String en = joinEn(providers) + (providers.size() == 1 ? " offers" : " offer")
                + " hosting and support to other municipalities";
        if (toRunIt != null && toRunIt.ordinal() > CompetenceNeeded.BASIC_IT.ordinal()) {
            sv += " — ni behöver varken IT-avdelning eller egna utvecklare för att använda den";
            en += " — you need neither an IT department nor developers of your own to use it";
        }
        return new Reason("offered-as-service", sv, en, false);
    }

    private static String joinSv(List<String> names) {
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
    }

    private static String joinEn(List<String> names) {
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static Reason stretchesCapacity(CompetenceNeeded needed) {
        return new Reason("stretches-capacity", "Kräver " + competenceSv(needed) + ", lite mer än ni har enligt profilen",
                "Needs " + competenceEn(needed) + ", a little more than your profile says you have", true);
    }

    static Reason competenceUnknown() {
        return new Reason("competence-unknown", "Utgivaren anger inte vilken kompetens som krävs",
                "The publisher does not say what competence it needs", true);
    }

    static Reason beyondCapacity(CompetenceNeeded needed) {
        return new Reason("beyond-capacity", "Kräver " + competenceSv(needed)
                + ", vilket går utöver er kapacitet — visas bara för att inget annat passade bättre",
                "Needs " + competenceEn(needed)
                        + ", which is beyond your capacity — shown only because nothing else fitted better", true);
    }

    static Reason heavyEffort(EffortLevel level) {
        return new Reason("heavy-effort", "Insatsen är " + (level == EffortLevel.HIGH ? "hög" : "medelstor")
                + " för er kapacitet", "The effort is " + level.name().toLowerCase() + " for your capacity", true);
    }

    static Reason inProductionInGroup(int n, String group) {
        return new Reason("peer-proof", "I drift hos " + n + (n == 1 ? " kommun" : " kommuner") + " i er kommungrupp ("
                + group + ")", "In production in " + n + (n == 1 ? " municipality" : " municipalities")
                + " in your municipal group (" + group + ")", false);
    }

    static Reason inProduction(int n) {
        return new Reason("peer-proof", "I drift hos " + n + (n == 1 ? " annan kommun" : " andra kommuner"),
                "In production in " + n + (n == 1 ? " other municipality" : " other municipalities"), false);
    }

    /** {@code status}: how far the municipality has come with {@code with}; the reason says it as it is. */
    static Reason usedTogether(String with, AdoptionStatus status) {
        String sv;
        String en;
        if (status == AdoptionStatus.IMPLEMENTING) {
            sv = "som ni håller på att införa";
            en = "which you are implementing";
        } else if (status == AdoptionStatus.IN_PRODUCTION) {
            sv = "som ni redan använder";
            en = "which you already use";
        } else {
            sv = "som ni planerar att införa";
            en = "which you plan to adopt";
        }
        return new Reason("co-adoption", "Används ofta tillsammans med " + with + ", " + sv,
                "Often used together with " + with + ", " + en, false);
    }

    static Reason maintained() {
        return new Reason("maintained", "Underhålls: uppdaterad det senaste året och har support",
                "Maintained: updated within the last year and supported", false);
    }

    static Reason provenLight() {
        return new Reason("pragmatic-proven", "Beprövad, kräver lite anpassning och har support — genomförbar utan eget utvecklingsarbete",
                "Proven, needs little adaptation and is supported — doable without development work of your own", false);
    }

    static Reason provenLocal() {
        return new Reason("pragmatic-proven-local", "Lokalt utvecklad och beprövad, lite anpassning och support — ett alternativ utöver de nationella erbjudandena",
                "Built and proven locally, little adaptation and supported — an option beyond the national offers", false);
    }

    static Reason citizenBenefit() {
        return new Reason("operational-citizen-benefit", "Ger invånarnytta utöver förvaltningens egen nytta",
                "Gives citizen value beyond the department's own benefit", false);
    }

    static Reason crossDepartment(int domains) {
        return new Reason("operational-cross-department", "Spänner över " + domains
                + " verksamhetsområden — nytta över förvaltningsgränserna",
                "Spans " + domains + " areas — value across department boundaries", false);
    }

    static Reason complements(String partner, boolean partnerLocal, String domainCode) {
        return new Reason("strategic-pair", "Kompletterar " + partner + " (" + (partnerLocal ? "lokal" : "nationell")
                + ") med en " + (partnerLocal ? "nationell" : "lokal") + " lösning inom "
                + domainName(domainCode, false).toLowerCase(java.util.Locale.ROOT),
                "Complements " + partner + " (" + (partnerLocal ? "local" : "national") + ") with a "
                        + (partnerLocal ? "national" : "local") + " solution in "
                        + domainName(domainCode, true).toLowerCase(java.util.Locale.ROOT), false);
    }

    /** The catalogue's own name of a domain (its message bundle), or the code. */
    static String domainName(String code, boolean english) {
        try {
            return java.util.ResourceBundle.getBundle("i18n/catalog",
                    english ? java.util.Locale.ENGLISH : java.util.Locale.ROOT).getString("domain." + code);
        } catch (java.util.MissingResourceException e) {
            return code;
        }
    }

    static String typeSv(IdealType type) {
        return switch (type) {
            case PRAGMATIC -> "pragmatiska";
            case OPERATIONAL -> "operationella";
            case STRATEGIC -> "strategiska";
        };
    }

    static String typeEn(IdealType type) {
        return type.name().toLowerCase();
    }

    static String competenceSv(CompetenceNeeded c) {
        return switch (c) {
            case NONE -> "ingen särskild IT-kompetens";
            case BASIC_IT -> "grundläggande IT-kompetens";
            case IT_DEPARTMENT -> "en IT-avdelning";
            case DEVELOPERS -> "egna utvecklare";
        };
    }

    static String competenceEn(CompetenceNeeded c) {
        return switch (c) {
            case NONE -> "no particular IT competence";
            case BASIC_IT -> "basic IT competence";
            case IT_DEPARTMENT -> "an IT department";
            case DEVELOPERS -> "developers of your own";
        };
    }
}
