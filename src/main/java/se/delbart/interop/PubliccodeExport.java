package se.delbart.interop;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.provider.ProviderOffers;
import se.delbart.shared.Actor;

/**
 * Hands a solution back as publiccode.yml, and Delbart's own data about it (fit, effort, benefit, adoptions) as the
 * companion document the file links to. What the actor may not see is not found, as everywhere in the catalogue.
 */
@Service
@Transactional(readOnly = true)
public class PubliccodeExport {

    private final SolutionCatalog catalog;
    private final Municipalities municipalities;
    private final AdoptionRegistry adoptions;
    private final ImportedPubliccodes imports;
    private final ProviderOffers providers;

    PubliccodeExport(SolutionCatalog catalog, Municipalities municipalities, AdoptionRegistry adoptions,
            ImportedPubliccodes imports, ProviderOffers providers) {
        this.catalog = catalog;
        this.municipalities = municipalities;
        this.adoptions = adoptions;
        this.imports = imports;
        this.providers = providers;
    }

    /** @param baseUrl Delbart's public address, used for the links in the file */
    public String publiccodeYml(Actor actor, UUID id, String baseUrl) {
        Solution solution = catalog.get(actor, id);
        return PubliccodeExporter.export(solution, baseUrl, publisherName(solution),
                imports.findById(id).orElse(null), providers.contractors(id));
    }

    /** Delbart's data beside the publiccode.yml; {@code publiccode} is the address of the file itself. */
    public Map<String, Object> companion(Actor actor, UUID id, String baseUrl) {
        Solution solution = catalog.get(actor, id);
        SolutionDetails d = solution.details();
        Map<AdoptionStatus, Long> counts = new EnumMap<>(AdoptionStatus.class);
        for (AdoptionStatus status : AdoptionStatus.values()) {
            counts.put(status, 0L);
        }
        for (Adoption adoption : adoptions.forSolution(actor, id)) {
            counts.merge(adoption.status(), 1L, Long::sum);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("solution", solution.id());
        json.put("publiccode", baseUrl + "/api/v1/solutions/" + id + "/publiccode.yml");
        json.put("page", baseUrl + "/losningar/" + id);
        json.put("publisher", Map.of("kommunkod", solution.publisherCode(), "name", publisherName(solution)));
        json.put("lifecycle", solution.lifecycle());
        json.put("solutionType", d.solutionType());
        json.put("origin", d.origin());
        json.put("initiator", d.initiator());
        json.put("domains", d.domains());
        json.put("tags", d.tags());
        json.put("problem", d.problem());
        json.put("fit", d.fit());
        json.put("effort", d.effort());
        json.put("effortLevel", solution.effortLevel());
        json.put("benefit", d.benefit());
        json.put("adoptions", counts);
        imports.findById(id).ifPresent(i -> json.put("importedFromPubliccode",
                Map.of("importedAt", i.importedAt(), "usedByUnverified", i.usedBy())));
        return json;
    }

    private String publisherName(Solution solution) {
        return municipalities.findById(solution.publisherCode()).map(Municipality::name)
                .orElse(solution.publisherCode());
    }
}
