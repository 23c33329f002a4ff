package se.delbart.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.provider.Contractor;
import se.delbart.provider.OfferKind;
import se.delbart.provider.OfferSource;
import se.delbart.provider.OfferState;
import se.delbart.provider.ProviderOffer;
import se.delbart.provider.ProviderOfferChanged;
import se.delbart.provider.ProviderOffers;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * publiccode.yml {@code maintenance.contractors} (with {@code type: contract}) against the official parser's files
 * that have them: they map to contractors, import as the solution's confirmed support offers, export back as the
 * same contractors with {@code type: contract}, and a later import of the same file adds, changes and removes them.
 */
@SpringBootTest
@ActiveProfiles("test")
class PubliccodeContractorsTest {

    /** Files of {@code src/test/resources/publiccode-conformance} with contractors, and what they say. */
    static final Map<String, List<Contractor>> FILES = Map.of(
            "v0/valid/valid.yml", List.of(new Contractor("Fornitore Privato SPA", LocalDate.of(2019, 1, 1), null,
                    "https://developers.italia.it")),
            "v0/valid/maintenance_contacts_when_type_is_contract.yml", List.of(new Contractor("Contractor",
                    LocalDate.of(2040, 1, 1), null, "https://example.org")));

    private final PubliccodeReader reader = new PubliccodeReader(YamlLimits.DEFAULTS);

    @Autowired
    PubliccodeImport importer;

    @Autowired
    PubliccodeExport exporter;

    @Autowired
    ProviderOffers offers;

    private static byte[] file(String name) throws IOException {
        try (InputStream in = PubliccodeContractorsTest.class.getResourceAsStream("/publiccode-conformance/" + name)) {
            return in.readAllBytes();
        }
    }

    private PubliccodeDraft map(byte[] yaml) {
        PubliccodeValidation validation = reader.validate(yaml, Assets.NONE);
        assertThat(validation.errors()).isEmpty();
        return PubliccodeMapper.map(validation.root());
    }

    @Test
    void theConformanceFilesContractorsAreRead() throws IOException {
        for (var entry : FILES.entrySet()) {
            PubliccodeDraft draft = map(file(entry.getKey()));
            assertThat(draft.maintenanceType()).as(entry.getKey()).isEqualTo("contract");
            assertThat(draft.contractors()).as(entry.getKey()).isEqualTo(entry.getValue());
            assertThat(draft.notes()).extracting(Finding::path).contains("maintenance.contractors");
        }
    }

    @Test
    void contractorsImportAsConfirmedSupportOffersAndExportBack() throws IOException {
        int n = 0;
        for (var entry : FILES.entrySet()) {
            Actor editor = new Actor("contractor-editor-" + n, Role.EDITOR, List.of("1462", "1463").get(n++));
            PubliccodeImportResult result = importer.importFile(editor, file(entry.getKey()), false);

            List<ProviderOffer> imported = offers.list(editor, result.solutionId());
            assertThat(imported).as(entry.getKey()).hasSize(1);
            ProviderOffer offer = imported.get(0);
            Contractor expected = entry.getValue().get(0);
            assertThat(offer.state()).isEqualTo(OfferState.CONFIRMED);
            assertThat(offer.source()).isEqualTo(OfferSource.PUBLICCODE);
            assertThat(offer.kinds()).containsExactly(OfferKind.SUPPORT);
            assertThat(offer.details().organisation().name()).isEqualTo(expected.name());
            assertThat(offer.details().until()).isEqualTo(expected.until());
            assertThat(offer.details().contact().url()).isEqualTo(expected.website());

            String exported = exporter.publiccodeYml(editor, result.solutionId(), "https://delbart.example");
            @SuppressWarnings("unchecked")
            Map<String, Object> maintenance = (Map<String, Object>) ((Map<String, Object>) new Load(
                    LoadSettings.builder().build()).loadFromString(exported)).get("maintenance");
            assertThat(maintenance.get("type")).isEqualTo("contract");
            // the exported file is valid and says the same contractors again
            PubliccodeDraft again = map(exported.getBytes(StandardCharsets.UTF_8));
            assertThat(again.contractors()).as(entry.getKey()).isEqualTo(entry.getValue());
        }
    }

    @Test
    void aLaterImportOfTheSameFileChangesAndRemovesWhatTheFormerAdded() throws IOException {
        Actor editor = new Actor("contractor-editor-reimport", Role.EDITOR, "1465");
        String original = new String(file("v0/valid/maintenance_contacts_when_type_is_contract.yml"), StandardCharsets.UTF_8);
        var first = importer.importFile(editor, original.getBytes(StandardCharsets.UTF_8), false);
        assertThat(offers.list(editor, first.solutionId())).hasSize(1);
        String extended = original.replace("until: 2040-01-01", "until: 2041-06-30\n    - name: \"Second AB\"\n      email: \"support@second.example\"\n      until: 2030-12-31");
        var second = importer.importFile(editor, extended.getBytes(StandardCharsets.UTF_8), false);
        assertThat(second.updated()).isTrue();
        assertThat(second.solutionId()).isEqualTo(first.solutionId());
        List<ProviderOffer> now = offers.list(editor, first.solutionId());
        assertThat(now).extracting(o -> o.details().organisation().name()).containsExactly("Contractor", "Second AB");
        assertThat(now.get(0).details().until()).isEqualTo(LocalDate.of(2041, 6, 30));
        assertThat(offers.history(editor, first.solutionId(), now.get(0).id()))
                .extracting(c -> c.action() + " " + c.fields())
                .containsExactly("IMPORTED []", "IMPORTED [until]");

        String without = original.replace("type: \"contract\"", "type: \"internal\"")
                .replaceAll("(?s)  contractors:.*?\n\n", "");
        var third = importer.importFile(editor, without.getBytes(StandardCharsets.UTF_8), false);
        assertThat(third.solutionId()).isEqualTo(first.solutionId());
        assertThat(offers.list(editor, first.solutionId())).isEmpty();
        assertThat(offers.history(editor, first.solutionId(), now.get(1).id())).extracting(c -> c.action())
                .containsExactly(ProviderOfferChanged.Action.IMPORTED, ProviderOfferChanged.Action.REMOVED);
    }
}
