package se.delbart.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import se.delbart.catalog.Contact;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Fit;
import se.delbart.catalog.Links;
import se.delbart.catalog.Maturity;
import se.delbart.catalog.Origin;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionType;
import se.delbart.provider.Contractor;

/**
 * Maps a valid publiccode.yml tree to a catalogue draft. Fit, effort and benefit stay empty: a publiccode.yml does not
 * say them, the editor must. What has no place in the catalogue (usedBy, platforms, maintenance type) is kept
 * beside it; usedBy only ever as unverified text, never as adoptions. Each lossy choice adds a warning.
 */
final class PubliccodeMapper {

    static final String PROBLEM_HEADING = "## Problemet som löses";
    /** The closing paragraph of every export (long enough for the standard's 150-character minimum with its link). */
    static final String DELBART_LINK_PREFIX =
            "Lösningen delas i Delbart, kommunernas marknadsplats för egna digitala lösningar. Mer om dess passform, insats och nytta: ";
    static final String NO_LICENCE = "LicenseRef-delbart-not-stated";
    static final String PROPRIETARY = "LicenseRef-proprietary";
    /** The page address Delbart exports as url/landingURL when a solution has no repository or website of its own. */
    static final Pattern DELBART_PAGE = Pattern.compile("https?://[^/]+(/[^?#]*)?/losningar/[0-9a-f-]{36}");
    private static final Pattern DELBART_LICENCE = Pattern.compile(
            "PROPRIETARY|[A-Za-z0-9][A-Za-z0-9.+-]*( (AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+-]*)*");

    private final List<Finding> notes = new ArrayList<>();
    /** Where each catalogue field came from, so that the catalogue's own rules can be reported at the file's keys. */
    private final Map<String, Finding> sources = new HashMap<>();

    private PubliccodeMapper() {
    }

    static PubliccodeDraft map(Node root) {
        return new PubliccodeMapper().draft((MappingNode) root);
    }

    private PubliccodeDraft draft(MappingNode root) {
        String language = language(child(root, "description"));
        String lang = "description." + language;
        Node description = child(child(root, "description"), language);

        String name = Optional.ofNullable(text(description, "localisedName")).orElse(text(root, "name"));
        source("name", description != null && text(description, "localisedName") != null ? lang + ".localisedName" : "name",
                description != null && text(description, "localisedName") != null ? keyOf(description, "localisedName") : keyOf(root, "name"));
        String summary = text(description, "shortDescription");
        source("summary", lang + ".shortDescription", keyOf(description, "shortDescription"));

        String longDescription = Optional.ofNullable(text(description, "longDescription")).orElse("").strip();
        int link = longDescription.lastIndexOf(DELBART_LINK_PREFIX);
        if (link >= 0 && longDescription.indexOf('\n', link) < 0) {
            longDescription = longDescription.substring(0, link).strip();
        }
        String problem = null;
        int heading = longDescription.lastIndexOf(PROBLEM_HEADING);
        if (heading >= 0) {
            problem = longDescription.substring(heading + PROBLEM_HEADING.length()).strip();
            longDescription = longDescription.substring(0, heading).strip();
        }
        source("description", lang + ".longDescription", keyOf(description, "longDescription"));
        source("problem", lang + ".longDescription", keyOf(description, "longDescription"));

        List<String> features = texts(child(description, "features"));
        if (features.size() == 1 && features.get(0).equals(summary)) {
            features = List.of(); // what the exporter writes for a solution without features
        }
        source("features", lang + ".features", keyOf(description, "features"));
        if (features.size() > 30) {
            note(lang + ".features", "Delbart keeps at most 30 features; the first 30 of " + features.size() + " were taken",
                    keyOf(description, "features"));
            features = features.subList(0, 30);
        }

        String url = text(root, "url");
        String landing = text(root, "landingURL");
        Links links = new Links(isDelbartPage(url) ? null : url, text(description, "documentation"),
                isDelbartPage(landing) ? null : landing);
        source("links.sourceCode", "url", keyOf(root, "url"));
        source("links.website", "landingURL", keyOf(root, "landingURL"));
        source("links.documentation", lang + ".documentation", keyOf(description, "documentation"));

        String licence = licence(text(child(root, "legal"), "license"), keyOf(child(root, "legal"), "license"));
        source("licence", "legal.license", keyOf(child(root, "legal"), "license"));

        SolutionType type = type(text(root, "softwareType"), keyOf(root, "softwareType"));
        Maturity status = status(text(root, "developmentStatus"), keyOf(root, "developmentStatus"));

        List<String> categories = texts(child(root, "categories"));
        List<String> scopes = texts(child(child(root, "intendedAudience"), "scope"));
        Set<Domain> domains = DomainMapping.domains(scopes, categories);
        if (domains.isEmpty()) {
            domains = Set.of(DomainMapping.FALLBACK);
            note("intendedAudience.scope", "No scope or category names a municipal area; the draft is filed under '"
                    + DomainMapping.FALLBACK.code() + "' until the editor chooses", keyOf(root, "intendedAudience"));
        }
        source("domains", "intendedAudience.scope", keyOf(root, "intendedAudience"));
        Set<String> tags = new LinkedHashSet<>(categories);
        if (tags.size() > 20) {
            note("categories", "Delbart keeps at most 20 tags; the first 20 categories were taken", keyOf(root, "categories"));
            tags = new LinkedHashSet<>(categories.subList(0, 20));
        }
        source("tags", "categories", keyOf(root, "categories"));

        List<Contact> contacts = new ArrayList<>();
        for (Node contact : items(child(child(root, "maintenance"), "contacts"))) {
            contacts.add(new Contact(text(contact, "name"), text(contact, "affiliation"), text(contact, "email"),
                    text(contact, "phone")));
        }
        source("contacts", "maintenance.contacts", keyOf(child(root, "maintenance"), "contacts"));
        if (contacts.size() > 10) {
            note("maintenance.contacts", "Delbart keeps at most 10 contacts; the first 10 were taken",
                    keyOf(child(root, "maintenance"), "contacts"));
            contacts = contacts.subList(0, 10);
        }

        List<String> dependencies = new ArrayList<>();
        Node dependsOn = child(root, "dependsOn");
        for (String kind : List.of("open", "proprietary", "hardware")) {
            for (Node dependency : items(child(dependsOn, kind))) {
                dependencies.add(dependency(dependency));
            }
        }
        source("fit.dependencies", "dependsOn", keyOf(root, "dependsOn"));

        List<String> usedBy = texts(child(root, "usedBy"));
        if (!usedBy.isEmpty()) {
            note("usedBy", "usedBy is kept as the publisher's unverified statement; it does not create adoptions",
                    keyOf(root, "usedBy"));
        }
        List<String> platforms = child(root, "platforms") instanceof ScalarNode s ? List.of(s.getValue())
                : texts(child(root, "platforms"));
        String maintenanceType = text(child(root, "maintenance"), "type");
        List<Contractor> contractors = new ArrayList<>();
        for (Node contractor : items(child(child(root, "maintenance"), "contractors"))) {
            contractors.add(new Contractor(text(contractor, "name"), date(text(contractor, "until")),
                    text(contractor, "email"), text(contractor, "website")));
        }
        if (!contractors.isEmpty()) {
            note("maintenance.contractors", "The " + contractors.size() + " contractor(s) become the solution's "
                    + "confirmed support offers (Vem kan hjälpa er)", keyOf(child(root, "maintenance"), "contractors"));
        }

        SolutionDetails details = new SolutionDetails(name, summary, longDescription.isEmpty() ? null : longDescription,
                problem, features, links, licence, type, status, domains, tags, Origin.LOCAL, null, contacts,
                new Fit(List.of(), null, Set.of(), dependencies, false, false), null, null);
        note("", "Fit, effort and benefit are not part of publiccode.yml: fill them in before the draft can be published",
                Finding.Position.NONE);
        return new PubliccodeDraft(details, usedBy, platforms, maintenanceType, text(root, "publiccodeYmlVersion"),
                language, List.copyOf(notes), Map.copyOf(sources), url, List.copyOf(contractors));
    }

    /** Swedish preferred, then English, then the first language given. */
    private static String language(Node description) {
        List<String> languages = new ArrayList<>();
        if (description instanceof MappingNode mapping) {
            mapping.getValue().forEach(t -> languages.add(((ScalarNode) t.getKeyNode()).getValue()));
        }
        for (String preferred : List.of("sv", "en")) {
            for (String language : languages) {
                if (language.toLowerCase(Locale.ROOT).equals(preferred) || language.toLowerCase(Locale.ROOT).startsWith(preferred + "-")) {
                    return language;
                }
            }
        }
        return languages.isEmpty() ? "sv" : languages.get(0);
    }

    private String licence(String expression, Finding.Position at) {
        if (expression == null || expression.equals(NO_LICENCE)) {
            return null;
        }
        if (expression.equalsIgnoreCase(PROPRIETARY)) {
            return "PROPRIETARY";
        }
        if (!DELBART_LICENCE.matcher(expression).matches() || expression.length() > 100) {
            note("legal.license", "The licence expression '" + expression
                    + "' is valid SPDX but too complex for Delbart's licence field (no parentheses); it was left empty", at);
            return null;
        }
        return expression;
    }

    private SolutionType type(String softwareType, Finding.Position at) {
        if (softwareType == null) {
            return SolutionType.SOFTWARE;
        }
        return switch (softwareType) {
            case "standalone/backend", "addon" -> SolutionType.INTEGRATION;
            case "configurationFiles" -> SolutionType.TEMPLATE;
            case "standalone/other" -> {
                note("softwareType", "'standalone/other' was read as software; choose process, AI model or service agreement if that fits better", at);
                yield SolutionType.SOFTWARE;
            }
            default -> SolutionType.SOFTWARE;
        };
    }

    private Maturity status(String developmentStatus, Finding.Position at) {
        if (developmentStatus == null) {
            return Maturity.IDEA;
        }
        return switch (developmentStatus) {
            case "concept" -> Maturity.IDEA;
            case "development" -> {
                note("developmentStatus", "'development' was read as a pilot", at);
                yield Maturity.PILOT;
            }
            case "beta" -> Maturity.PILOT;
            case "obsolete" -> Maturity.RETIRED;
            default -> Maturity.IN_PRODUCTION;
        };
    }

    private static String dependency(Node dependency) {
        String name = text(dependency, "name");
        String version = text(dependency, "version");
        String min = text(dependency, "versionMin");
        String max = text(dependency, "versionMax");
        if (version != null) {
            return name + " " + version;
        }
        if (min != null || max != null) {
            return name + " (" + (min == null ? "" : ">= " + min) + (min != null && max != null ? ", " : "")
                    + (max == null ? "" : "<= " + max) + ")";
        }
        return name;
    }

    /** A contractor's {@code until}; the validator has checked it is a date. */
    private static java.time.LocalDate date(String text) {
        try {
            return text == null ? null : java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static boolean isDelbartPage(String url) {
        return url != null && DELBART_PAGE.matcher(url).matches();
    }

    private void note(String path, String message, Finding.Position at) {
        notes.add(Finding.warning(path, message, at));
    }

    private void source(String field, String path, Finding.Position at) {
        sources.put(field, Finding.error(path, "", at));
    }

    // lenient tree access: the tree was validated before mapping

    static Node child(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    private static Finding.Position keyOf(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return PubliccodeValidator.position(k);
                }
            }
            return PubliccodeValidator.position(node);
        }
        return Finding.Position.NONE;
    }

    static String text(Node node, String key) {
        Node value = child(node, key);
        return value instanceof ScalarNode s && !Tag.NULL.equals(s.getTag()) ? s.getValue() : null;
    }

    private static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    private static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        for (Node item : items(node)) {
            if (item instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
                texts.add(s.getValue().strip());
            }
        }
        return texts;
    }
}
