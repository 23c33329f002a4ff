package se.delbart.interop;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.delbart.catalog.Domain;

/**
 * The one place where publiccode.yml's vocabularies meet the catalogue's municipal areas ({@link Domain}).
 * Import: the {@code intendedAudience.scope} values in the tables below give the domains; only when none does, the
 * {@code categories} table is asked (every category also becomes a tag). Export: each domain is written as its primary scope, which maps back to the same
 * domain, so domains survive a round trip.
 */
final class DomainMapping {

    /** Each domain's primary scope: the first scope listed for it in {@link #SCOPES}. */
    static final Map<Domain, String> PRIMARY_SCOPE = Map.of(
            Domain.UTBILDNING, "education",
            Domain.VARD_OCH_OMSORG, "healthcare",
            Domain.INDIVID_OCH_FAMILJEOMSORG, "welfare",
            Domain.SAMHALLSBYGGNAD, "infrastructures",
            Domain.KULTUR_OCH_FRITID, "culture",
            Domain.MILJO_OCH_HALSA, "environment",
            Domain.MEDBORGARSERVICE, "society",
            Domain.INTERN_ADMINISTRATION, "government",
            Domain.IT_OCH_INFRASTRUKTUR, "science-and-technology");

    /** intendedAudience.scope → domain (scopes without a municipal counterpart, e.g. defence, are left out). */
    static final Map<String, Domain> SCOPES = Map.ofEntries(
            Map.entry("education", Domain.UTBILDNING),
            Map.entry("research", Domain.UTBILDNING),
            Map.entry("healthcare", Domain.VARD_OCH_OMSORG),
            Map.entry("welfare", Domain.INDIVID_OCH_FAMILJEOMSORG),
            Map.entry("employment", Domain.INDIVID_OCH_FAMILJEOMSORG),
            Map.entry("infrastructures", Domain.SAMHALLSBYGGNAD),
            Map.entry("transportation", Domain.SAMHALLSBYGGNAD),
            Map.entry("culture", Domain.KULTUR_OCH_FRITID),
            Map.entry("sport", Domain.KULTUR_OCH_FRITID),
            Map.entry("tourism", Domain.KULTUR_OCH_FRITID),
            Map.entry("environment", Domain.MILJO_OCH_HALSA),
            Map.entry("energy", Domain.MILJO_OCH_HALSA),
            Map.entry("agriculture", Domain.MILJO_OCH_HALSA),
            Map.entry("society", Domain.MEDBORGARSERVICE),
            Map.entry("emergency-services", Domain.MEDBORGARSERVICE),
            Map.entry("government", Domain.INTERN_ADMINISTRATION),
            Map.entry("local-authorities", Domain.INTERN_ADMINISTRATION),
            Map.entry("finance-and-economic-development", Domain.INTERN_ADMINISTRATION),
            Map.entry("justice", Domain.INTERN_ADMINISTRATION),
            Map.entry("science-and-technology", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("security", Domain.IT_OCH_INFRASTRUKTUR));

    /** categories → domain, for categories that clearly belong to one municipal area. */
    static final Map<String, Domain> CATEGORIES = Map.ofEntries(
            Map.entry("learning-management-system", Domain.UTBILDNING),
            Map.entry("educational-content", Domain.UTBILDNING),
            Map.entry("integrated-library-system", Domain.KULTUR_OCH_FRITID),
            Map.entry("event-management", Domain.KULTUR_OCH_FRITID),
            Map.entry("geographic-information-systems", Domain.SAMHALLSBYGGNAD),
            Map.entry("cad", Domain.SAMHALLSBYGGNAD),
            Map.entry("property-management", Domain.SAMHALLSBYGGNAD),
            Map.entry("real-estate-management", Domain.SAMHALLSBYGGNAD),
            Map.entry("facility-management", Domain.SAMHALLSBYGGNAD),
            Map.entry("fleet-management", Domain.SAMHALLSBYGGNAD),
            Map.entry("digital-citizenship", Domain.MEDBORGARSERVICE),
            Map.entry("customer-service-and-support", Domain.MEDBORGARSERVICE),
            Map.entry("appointment-scheduling", Domain.MEDBORGARSERVICE),
            Map.entry("online-booking", Domain.MEDBORGARSERVICE),
            Map.entry("call-center-management", Domain.MEDBORGARSERVICE),
            Map.entry("feedback-and-reviews-management", Domain.MEDBORGARSERVICE),
            Map.entry("survey", Domain.MEDBORGARSERVICE),
            Map.entry("accounting", Domain.INTERN_ADMINISTRATION),
            Map.entry("billing-and-invoicing", Domain.INTERN_ADMINISTRATION),
            Map.entry("budgeting", Domain.INTERN_ADMINISTRATION),
            Map.entry("document-management", Domain.INTERN_ADMINISTRATION),
            Map.entry("e-signature", Domain.INTERN_ADMINISTRATION),
            Map.entry("hr", Domain.INTERN_ADMINISTRATION),
            Map.entry("payroll", Domain.INTERN_ADMINISTRATION),
            Map.entry("procurement", Domain.INTERN_ADMINISTRATION),
            Map.entry("financial-reporting", Domain.INTERN_ADMINISTRATION),
            Map.entry("business-process-management", Domain.INTERN_ADMINISTRATION),
            Map.entry("workflow-management", Domain.INTERN_ADMINISTRATION),
            Map.entry("whistleblowing", Domain.INTERN_ADMINISTRATION),
            Map.entry("regulations-and-directives", Domain.INTERN_ADMINISTRATION),
            Map.entry("it-security", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("it-management", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("it-service-management", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("it-asset-management", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("it-development", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("application-development", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("identity-management", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("network-management", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("cloud-management", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("backup", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("data-analytics", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("data-collection", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("data-visualization", Domain.IT_OCH_INFRASTRUKTUR),
            Map.entry("business-intelligence", Domain.IT_OCH_INFRASTRUKTUR));

    /** Used when nothing in the file names a municipal area: a draft needs one; the importer warns. */
    static final Domain FALLBACK = Domain.IT_OCH_INFRASTRUKTUR;

    private DomainMapping() {
    }

    static Set<Domain> domains(List<String> scopes, List<String> categories) {
        Set<Domain> domains = new LinkedHashSet<>();
        scopes.forEach(s -> Optional.ofNullable(SCOPES.get(s)).ifPresent(domains::add));
        if (!domains.isEmpty()) {
            return domains; // the field of application says it; a software category is only a hint
        }
        categories.forEach(c -> Optional.ofNullable(CATEGORIES.get(c)).ifPresent(domains::add));
        return domains;
    }
}
