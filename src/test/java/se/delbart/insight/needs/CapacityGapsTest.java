package se.delbart.insight.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.municipality.SkrGroup;
import se.delbart.provider.OfferDetails;
import se.delbart.provider.ProviderOffer;
import se.delbart.provider.ProviderOffers;
import se.delbart.shared.Actor;
import se.delbart.shared.IdealType;
import se.delbart.shared.Role;
import tools.jackson.databind.ObjectMapper;

/**
 * A solution that municipalities want but nobody hosts and supports is a capacity gap; it stops being one when a
 * provider confirms both; the publisher is not counted, and a split of fewer than three municipalities is hidden.
 */
@SpringBootTest
@ActiveProfiles("test")
class CapacityGapsTest {

    @Autowired
    CapacityGaps gaps;

    @Autowired
    SolutionCatalog catalog;

    @Autowired
    AdoptionRegistry adoptions;

    @Autowired
    ProviderOffers offers;

    @Autowired
    ObjectMapper json;

    private static final String PUBLISHER = "1480";

    private UUID published() {
        Actor editor = new Actor("gaps-editor", Role.EDITOR, PUBLISHER);
        UUID id = catalog.create(editor, SolutionFixtures.complete("Kapacitetslucka " + UUID.randomUUID())).id();
        catalog.publish(editor, id, null);
        return id;
    }

    private CapacityGaps.Gap gap(UUID id) {
        return gaps.report().stream().filter(g -> g.solutionId().equals(id)).findFirst().orElse(null);
    }

    @Test
    void aWantedSolutionNobodyRunsForOthersIsAGapUntilAProviderHostsAndSupportsIt() {
        UUID id = published();
        // three municipalities of one SKR group (C9) show interest or plan; the publisher's own does not count
        for (String kod : List.of("0885", "1278", "1291")) {
            adoptions.record(new Actor("gaps-" + kod, Role.EDITOR, kod), id,
                    kod.equals("1291") ? AdoptionStatus.PLANNING : AdoptionStatus.INTERESTED, null, null);
        }
        adoptions.record(new Actor("gaps-other", Role.EDITOR, "0180"), id, AdoptionStatus.INTERESTED, null, null);

        CapacityGaps.Gap gap = gap(id);
        assertThat(gap).isNotNull();
        assertThat(gap.municipalities()).isEqualTo(4);
        assertThat(gap.interested()).isEqualTo(3);
        assertThat(gap.planning()).isEqualTo(1);
        assertThat(gap.hostingOffered()).isFalse();
        assertThat(gap.supportOffered()).isFalse();
        // Stockholm alone in its group: hidden; the three in one group are shown
        assertThat(gap.bySkrGroup().get(SkrGroup.A1)).isNull();
        assertThat(gap.bySkrGroup().get(SkrGroup.C9)).isEqualTo(3);
        assertThat(gap.byType().values()).allSatisfy(n -> assertThat(n == null || n == 0 || n >= 3).isTrue());

        OfferDetails hosting = json.readValue("{\"organisation\":{\"name\":\"Luleå kommun\",\"kind\":\"MUNICIPALITY\","
                + "\"municipalityCode\":\"2580\"},\"kinds\":[\"HOSTING\"],\"audience\":{\"kind\":\"ANY_MUNICIPALITY\"},"
                + "\"contact\":{\"email\":\"drift@lulea.se\"}}", OfferDetails.class);
        ProviderOffer offer = offers.suggest(new Actor("gaps-lulea", Role.EDITOR, "2580"), id, hosting);
        Actor publisher = new Actor("gaps-editor", Role.EDITOR, PUBLISHER);
        offers.confirm(publisher, id, offer.id(), offer.version());
        assertThat(gap(id)).as("hosting alone leaves the gap open").isNotNull()
                .satisfies(g -> assertThat(g.hostingOffered()).isTrue());

        OfferDetails both = json.readValue("{\"organisation\":{\"name\":\"Luleå kommun\",\"kind\":\"MUNICIPALITY\","
                + "\"municipalityCode\":\"2580\"},\"kinds\":[\"HOSTING\",\"SUPPORT\"],\"audience\":{\"kind\":"
                + "\"ANY_MUNICIPALITY\"},\"contact\":{\"email\":\"drift@lulea.se\"}}", OfferDetails.class);
        ProviderOffer full = offers.suggest(new Actor("gaps-lulea", Role.EDITOR, "2580"), id, both);
        offers.confirm(publisher, id, full.id(), full.version());
        assertThat(gap(id)).as("hosted and supported: no longer a gap").isNull();
    }

    @Test
    void smallSplitsAreHidden() {
        var shown = CapacityGaps.hideSmall(java.util.Map.of(IdealType.PRAGMATIC, 2, IdealType.OPERATIONAL, 3),
                IdealType.class);
        assertThat(shown.get(IdealType.PRAGMATIC)).isNull();
        assertThat(shown.get(IdealType.OPERATIONAL)).isEqualTo(3);
        assertThat(shown.get(IdealType.STRATEGIC)).isZero();
    }
}
