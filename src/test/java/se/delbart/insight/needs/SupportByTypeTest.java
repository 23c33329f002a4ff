package se.delbart.insight.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.delbart.adoption.AdoptionRegistry;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.web.PageTest;

/**
 * Experience by domain (what cluster proposals offer as "who knows this domain"), on the real catalogue and
 * adoption registry: the publishers of published solutions and their adopters, but not adopters that discontinued.
 * Upplands Väsby (0114) publishes, Vallentuna (0115) runs it, Österåker (0117) stopped using it.
 */
class SupportByTypeTest extends PageTest {

    @Autowired
    SupportByType support;

    @Autowired
    AdoptionRegistry adoptions;

    @Test
    void experienceByDomainCountsPublishersAndActiveAdoptersNotDiscontinuedOnes() {
        Solution solution = published("0114", SolutionFixtures.complete(unique("Erfarenhet per område")));
        adoptions.record(editorOf("0115"), solution.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
        var stopped = adoptions.record(editorOf("0117"), solution.id(), AdoptionStatus.IN_PRODUCTION, null, Set.of());
        adoptions.change(editorOf("0117"), stopped.id(), stopped.version(), AdoptionStatus.DISCONTINUED,
                "Ersatt av nationell tjänst", null, null);

        assertThat(support.experienceByDomain().get(Domain.UTBILDNING.code()))
                .contains("0114", "0115").doesNotContain("0117");
    }
}
