package se.delbart.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import se.delbart.catalog.Contact;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionDetails;
import se.delbart.provider.Contractor;

/**
 * Writes a solution as publiccode.yml 0.7.0, using only the standard's keys. Delbart's own data (fit, effort,
 * benefit, origin, adoptions) goes to the companion document named in the header comment, never into the file.
 * Where the standard requires something the catalogue may lack, a fixed, recognisable value is written that the
 * importer maps back (the solution's Delbart page as url, {@value PubliccodeMapper#NO_LICENCE}).
 */
final class PubliccodeExporter {

    static final String VERSION = "0.7.0";

    private PubliccodeExporter() {
    }

    /**
     * @param baseUrl      Delbart's public address, e.g. {@code https://delbart.se}
     * @param publisher    the publishing municipality's name
     * @param kept         what an import kept beside the catalogue (may be null)
     */
    static String export(Solution solution, String baseUrl, String publisher, ImportedPubliccode kept) {
        return export(solution, baseUrl, publisher, kept, List.of());
    }

    /**
     * @param contractors the solution's maintenance contractors (confirmed support offers with an end date): with any,
     *                    the maintenance type is {@code contract}
     */
    static String export(Solution solution, String baseUrl, String publisher, ImportedPubliccode kept,
            List<Contractor> contractors) {
        SolutionDetails d = solution.details();
        String page = baseUrl + "/losningar/" + solution.id();
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("publiccodeYmlVersion", VERSION);
        yaml.put("name", d.name());
        yaml.put("url", d.links().sourceCode() != null ? d.links().sourceCode() : page);
        yaml.put("landingURL", d.links().website() != null ? d.links().website() : page);
        yaml.put("platforms", kept != null && !kept.platforms().isEmpty() ? kept.platforms() : List.of("web"));
        List<String> categories = d.tags().stream().filter(Vocabulary.CATEGORIES::contains).toList();
        if (!categories.isEmpty()) {
            yaml.put("categories", categories);
        }
        if (kept != null && !kept.usedBy().isEmpty()) {
            yaml.put("usedBy", kept.usedBy());
        }
        yaml.put("developmentStatus", switch (d.status()) {
            case IDEA -> "concept";
            case PILOT -> "beta";
            case IN_PRODUCTION -> "stable";
            case RETIRED -> "obsolete";
        });
        yaml.put("softwareType", switch (d.solutionType()) {
            case SOFTWARE -> "standalone/web";
            case INTEGRATION -> "standalone/backend";
            case TEMPLATE -> "configurationFiles";
            case PROCESS, AI_MODEL, SERVICE_AGREEMENT -> "standalone/other";
        });
        yaml.put("organisation", map("uri", baseUrl + "/kommuner/" + solution.publisherCode(), "name", publisher));
        List<String> scopes = d.domains().stream().map(DomainMapping.PRIMARY_SCOPE::get).toList();
        Map<String, Object> audience = map("countries", List.of("SE"));
        if (!scopes.isEmpty()) {
            audience.put("scope", scopes);
        }
        yaml.put("intendedAudience", audience);

        Map<String, Object> sv = new LinkedHashMap<>();
        sv.put("localisedName", d.name());
        sv.put("shortDescription", d.summary());
        sv.put("longDescription", longDescription(d, page));
        if (d.links().documentation() != null) {
            sv.put("documentation", d.links().documentation());
        }
        sv.put("features", d.features().isEmpty() ? List.of(d.summary()) : d.features());
        yaml.put("description", map("sv", sv));

        yaml.put("legal", map("license", licence(d.licence()), "mainCopyrightOwner", publisher));
        String maintenanceType = kept != null && List.of("internal", "community").contains(kept.maintenanceType())
                ? kept.maintenanceType() : "internal";
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (Contact c : d.contacts()) {
            Map<String, Object> contact = map("name", c.name());
            putIfPresent(contact, "email", c.email());
            putIfPresent(contact, "phone", c.phone());
            putIfPresent(contact, "affiliation", c.role());
            contacts.add(contact);
        }
        if (!contractors.isEmpty()) {
            List<Map<String, Object>> written = new ArrayList<>();
            for (Contractor c : contractors) {
                Map<String, Object> contractor = map("name", c.name(), "until", c.until().toString());
                putIfPresent(contractor, "email", c.email());
                putIfPresent(contractor, "website", c.website());
                written.add(contractor);
            }
            Map<String, Object> maintenance = map("type", "contract", "contractors", written);
            if (!contacts.isEmpty()) {
                maintenance.put("contacts", contacts);
            }
            yaml.put("maintenance", maintenance);
        } else if (contacts.isEmpty()) {
            yaml.put("maintenance", map("type", "none"));
        } else {
            yaml.put("maintenance", map("type", maintenanceType, "contacts", contacts));
        }
        yaml.put("localisation", map("localisationReady", false, "availableLanguages", List.of("sv")));
        if (!d.fit().dependencies().isEmpty()) {
            yaml.put("dependsOn", map("open", d.fit().dependencies().stream().map(n -> map("name", n)).toList()));
        }

        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                .setIndicatorIndent(2).setIndentWithIndicator(true).setWidth(100).build();
        // every text a person typed goes through the emitter; the header comment holds none (a line break in a name
        // would end the comment and start keys of its own for a YAML 1.1 reader)
        return "# publiccode.yml exported by Delbart.\n"
                + "# Delbart's fit, effort, benefit and adoptions for this solution: " + baseUrl + "/api/v1/solutions/"
                + solution.id() + "/delbart.json\n"
                + new Dump(settings).dumpToString(yaml);
    }

    /** The description, the problem under a fixed heading, and a closing paragraph linking to the Delbart page (which alone has the minimum length). */
    static String longDescription(SolutionDetails d, String page) {
        StringBuilder text = new StringBuilder();
        if (d.description() != null) {
            text.append(d.description().strip());
        }
        if (d.problem() != null) {
            text.append(text.isEmpty() ? "" : "\n\n").append(PubliccodeMapper.PROBLEM_HEADING).append("\n\n")
                    .append(d.problem().strip());
        }
        String link = PubliccodeMapper.DELBART_LINK_PREFIX + page;
        text.append(text.isEmpty() ? "" : "\n\n").append(link);
        return text.toString();
    }

    static String licence(String licence) {
        if (licence == null) {
            return PubliccodeMapper.NO_LICENCE;
        }
        return licence.equals("PROPRIETARY") ? PubliccodeMapper.PROPRIETARY : licence;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
