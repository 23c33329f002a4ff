package se.delbart.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One fixture per rule of the standard: each starts from a valid file and breaks one thing. */
class PubliccodeValidatorTest {

    private final PubliccodeReader reader = new PubliccodeReader(YamlLimits.DEFAULTS);

    static String fixture(String name) {
        try (InputStream in = PubliccodeValidatorTest.class.getResourceAsStream("/interop/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PubliccodeValidation validate(String yaml) {
        return reader.validate(yaml.getBytes(StandardCharsets.UTF_8), Assets.NONE);
    }

    private static String minimalWith(String from, String to) {
        String yaml = fixture("minimal.yml");
        assertThat(yaml).contains(from);
        return yaml.replace(from, to);
    }

    private static String minimalPlus(String extra) {
        return fixture("minimal.yml") + extra;
    }

    private static Map<String, String> errors(PubliccodeValidation v) {
        return v.errors().stream().collect(java.util.stream.Collectors.toMap(Finding::path, Finding::message, (a, b) -> a + " | " + b));
    }

    @Test
    void theFixturesAreValid() {
        assertThat(validate(fixture("minimal.yml")).findings()).isEmpty();
        PubliccodeValidation full = validate(fixture("full.yml"));
        assertThat(full.errors()).isEmpty();
        assertThat(full.warnings()).extracting(Finding::path).containsExactly("publiccodeYmlVersion");
    }

    @Test
    void missingRequiredKeysAreNamedWithThePositionOfTheirSection() {
        PubliccodeValidation v = validate(minimalWith("name: Bygglovskollen\n", ""));
        assertThat(v.errors()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("name");
            assertThat(f.message()).isEqualTo("name is a required field");
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.column()).isEqualTo(1);
        });
        assertThat(errors(validate(minimalWith("  license: EUPL-1.2\n", "  mainCopyrightOwner: Exempelkommun\n"))))
                .containsOnlyKeys("legal.license");
        assertThat(errors(validate(minimalWith("    features:\n      - Frågeguide för bygglov\n      - Kontroll av bilagor\n", ""))))
                .containsOnlyKeys("description.sv.features");
        assertThat(errors(validate(minimalWith("publiccodeYmlVersion: \"0.7.0\"\n", ""))))
                .containsOnlyKeys("publiccodeYmlVersion");
        assertThat(errors(validate(minimalWith("  localisationReady: false\n", ""))))
                .containsOnlyKeys("localisation.localisationReady");
    }

    @Test
    void errorsCarryTheLineAndColumnOfTheKey() {
        PubliccodeValidation v = validate(minimalWith("  license: EUPL-1.2", "  license: Ingen aning"));
        Finding f = v.errors().get(0);
        assertThat(f.path()).isEqualTo("legal.license");
        assertThat(f.line()).isEqualTo(19);
        assertThat(f.column()).isEqualTo(3);
        assertThat(f.message()).contains("valid license").contains("'Ingen'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "developmentStatus enum     | developmentStatus: stable                 | developmentStatus: klar                     | developmentStatus",
            "softwareType enum          | softwareType: \"standalone/web\"           | softwareType: webb                          | softwareType",
            "maintenance type enum      | '  type: none'                             | '  type: ibland'                            | maintenance.type",
            "url syntax                 | url: \"https://github.com/exempelkommun/bygglovskollen.git\" | url: bygglovskollen | url",
            "name wrong type            | name: Bygglovskollen                      | name: [a, b]                                | name",
            "version unsupported        | publiccodeYmlVersion: \"0.7.0\"            | publiccodeYmlVersion: \"1\"                  | publiccodeYmlVersion",
            "platforms empty            | '  - web'                                  | '  []'                                      | platforms",
            "bool wrong type (yes)      | '  localisationReady: false'               | '  localisationReady: yes'                  | localisation.localisationReady",
            "language code invalid      | '    - sv'                                 | '    - sv_SE'                               | localisation.availableLanguages[0]",
            "description language       | '  sv:'                                    | '  svenska:'                                | description",
            "short description > 150    | '    shortDescription: \"Vägleder'         | '    shortDescription: \"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis. Vägleder' | description.sv.shortDescription",
            "licence WITH non-exception | '  license: EUPL-1.2'                       | '  license: MIT WITH Apache-2.0'             | legal.license",
            "licence unbalanced         | '  license: EUPL-1.2'                       | '  license: (MIT OR EUPL-1.2'               | legal.license",
    })
    void oneBrokenRuleIsOneNamedError(String rule, String from, String to, String path) {
        PubliccodeValidation v = validate(minimalWith(from, to));
        assertThat(v.isValid()).as(rule).isFalse();
        assertThat(v.errors()).as(rule).extracting(Finding::path).contains(path);
        assertThat(v.errors()).as(rule).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "landingURL not http        | landingURL: \"ftp://example.se\"                          | landingURL",
            "roadmap not a URL          | roadmap: \"snart\"                                        | roadmap",
            "releaseDate format         | releaseDate: \"15/04/2017\"                               | releaseDate",
            "releaseDate impossible     | releaseDate: \"2017-02-30\"                               | releaseDate",
            "releaseDate datetime       | releaseDate: \"2017-04-15T10:00:00Z\"                     | releaseDate",
            "category unknown           | 'categories: [kaffebryggare]'                           | categories[0]",
            "scope unknown              | 'intendedAudience: {scope: [kommunal]}'                 | intendedAudience.scope[0]",
            "country invalid            | 'intendedAudience: {countries: [SE, XX]}'               | intendedAudience.countries[1]",
            "isBasedOn not URL          | 'isBasedOn: [\"https://a.se/x.git\", inte-en-url]'      | isBasedOn[1]",
            "unknown key                | 'kommun: Sundsvall'                                     | kommun",
            "duplicate key              | 'name: Igen'                                            | name",
            "logo absolute path         | 'logo: /logo.png'                                       | logo",
            "logo file URL              | 'logo: file:///logo.png'                                | logo",
            "logo extension             | 'logo: logo.gif'                                        | logo",
            "organisation uri missing   | 'organisation: {name: Exempelkommun}'                   | organisation.uri",
            "organisation uri invalid   | 'organisation: {uri: exempelkommun}'                    | organisation.uri",
            "fundedBy must be a list    | 'fundedBy: {name: EU, uri: \"https://europa.eu\"}'       | fundedBy.name",
            "supports unknown alias     | 'supports: [{id: \"alias:okand\"}]'                       | supports[0].id",
            "usedBy must be a list      | 'usedBy: Sundsvall'                                     | usedBy",
            "MIME type invalid          | 'inputTypes: [text/plain, bild]'                        | inputTypes[1]",
            "dependency name required   | 'dependsOn: {open: [{version: \"1\"}]}'                   | dependsOn.open[0].name",
            "dependency optional bool   | 'dependsOn: {open: [{name: X, optional: kanske}]}'      | dependsOn.open[0].optional",
            "IT extension version       | 'IT: {countryExtensionVersion: \"9\"}'                    | IT.countryExtensionVersion",
    })
    void oneAddedBrokenKeyIsOneNamedError(String rule, String extra, String path) {
        PubliccodeValidation v = validate(minimalPlus(extra + "\n"));
        assertThat(v.errors()).as(rule).extracting(Finding::path).containsExactly(path);
    }

    @Test
    void lengthLimitsCountCharactersNotBytes() {
        String longText = "å".repeat(149);
        String yaml = minimalWith("    longDescription: >\n", "    longDescription: \"" + longText + "\"\n    ignored: >\n");
        assertThat(errors(validate(yaml))).containsKeys("description.sv.longDescription", "description.sv.ignored");
        String tooLong = "x".repeat(10_001);
        assertThat(errors(validate(minimalWith("    longDescription: >\n", "    longDescription: \"" + tooLong + "\"\n    x: >\n"))))
                .extractingByKey("description.sv.longDescription").asString().contains("maximum of 10000");
        // 150 flags: one user-perceived character each, several code points
        String flags = "\uD83C\uDDF8\uD83C\uDDEA".repeat(150);
        assertThat(errors(validate(minimalWith("    longDescription: >\n", "    longDescription: \"" + flags + "\"\n    x: >\n"))))
                .doesNotContainKey("description.sv.longDescription");
    }

    @Test
    void maintenanceRulesDependOnTheType() {
        assertThat(errors(validate(minimalWith("  type: none", "  type: internal")))).containsOnlyKeys("maintenance.contacts");
        assertThat(errors(validate(minimalWith("  type: none", "  type: contract")))).containsOnlyKeys("maintenance.contractors");
        assertThat(errors(validate(minimalWith("  type: none",
                "  type: none\n  contractors:\n    - name: Leverantör AB\n      until: \"2030-01-01\"")))).containsOnlyKeys("maintenance.contractors");
        assertThat(errors(validate(minimalWith("  type: none",
                "  type: contract\n  contractors:\n    - name: Leverantör AB\n      until: \"snart\"\n      email: inte-en-adress\n      website: \"www.x.se\""))))
                .containsOnlyKeys("maintenance.contractors[0].until", "maintenance.contractors[0].email", "maintenance.contractors[0].website");
        assertThat(errors(validate(minimalWith("  type: none",
                "  type: community\n  contacts:\n    - email: anna@example.se")))).containsOnlyKeys("maintenance.contacts[0].name");
    }

    @Test
    void deprecatedKeysAreWarningsWithTheirPosition() {
        PubliccodeValidation v = validate(minimalPlus("""
                monochromeLogo: img/logo.svg
                inputTypes: [text/plain]
                it:
                  conforme:
                    gdpr: true
                """).replace("  license: EUPL-1.2", "  license: EUPL-1.2\n  repoOwner: Exempelkommun"));
        assertThat(v.errors()).isEmpty();
        assertThat(v.warnings()).extracting(Finding::path)
                .contains("monochromeLogo", "inputTypes", "it", "it.conforme", "legal.repoOwner");
        assertThat(v.warnings()).allSatisfy(w -> assertThat(w.line()).isPositive());
        assertThat(validate(minimalWith("publiccodeYmlVersion: \"0.7.0\"", "publiccodeYmlVersion: \"0.2\"")).warnings())
                .extracting(Finding::path).containsExactly("publiccodeYmlVersion");
        // the upstream parser's "use '0'" names no usable version
        assertThat(validate(minimalWith("publiccodeYmlVersion: \"0.7.0\"", "publiccodeYmlVersion: \"0.2\"")).warnings())
                .extracting(Finding::message).singleElement().asString()
                .contains("publiccodeYmlVersion: \"0.7\"").doesNotContain("'0'");
        assertThat(validate(minimalPlus("intendedAudience: {countries: [se]}\n")).warnings())
                .extracting(Finding::message).singleElement().asString().contains("('SE')");
    }

    @Test
    void filesAreCheckedWhenTheirFolderIsAvailable() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
        Assets assets = Assets.of(Map.of("img/logo.png", png, "img/fake.png", "not an image".getBytes(StandardCharsets.UTF_8)));
        byte[] good = minimalPlus("logo: img/logo.png\n").getBytes(StandardCharsets.UTF_8);
        assertThat(reader.validate(good, assets).errors()).isEmpty();
        assertThat(reader.validate(minimalPlus("logo: img/saknas.png\n").getBytes(StandardCharsets.UTF_8), assets).errors())
                .extracting(Finding::message).containsExactly("no such file: img/saknas.png");
        assertThat(reader.validate(minimalPlus("logo: img/fake.png\n").getBytes(StandardCharsets.UTF_8), assets).errors())
                .extracting(Finding::message).containsExactly("image: unknown format");
        // a single uploaded file has no folder: a relative path is checked for syntax only
        assertThat(reader.validate(minimalPlus("logo: img/saknas.png\n").getBytes(StandardCharsets.UTF_8), Assets.NONE).errors()).isEmpty();
    }

    @Test
    void videosMustBeOembedProviders() {
        String yaml = minimalWith("    features:", "    videos:\n      - https://www.youtube.com/watch?v=abc\n      - https://example.se/film\n    features:");
        assertThat(validate(yaml).errors()).extracting(Finding::path).containsExactly("description.sv.videos[1]");
    }

    @Test
    void everyErrorIsReportedNotOnlyTheFirst() {
        PubliccodeValidation v = validate("""
                publiccodeYmlVersion: "0"
                description: {}
                """);
        assertThat(v.errors()).extracting(Finding::path).contains("name", "url", "platforms", "developmentStatus",
                "softwareType", "description", "legal.license", "maintenance.type", "localisation.localisationReady",
                "localisation.availableLanguages");
        assertThat(List.copyOf(v.errors())).hasSizeGreaterThanOrEqualTo(10);
    }
}
