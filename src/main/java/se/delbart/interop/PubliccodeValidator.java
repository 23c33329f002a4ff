package se.delbart.interop;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Validates a publiccode.yml node tree against the standard (core 0.2–0.7 and the deprecated Italian section), the
 * way the official parser does: every version is read with the 0.7 rules, unknown keys are errors, deprecated keys
 * warnings. Key paths and messages follow the official parser so that reports are comparable. URLs are checked for
 * syntax only (no network); relative file paths only when {@link Assets} are available.
 */
final class PubliccodeValidator {

    static final List<String> SUPPORTED_VERSIONS = List.of("0", "0.2", "0.2.0", "0.2.1", "0.2.2", "0.3", "0.3.0",
            "0.4", "0.4.0", "0.5", "0.5.0", "0.6", "0.6.0", "0.7", "0.7.0");
    static final Set<String> CURRENT_VERSIONS = Set.of("0", "0.7", "0.7.0");
    private static final String DEPRECATED = "This key is DEPRECATED and will be removed in the future. ";
    private static final String SAFE_TO_DROP = DEPRECATED + "It's safe to drop it";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern MIME = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern IPA_CODE = Pattern.compile("[a-z0-9_]{2,}");
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    /** Hosts whose video pages support oEmbed (the official parser asks the provider; we only know the hosts). */
    private static final Set<String> OEMBED_VIDEO_HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com",
            "youtu.be", "vimeo.com", "www.vimeo.com", "player.vimeo.com", "dailymotion.com", "www.dailymotion.com",
            "dai.ly", "ted.com", "www.ted.com", "loom.com", "www.loom.com");

    private static final Set<String> TOP_LEVEL = Set.of("publiccodeYmlVersion", "name", "applicationSuite", "url",
            "landingURL", "isBasedOn", "softwareVersion", "releaseDate", "logo", "monochromeLogo", "inputTypes",
            "outputTypes", "platforms", "categories", "usedBy", "fundedBy", "roadmap", "developmentStatus",
            "softwareType", "supports", "organisation", "intendedAudience", "description", "legal", "maintenance",
            "localisation", "dependsOn", "IT", "it");

    private final Assets assets;
    private final List<Finding> findings = new ArrayList<>();

    private PubliccodeValidator(Assets assets) {
        this.assets = assets;
    }

    /** Errors and warnings in file order (errors of a missing section have no position and come first). */
    static List<Finding> validate(Node root, Assets assets) {
        PubliccodeValidator validator = new PubliccodeValidator(assets);
        validator.root(root);
        List<Finding> sorted = new ArrayList<>(validator.findings);
        sorted.sort(java.util.Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return List.copyOf(sorted);
    }

    /** A key and its value in a mapping. */
    record Entry(Node key, Node value) {
        Finding.Position at() {
            return position(key);
        }
    }

    // ---------------------------------------------------------------- top level

    private void root(Node root) {
        if (!(root instanceof MappingNode)) {
            error("", "publiccode.yml must be a YAML mapping of keys to values", root == null ? Finding.Position.NONE : position(root));
            return;
        }
        Map<String, Entry> top = entries(root, "", TOP_LEVEL);
        Finding.Position rootAt = position(root);

        String version = string(top, "publiccodeYmlVersion", "publiccodeYmlVersion");
        Entry versionEntry = top.get("publiccodeYmlVersion");
        if (version == null && (versionEntry == null || isNull(versionEntry.value()))) {
            error("publiccodeYmlVersion", "publiccodeYmlVersion is a required field", Finding.Position.NONE);
        } else if (version != null && !SUPPORTED_VERSIONS.contains(version)) {
            error("publiccodeYmlVersion", "unsupported version: '" + version + "'. Supported versions: "
                    + String.join(", ", SUPPORTED_VERSIONS), Finding.Position.NONE);
        } else if (version != null && !CURRENT_VERSIONS.contains(version)) {
            warning("publiccodeYmlVersion", "v" + version + " is not the latest version of the standard (0.7); the file is"
                    + " read as v0.7. Write publiccodeYmlVersion: \"0.7\" to say which version it follows.",
                    top.get("publiccodeYmlVersion").at());
        }

        required(top, "name", "name", rootAt);
        string(top, "applicationSuite", "applicationSuite");
        String url = required(top, "url", "url", rootAt);
        if (url != null && !isUrl(url)) {
            error("url", "url must be a valid URL", top.get("url").at());
        }
        httpUrl(top, "landingURL", "landingURL");
        isBasedOn(top.get("isBasedOn"));
        string(top, "softwareVersion", "softwareVersion");
        date(top, "releaseDate", "releaseDate", top.get("releaseDate"));
        logo(top, "logo");
        if (top.containsKey("monochromeLogo")) {
            warning("monochromeLogo", DEPRECATED + "Use 'logo' instead", top.get("monochromeLogo").at());
            logo(top, "monochromeLogo");
        }
        for (String key : List.of("inputTypes", "outputTypes")) {
            if (top.containsKey(key)) {
                warning(key, SAFE_TO_DROP, top.get(key).at());
                List<Node> items = list(top.get(key), key);
                for (int i = 0; i < items.size(); i++) {
                    String type = scalarItem(items.get(i), key + "[" + i + "]");
                    if (type != null && !MIME.matcher(type).matches()) {
                        error(key + "[" + i + "]", key + "[" + i + "] is not a valid MIME type", position(items.get(i)));
                    }
                }
            }
        }
        platforms(top.get("platforms"), rootAt);
        enumList(top.get("categories"), "categories", Vocabulary.CATEGORIES,
                "must be a valid category (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/categories-list.rst)");
        stringList(top.get("usedBy"), "usedBy");
        organisations(top.get("fundedBy"));
        httpUrl(top, "roadmap", "roadmap");
        oneOf(top, "developmentStatus", "developmentStatus", Vocabulary.DEVELOPMENT_STATUSES, rootAt);
        oneOf(top, "softwareType", "softwareType", Vocabulary.SOFTWARE_TYPES, rootAt);
        supports(top.get("supports"));
        organisation(top.get("organisation"));
        intendedAudience(top.get("intendedAudience"));
        description(top.get("description"), rootAt);
        legal(top.get("legal"));
        maintenance(top.get("maintenance"));
        localisation(top.get("localisation"));
        dependsOn(top.get("dependsOn"));
        italy(top);
    }

    // ---------------------------------------------------------------- sections

    private void isBasedOn(Entry entry) {
        if (entry == null || isNull(entry.value())) {
            return;
        }
        if (entry.value() instanceof ScalarNode scalar) {
            if (!isUrl(scalar.getValue())) {
                error("isBasedOn[0]", "isBasedOn[0] must be a valid URL", entry.at());
            }
            return;
        }
        List<Node> items = list(entry, "isBasedOn");
        for (int i = 0; i < items.size(); i++) {
            String value = scalarItem(items.get(i), "isBasedOn[" + i + "]");
            if (value != null && !isUrl(value)) {
                error("isBasedOn[" + i + "]", "isBasedOn[" + i + "] must be a valid URL", position(items.get(i)));
            }
        }
    }

    private void platforms(Entry entry, Finding.Position rootAt) {
        // The standard's text allows a single string; the official parser (and so every catalogue using it) wants a list.
        List<Node> items = entry == null ? List.of() : list(entry, "platforms");
        for (int i = 0; i < items.size(); i++) {
            scalarItem(items.get(i), "platforms[" + i + "]");
        }
        if (items.isEmpty()) {
            error("platforms", "platforms must contain more than 0 items", entry == null ? rootAt : entry.at());
        }
    }

    private void supports(Entry entry) {
        List<Node> items = entry == null ? List.of() : list(entry, "supports");
        for (int i = 0; i < items.size(); i++) {
            String path = "supports[" + i + "]";
            Map<String, Entry> support = mapping(items.get(i), path, Set.of("id"));
            if (support == null) {
                continue;
            }
            String id = required(support, "id", path + ".id", position(items.get(i)));
            if (id == null) {
                continue;
            }
            Finding.Position at = support.get("id").at();
            if (id.startsWith("alias:")) {
                if (!Vocabulary.SUPPORT_ALIASES.contains(id.substring("alias:".length()))) {
                    error(path + ".id", "id contains an unknown alias (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/aliases-list.rst)", at);
                }
            } else if (!isUri(id)) {
                error(path + ".id", "id must be a valid URI or a known alias", at);
            }
        }
    }

    private void organisation(Entry entry) {
        if (entry == null || isNull(entry.value())) {
            return;
        }
        Map<String, Entry> org = section(entry, "organisation", Set.of("uri", "name"));
        if (org != null) {
            organisationUri(org, "organisation", position(entry.value()));
            string(org, "name", "organisation.name");
        }
    }

    private void organisations(Entry entry) {
        List<Node> items = entry == null ? List.of() : list(entry, "fundedBy");
        for (int i = 0; i < items.size(); i++) {
            String path = "fundedBy[" + i + "]";
            Map<String, Entry> org = mapping(items.get(i), path, Set.of("uri", "name"));
            if (org != null) {
                organisationUri(org, path, position(items.get(i)));
                string(org, "name", path + ".name");
            }
        }
    }

    private void organisationUri(Map<String, Entry> org, String path, Finding.Position at) {
        String uri = required(org, "uri", path + ".uri", at);
        if (uri == null) {
            return;
        }
        Finding.Position uriAt = org.get("uri").at();
        if (!isUri(uri)) {
            error(path + ".uri", "uri is not a valid URI", uriAt);
        } else if (uri.startsWith("urn:x-italian-pa:") && !IPA_CODE.matcher(uri.substring(17)).matches()) {
            error(path + ".uri", "uri must be a valid Italian Public Administration Code (iPA) with form "
                    + "'urn:x-italian-pa:<codiceIPA>' (syntax check only: lower-case letters, digits, '_')", uriAt);
        }
    }

    private void intendedAudience(Entry entry) {
        Map<String, Entry> audience = entry == null || isNull(entry.value()) ? null
                : section(entry, "intendedAudience", Set.of("countries", "unsupportedCountries", "scope"));
        if (audience == null) {
            return;
        }
        for (String key : List.of("countries", "unsupportedCountries")) {
            String path = "intendedAudience." + key;
            List<Node> items = audience.containsKey(key) ? list(audience.get(key), path) : List.of();
            for (int i = 0; i < items.size(); i++) {
                String code = scalarItem(items.get(i), path + "[" + i + "]");
                if (code == null) {
                    continue;
                }
                if (!LanguageTags.isCountry(code)) {
                    error(path + "[" + i + "]", key + "[" + i + "] must be a valid ISO 3166-1 alpha-2 two-letter country code",
                            position(items.get(i)));
                } else if (!code.equals(code.toUpperCase(Locale.ROOT))) {
                    warning(path + "[" + i + "]", "Lowercase country codes are DEPRECATED. Use uppercase instead ('"
                            + code.toUpperCase(Locale.ROOT) + "')", position(items.get(i)));
                }
            }
        }
        enumList(audience.get("scope"), "intendedAudience.scope", Vocabulary.SCOPES,
                "must be a valid scope (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/scope-list.rst)");
    }

    private void description(Entry entry, Finding.Position rootAt) {
        if (entry == null || isNull(entry.value())) {
            error("description", "description must contain more than 0 items", entry == null ? rootAt : entry.at());
            return;
        }
        if (!(entry.value() instanceof MappingNode)) {
            wrongType("description", entry);
            return;
        }
        Map<String, Entry> languages = entries(entry.value(), "description", null);
        if (languages.isEmpty()) {
            error("description", "description must contain more than 0 items", entry.at());
        }
        for (Map.Entry<String, Entry> language : languages.entrySet()) {
            String lang = language.getKey();
            if (!LanguageTags.isValid(lang)) {
                error("description", "description must be a valid BCP 47 language", entry.at());
                continue;
            }
            String path = "description." + lang;
            Entry value = language.getValue();
            Map<String, Entry> d = section(value, path, Set.of("localisedName", "genericName", "shortDescription",
                    "longDescription", "documentation", "apiDocumentation", "features", "screenshots", "videos", "awards"));
            if (d == null) {
                continue;
            }
            Finding.Position at = position(value.value());
            string(d, "localisedName", path + ".localisedName");
            String generic = string(d, "genericName", path + ".genericName");
            if (d.containsKey("genericName")) {
                warning(path + ".genericName", SAFE_TO_DROP, d.get("genericName").at());
                if (generic != null && length(generic) > 35) {
                    error(path + ".genericName", "genericName must be a maximum of 35 characters in length", d.get("genericName").at());
                }
            }
            String shortDescription = required(d, "shortDescription", path + ".shortDescription", at);
            if (shortDescription != null && length(shortDescription) > 150) {
                error(path + ".shortDescription", "shortDescription must be a maximum of 150 characters in length",
                        d.get("shortDescription").at());
            }
            String longDescription = required(d, "longDescription", path + ".longDescription", at);
            if (longDescription != null) {
                int length = length(longDescription);
                if (length < 150) {
                    error(path + ".longDescription", "longDescription must be at least 150 characters in length",
                            d.get("longDescription").at());
                } else if (length > 10_000) {
                    error(path + ".longDescription", "longDescription must be a maximum of 10000 characters in length",
                            d.get("longDescription").at());
                }
            }
            httpUrl(d, "documentation", path + ".documentation");
            httpUrl(d, "apiDocumentation", path + ".apiDocumentation");
            List<Node> features = d.containsKey("features") ? list(d.get("features"), path + ".features") : List.of();
            for (int i = 0; i < features.size(); i++) {
                scalarItem(features.get(i), path + ".features[" + i + "]");
            }
            if (features.isEmpty()) {
                error(path + ".features", "features must contain more than 0 items", d.containsKey("features") ? d.get("features").at() : at);
            }
            List<Node> screenshots = d.containsKey("screenshots") ? list(d.get("screenshots"), path + ".screenshots") : List.of();
            for (int i = 0; i < screenshots.size(); i++) {
                String shot = scalarItem(screenshots.get(i), path + ".screenshots[" + i + "]");
                if (shot != null) {
                    file(path + ".screenshots[" + i + "]", shot, position(screenshots.get(i)), Set.of("png", "jpg", "jpeg"), true);
                }
            }
            List<Node> videos = d.containsKey("videos") ? list(d.get("videos"), path + ".videos") : List.of();
            for (int i = 0; i < videos.size(); i++) {
                String video = scalarItem(videos.get(i), path + ".videos[" + i + "]");
                if (video == null) {
                    continue;
                }
                String itemPath = path + ".videos[" + i + "]";
                if (!isHttpUrl(video)) {
                    error(itemPath, "videos[" + i + "] must be an HTTP URL", position(videos.get(i)));
                } else if (!OEMBED_VIDEO_HOSTS.contains(URI.create(video).getHost().toLowerCase(Locale.ROOT))) {
                    error(itemPath, "'" + video + "' is not a valid video URL supporting oEmbed (known providers: YouTube, Vimeo, Dailymotion, TED, Loom)",
                            position(videos.get(i)));
                }
            }
            stringList(d.get("awards"), path + ".awards");
        }
    }

    private void legal(Entry entry) {
        if (entry == null || isNull(entry.value())) {
            error("legal.license", "license is a required field", Finding.Position.NONE);
            return;
        }
        Map<String, Entry> legal = section(entry, "legal", Set.of("license", "mainCopyrightOwner", "repoOwner", "authorsFile"));
        if (legal == null) {
            error("legal.license", "license is a required field", position(entry.value()));
            return;
        }
        String license = required(legal, "license", "legal.license", position(entry.value()));
        if (license != null) {
            String problem = SpdxExpression.problem(license);
            if (problem != null) {
                error("legal.license", "license must be a valid license (see https://spdx.org/licenses): " + problem,
                        legal.get("license").at());
            }
        }
        string(legal, "mainCopyrightOwner", "legal.mainCopyrightOwner");
        if (legal.containsKey("repoOwner")) {
            warning("legal.repoOwner", DEPRECATED + "Use 'organisation.name' instead", legal.get("repoOwner").at());
            string(legal, "repoOwner", "legal.repoOwner");
        }
        if (legal.containsKey("authorsFile")) {
            warning("legal.authorsFile", SAFE_TO_DROP, legal.get("authorsFile").at());
            String file = string(legal, "authorsFile", "legal.authorsFile");
            if (file != null && assets.available() && assets.read(file).isEmpty()) {
                error("legal.authorsFile", "'" + file + "' does not exist", legal.get("authorsFile").at());
            }
        }
    }

    private void maintenance(Entry entry) {
        if (entry == null || isNull(entry.value())) {
            error("maintenance.type", "type is a required field", Finding.Position.NONE);
            return;
        }
        Map<String, Entry> m = section(entry, "maintenance", Set.of("type", "contractors", "contacts"));
        if (m == null) {
            return;
        }
        Finding.Position at = position(entry.value());
        String type = oneOf(m, "type", "maintenance.type", Vocabulary.MAINTENANCE_TYPES, at);
        Entry contractors = m.get("contractors");
        Entry contacts = m.get("contacts");
        if ("contract".equals(type) && (contractors == null || isNull(contractors.value()))) {
            error("maintenance.contractors", "contractors is a required field when \"type\" is \"contract\"", at);
        }
        if (type != null && !"contract".equals(type) && contractors != null) {
            error("maintenance.contractors", "contractors must not be present unless \"type\" is \"contract\"", contractors.at());
        }
        if (("internal".equals(type) || "community".equals(type)) && (contacts == null || isNull(contacts.value()))) {
            error("maintenance.contacts", "contacts is a required field when \"type\" is \"" + type + "\"", at);
        }
        List<Node> contractorItems = contractors == null ? List.of() : list(contractors, "maintenance.contractors");
        for (int i = 0; i < contractorItems.size(); i++) {
            String path = "maintenance.contractors[" + i + "]";
            Map<String, Entry> c = mapping(contractorItems.get(i), path, Set.of("name", "until", "email", "website"));
            if (c == null) {
                continue;
            }
            Finding.Position itemAt = position(contractorItems.get(i));
            required(c, "name", path + ".name", itemAt);
            if (required(c, "until", path + ".until", itemAt) != null) {
                date(c, "until", path + ".until", c.get("until"));
            }
            email(c, "email", path + ".email");
            httpUrl(c, "website", path + ".website");
        }
        List<Node> contactItems = contacts == null ? List.of() : list(contacts, "maintenance.contacts");
        for (int i = 0; i < contactItems.size(); i++) {
            String path = "maintenance.contacts[" + i + "]";
            Map<String, Entry> c = mapping(contactItems.get(i), path, Set.of("name", "email", "phone", "affiliation"));
            if (c == null) {
                continue;
            }
            required(c, "name", path + ".name", position(contactItems.get(i)));
            email(c, "email", path + ".email");
            string(c, "phone", path + ".phone");
            string(c, "affiliation", path + ".affiliation");
        }
    }

    private void localisation(Entry entry) {
        if (entry == null || isNull(entry.value())) {
            error("localisation.localisationReady", "localisationReady is a required field", Finding.Position.NONE);
            error("localisation.availableLanguages", "availableLanguages is a required field", Finding.Position.NONE);
            return;
        }
        Map<String, Entry> l = section(entry, "localisation", Set.of("localisationReady", "availableLanguages"));
        if (l == null) {
            return;
        }
        Finding.Position at = position(entry.value());
        Entry ready = l.get("localisationReady");
        if (ready == null || isNull(ready.value())) {
            error("localisation.localisationReady", "localisationReady is a required field", at);
        } else {
            bool(ready, "localisation.localisationReady");
        }
        Entry languages = l.get("availableLanguages");
        if (languages == null || isNull(languages.value())) {
            error("localisation.availableLanguages", "availableLanguages is a required field", at);
            return;
        }
        List<Node> items = list(languages, "localisation.availableLanguages");
        if (items.isEmpty() && languages.value() instanceof SequenceNode) {
            error("localisation.availableLanguages", "availableLanguages must contain more than 0 items", languages.at());
        }
        for (int i = 0; i < items.size(); i++) {
            String path = "localisation.availableLanguages[" + i + "]";
            String tag = scalarItem(items.get(i), path);
            if (tag != null && !LanguageTags.isValid(tag)) {
                error(path, "availableLanguages[" + i + "] must be a valid BCP 47 language", position(items.get(i)));
            }
        }
    }

    private void dependsOn(Entry entry) {
        Map<String, Entry> d = entry == null || isNull(entry.value()) ? null
                : section(entry, "dependsOn", Set.of("open", "proprietary", "hardware"));
        if (d == null) {
            return;
        }
        for (String kind : List.of("open", "proprietary", "hardware")) {
            List<Node> items = d.containsKey(kind) ? list(d.get(kind), "dependsOn." + kind) : List.of();
            for (int i = 0; i < items.size(); i++) {
                String path = "dependsOn." + kind + "[" + i + "]";
                Map<String, Entry> dep = mapping(items.get(i), path, Set.of("name", "versionMin", "versionMax", "version", "optional"));
                if (dep == null) {
                    continue;
                }
                Entry name = dep.get("name");
                if (name != null && !(name.value() instanceof ScalarNode)) {
                    error(path, "wrong type for this field", position(items.get(i)));
                } else {
                    required(dep, "name", path + ".name", position(items.get(i)));
                }
                for (String key : List.of("versionMin", "versionMax", "version")) {
                    string(dep, key, path + "." + key);
                }
                if (dep.containsKey("optional") && !isNull(dep.get("optional").value())) {
                    bool(dep.get("optional"), path + ".optional");
                }
            }
        }
    }

    /** The deprecated Italian country section ({@code IT}; lower-case {@code it} is deprecated too). */
    private void italy(Map<String, Entry> top) {
        Entry upper = top.get("IT");
        Entry lower = top.get("it");
        if (lower != null) {
            warning("it", "Lowercase country codes are DEPRECATED and will be removed in the future. Use 'IT' instead", lower.at());
            if (upper != null) {
                error("it", "'IT' key already present. Remove this key", lower.at());
                lower = null;
            }
        }
        Entry section = upper != null ? upper : lower;
        if (section == null || isNull(section.value())) {
            return;
        }
        String prefix = upper != null ? "IT" : "it";
        Map<String, Entry> it = section(section, prefix, Set.of("countryExtensionVersion", "conforme", "piattaforme", "riuso"));
        if (it == null) {
            return;
        }
        String version = string(it, "countryExtensionVersion", prefix + ".countryExtensionVersion");
        if (version != null && !List.of("0.2", "1.0").contains(version)) {
            error(prefix + ".countryExtensionVersion",
                    "countryExtensionVersion must be one of the following: \"0.2\" or \"1.0\"", it.get("countryExtensionVersion").at());
        }
        if (it.containsKey("conforme")) {
            warning(prefix + ".conforme", SAFE_TO_DROP, it.get("conforme").at());
            booleans(it.get("conforme"), prefix + ".conforme",
                    Set.of("lineeGuidaDesign", "modelloInteroperabilita", "misureMinimeSicurezza", "gdpr"));
        }
        if (it.containsKey("piattaforme")) {
            booleans(it.get("piattaforme"), prefix + ".piattaforme", Set.of("spid", "cie", "anpr", "pagopa", "io"));
        }
        if (it.containsKey("riuso") && !isNull(it.get("riuso").value())) {
            Map<String, Entry> riuso = section(it.get("riuso"), prefix + ".riuso", Set.of("codiceIPA"));
            if (riuso != null && riuso.containsKey("codiceIPA")) {
                String path = prefix + ".riuso.codiceIPA";
                warning(path, DEPRECATED + "Use 'organisation.uri' instead", riuso.get("codiceIPA").at());
                String code = string(riuso, "codiceIPA", path);
                if (code != null && !IPA_CODE.matcher(code).matches()) {
                    error(path, "codiceIPA must be a valid Italian Public Administration Code (iPA) (syntax check only: lower-case letters, digits, '_')",
                            riuso.get("codiceIPA").at());
                }
            }
        }
    }

    private void booleans(Entry entry, String path, Set<String> keys) {
        if (isNull(entry.value())) {
            return;
        }
        Map<String, Entry> flags = section(entry, path, keys);
        if (flags != null) {
            flags.forEach((key, value) -> {
                if (!isNull(value.value())) {
                    bool(value, path + "." + key);
                }
            });
        }
    }

    // ---------------------------------------------------------------- value checks

    private void logo(Map<String, Entry> m, String key) {
        String value = string(m, key, key);
        if (value != null) {
            file(key, value, m.get(key).at(), Set.of("svg", "svgz", "png"), false);
        }
    }

    /** A relative path or an http(s) URL to an image; the file is read only when assets are available. */
    private void file(String path, String value, Finding.Position at, Set<String> extensions, boolean screenshot) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            error(path, "is a file:// URL. Only relative paths or HTTP(s) URLs allowed", at);
            return;
        }
        if (value.startsWith("/") || value.startsWith("\\") || value.matches("[A-Za-z]:[\\\\/].*")) {
            error(path, "is an absolute path. Only relative paths or HTTP(s) URLs allowed", at);
            return;
        }
        boolean remote = lower.startsWith("http://") || lower.startsWith("https://");
        if (remote && !isHttpUrl(value)) {
            error(path, "must be an HTTP URL", at);
            return;
        }
        String name = lower.replaceAll("[?#].*$", "");
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!extensions.contains(extension)) {
            error(path, "invalid file extension for: " + value + " (allowed: " + String.join(", ", extensions.stream().sorted().toList()) + ")", at);
            return;
        }
        if (remote || !assets.available()) {
            return;
        }
        Optional<byte[]> content = assets.read(value);
        if (content.isEmpty()) {
            error(path, screenshot ? "'" + value + "' is not an image: no such file: " + value : "no such file: " + value, at);
        } else if (!looksLike(extension, content.get())) {
            error(path, screenshot ? "'" + value + "' is not an image: unknown format" : "image: unknown format", at);
        }
    }

    private static boolean looksLike(String extension, byte[] bytes) {
        return switch (extension) {
            case "png" -> bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
            case "jpg", "jpeg" -> bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
            case "svgz" -> bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
            case "svg" -> new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.UTF_8).contains("<svg");
            default -> false;
        };
    }

    private void httpUrl(Map<String, Entry> m, String key, String path) {
        String value = string(m, key, path);
        if (value != null && !isHttpUrl(value)) {
            error(path, key + " must be an HTTP URL", m.get(key).at());
        }
    }

    private void email(Map<String, Entry> m, String key, String path) {
        String value = string(m, key, path);
        if (value != null && !EMAIL.matcher(value).matches()) {
            error(path, key + " must be a valid email address", m.get(key).at());
        }
    }

    private void date(Map<String, Entry> m, String key, String path, Entry entry) {
        if (entry == null) {
            return;
        }
        String value = string(m, key, path);
        if (value == null && !(entry.value() instanceof ScalarNode)) {
            return; // a mapping or sequence: reported as a wrong type
        }
        if (value == null) {
            value = ""; // an empty value is not a date either
        }
        boolean valid = DATE.matcher(value).matches();
        if (valid) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                valid = false;
            }
        }
        if (!valid) {
            error(path, key + " must be a date with format 'YYYY-MM-DD'", entry.at());
        }
    }

    private String oneOf(Map<String, Entry> m, String key, String path, List<String> allowed, Finding.Position at) {
        String value = required(m, key, path, at);
        if (value != null && !allowed.contains(value)) {
            error(path, key + " must be one of the following: " + String.join(", ", allowed.stream().map(v -> "\"" + v + "\"").toList()),
                    m.get(key).at());
            return null;
        }
        return value;
    }

    private void enumList(Entry entry, String path, Set<String> allowed, String message) {
        List<Node> items = entry == null ? List.of() : list(entry, path);
        String last = path.substring(path.lastIndexOf('.') + 1);
        for (int i = 0; i < items.size(); i++) {
            String value = scalarItem(items.get(i), path + "[" + i + "]");
            if (value != null && !allowed.contains(value)) {
                error(path + "[" + i + "]", last + "[" + i + "] " + message, position(items.get(i)));
            }
        }
    }

    private void stringList(Entry entry, String path) {
        List<Node> items = entry == null ? List.of() : list(entry, path);
        for (int i = 0; i < items.size(); i++) {
            scalarItem(items.get(i), path + "[" + i + "]");
        }
    }

    private void bool(Entry entry, String path) {
        if (!(entry.value() instanceof ScalarNode scalar) || !Tag.BOOL.equals(scalar.getTag())) {
            wrongType(path, entry);
        }
    }

    // ---------------------------------------------------------------- tree access

    /** The keys of a mapping; unknown keys (when {@code known} is given) and duplicates are errors. */
    private Map<String, Entry> entries(Node mapping, String path, Set<String> known) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) mapping).getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            String keyPath = path.isEmpty() ? key : path + "." + key;
            Entry entry = new Entry(tuple.getKeyNode(), tuple.getValueNode());
            if (known != null && !known.contains(key)) {
                error(keyPath, "unknown field \"" + key + "\"", entry.at());
            } else if (entries.containsKey(key)) {
                error(keyPath, "duplicate key \"" + key + "\"", entry.at());
            } else {
                entries.put(key, entry);
            }
        }
        return entries;
    }

    /** The entries of a section that must be a mapping, or null (with a wrong-type error) when it is not. */
    private Map<String, Entry> section(Entry entry, String path, Set<String> known) {
        if (!(entry.value() instanceof MappingNode)) {
            wrongType(path, entry);
            return null;
        }
        return entries(entry.value(), path, known);
    }

    private Map<String, Entry> mapping(Node node, String path, Set<String> known) {
        if (!(node instanceof MappingNode)) {
            error(path, "wrong type for this field", position(node));
            return null;
        }
        return entries(node, path, known);
    }

    /** The items of a sequence; anything else (but null) is a wrong type. */
    private List<Node> list(Entry entry, String path) {
        if (entry.value() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (!isNull(entry.value())) {
            wrongType(path, entry);
        }
        return List.of();
    }

    private String scalarItem(Node item, String path) {
        if (item instanceof ScalarNode scalar && !isNull(scalar)) {
            return scalar.getValue();
        }
        error(path, "wrong type for this field", position(item));
        return null;
    }

    /** An optional string value: any scalar but null; a mapping or sequence is a wrong type. */
    private String string(Map<String, Entry> m, String key, String path) {
        Entry entry = m.get(key);
        if (entry == null || isNull(entry.value())) {
            return null;
        }
        if (entry.value() instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        wrongType(path, entry);
        return null;
    }

    /** A mandatory string value: missing, null, empty or of the wrong type is an error. */
    private String required(Map<String, Entry> m, String key, String path, Finding.Position containerAt) {
        Entry entry = m.get(key);
        String value = string(m, key, path);
        if (value == null || value.isEmpty()) {
            error(path, key + " is a required field", entry == null ? containerAt : entry.at());
            return null;
        }
        return value;
    }

    /** As the official parser names a type mismatch: the first key of an unexpected mapping, the first item of an unexpected sequence. */
    private void wrongType(String path, Entry entry) {
        String named = path;
        if (entry.value() instanceof MappingNode mapping && !mapping.getValue().isEmpty()
                && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode key) {
            named = path + "." + key.getValue();
        } else if (entry.value() instanceof SequenceNode sequence && !sequence.getValue().isEmpty()
                && expectsMapping(path)) {
            named = path + "[0]";
        }
        error(named, "wrong type for this field", entry.at());
    }

    private static boolean expectsMapping(String path) {
        return Set.of("organisation", "legal", "maintenance", "localisation", "dependsOn", "intendedAudience", "IT", "it")
                .contains(path) || path.startsWith("description.");
    }

    private static boolean isNull(Node node) {
        return node == null || node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    static Finding.Position position(Node node) {
        return node == null ? Finding.Position.NONE : SafeYaml.position(node.getStartMark().orElse(null));
    }

    /** Length in user-perceived characters (extended grapheme clusters), as the standard counts. */
    static int length(String text) {
        Matcher m = GRAPHEME.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    static boolean isUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && uri.getHost() != null && !value.contains(" ");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isHttpUrl(String value) {
        return isUrl(value) && value.toLowerCase(Locale.ROOT).matches("https?://.*");
    }

    private static boolean isUri(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*")
                    && uri.getRawSchemeSpecificPart() != null && !uri.getRawSchemeSpecificPart().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void error(String path, String message, Finding.Position at) {
        findings.add(Finding.error(path, message, at));
    }

    private void warning(String path, String message, Finding.Position at) {
        findings.add(Finding.warning(path, message, at));
    }
}
