package se.delbart.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import se.delbart.catalog.Contact;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Links;
import se.delbart.catalog.Maturity;
import se.delbart.catalog.Origin;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Export → import gives the same solution, for every demo solution (the property runs over all of
 * {@code demo/solutions.json}) and for generated edge cases. Compared: every field publiccode.yml carries. Not
 * carried, by design (they are in the companion document): fit apart from dependencies, effort, benefit, origin,
 * initiator, tags that are not publiccode categories; and the solution type is only kept for software,
 * integrations and templates (publiccode.yml has no process, AI model or service agreement).
 */
class PubliccodeRoundTripTest {

    private static final Set<SolutionType> TYPES_KEPT = Set.of(SolutionType.SOFTWARE, SolutionType.INTEGRATION, SolutionType.TEMPLATE);
    private final PubliccodeReader reader = new PubliccodeReader(YamlLimits.DEFAULTS);
    private static final Validator beanValidator = Validation.buildDefaultValidatorFactory().getValidator();

    static Stream<Arguments> demoSolutions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Arguments> solutions = new ArrayList<>();
        try (InputStream in = PubliccodeRoundTripTest.class.getResourceAsStream("/demo/solutions.json")) {
            for (JsonNode entry : json.readTree(in)) {
                solutions.add(Arguments.of(entry.get("key").asString(), entry.get("publisher").asString(),
                        json.treeToValue(entry.get("solution"), SolutionDetails.class)));
            }
        }
        assertThat(solutions).hasSizeGreaterThan(25);
        return solutions.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoSolutions")
    void everyDemoSolutionSurvivesExportAndImport(String key, String publisher, SolutionDetails original) {
        assertRoundTrip(original, publisher);
    }

    @Test
    void edgeCasesSurviveToo() {
        SolutionDetails bare = new SolutionDetails("Kort", "En kort sammanfattning.", "Kort text.", null, List.of(),
                Links.NONE, null, SolutionType.TEMPLATE, Maturity.IDEA, Set.of(Domain.UTBILDNING), Set.of("e-signature", "mall"),
                Origin.LOCAL, null, List.of(), null, null, null);
        PubliccodeDraft draft = assertRoundTrip(bare, "2260");
        assertThat(draft.details().tags()).containsExactly("e-signature");

        SolutionDetails proprietary = new SolutionDetails("Avtal om drift", "Gemensamt driftavtal.",
                "Beskrivning ".repeat(20), "Problemet: \"citat\" och: kolon\n\n## inte rubriken", List.of("Ett: med kolon", "#ingen kommentar"),
                new Links(null, "https://docs.example.se/a?b=c#d", "https://example.se"), "PROPRIETARY",
                SolutionType.SOFTWARE, Maturity.RETIRED, Set.of(Domain.values()), Set.of(), Origin.LOCAL, null,
                List.of(new Contact("Åsa Öberg", null, null, "+46 60 00 00 00")), null, null, null);
        assertRoundTrip(proprietary, "2281");
    }

    @Test
    void aLineBreakInANameCannotAddKeys() {
        // refused at validation since; a solution stored before must still not inject YAML into the export
        SolutionDetails base = se.delbart.catalog.SolutionFixtures.complete("Matsedel");
        SolutionDetails hostile = new SolutionDetails("Matsedel\rusedBy: [Stockholm]\rlogo: https://evil.example/x.png",
                base.summary(), base.description(), base.problem(), base.features(), base.links(), base.licence(),
                base.solutionType(), base.status(), base.domains(), base.tags(), base.origin(), base.initiator(),
                base.contacts(), base.fit(), base.effort(), base.benefit());
        Solution solution = Solution.draft(UUID.randomUUID(), "2260", hostile, Instant.parse("2026-01-01T00:00:00Z"));
        String yaml = PubliccodeExporter.export(solution, "https://delbart.example.se", "Exempel kommun", null);

        // read as a YAML 1.1 parser reads it (\r is a line break there too)
        for (String line : yaml.split("\r\n|\r|\n|\u0085|\u2028|\u2029")) {
            assertThat(line).as(yaml).doesNotStartWith("usedBy").doesNotStartWith("logo");
        }
        Object root = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                .loadFromString(yaml);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> keys = (java.util.Map<String, Object>) root;
        assertThat(keys).doesNotContainKeys("usedBy", "logo").containsEntry("name", hostile.name());
    }

    private PubliccodeDraft assertRoundTrip(SolutionDetails original, String publisher) {
        Solution solution = Solution.draft(UUID.randomUUID(), publisher, original, Instant.parse("2026-01-01T00:00:00Z"));
        String yaml = PubliccodeExporter.export(solution, "https://delbart.example.se", "Exempel kommun", null);

        PubliccodeValidation validation = reader.validate(yaml.getBytes(StandardCharsets.UTF_8), Assets.NONE);
        assertThat(validation.findings()).as("our own validator on our export:\n%s", yaml).isEmpty();
        PubliccodeDraft draft = PubliccodeMapper.map(validation.root());
        SolutionDetails back = draft.details();
        assertThat(beanValidator.validate(back)).as("catalogue rules on the re-imported draft").isEmpty();

        assertThat(back.name()).isEqualTo(original.name());
        assertThat(back.summary()).isEqualTo(original.summary());
        assertThat(back.description()).isEqualTo(original.description());
        assertThat(back.problem()).isEqualTo(original.problem());
        assertThat(back.features()).isEqualTo(original.features());
        assertThat(back.links()).isEqualTo(original.links());
        assertThat(back.licence()).isEqualTo(original.licence());
        assertThat(back.status()).isEqualTo(original.status());
        assertThat(back.domains()).isEqualTo(original.domains());
        assertThat(back.contacts()).isEqualTo(original.contacts());
        assertThat(back.fit().dependencies()).isEqualTo(original.fit().dependencies());
        assertThat(back.tags()).isEqualTo(original.tags().stream().filter(Vocabulary.CATEGORIES::contains)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        if (TYPES_KEPT.contains(original.solutionType())) {
            assertThat(back.solutionType()).isEqualTo(original.solutionType());
        }
        return draft;
    }
}
