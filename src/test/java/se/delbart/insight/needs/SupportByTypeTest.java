package se.delbart.insight.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import se.delbart.adoption.AdoptionRecord;
import se.delbart.adoption.AdoptionStatistics;
import se.delbart.adoption.AdoptionStatus;
import se.delbart.catalog.Domain;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFixtures;

/**
 * What {@link SupportByType} gathers, with the catalogue as two pages: experience by domain counts publishers and
 * adopters (not discontinued), and each request pages through the published catalogue once.
 */
class SupportByTypeTest {

    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    private final SolutionCatalog catalog = mock(SolutionCatalog.class);
    private final AdoptionStatistics adoptions = mock(AdoptionStatistics.class);
    private final MunicipalityDirectory directory = mock(MunicipalityDirectory.class);
    private final UnmetNeeds needs = mock(UnmetNeeds.class);
    private final SupportByType support = new SupportByType(directory, adoptions, catalog, needs);

    private static Solution published(String publisher, String name) {
        Solution s = Solution.draft(UUID.randomUUID(), publisher, SolutionFixtures.complete(name), NOW);
        s.publish(NOW);
        return s;
    }

    private static AdoptionRecord adoption(Solution s, String kommunkod, AdoptionStatus status) {
        return new AdoptionRecord(UUID.randomUUID(), s.id(), kommunkod, status, NOW, null, null);
    }

    @BeforeEach
    void twoPages() {
        Solution first = published("2260", "Skolskjuts A");
        Solution second = published("2281", "Skolskjuts B");
        when(catalog.publishedPage(0, SupportByType.PAGE))
                .thenReturn(new PageImpl<>(List.of(first), PageRequest.of(0, 1), 2));
        when(catalog.publishedPage(1, SupportByType.PAGE))
                .thenReturn(new PageImpl<>(List.of(second), PageRequest.of(1, 1), 2));
        when(adoptions.records()).thenReturn(List.of(adoption(first, "0180", AdoptionStatus.IN_PRODUCTION),
                adoption(second, "1480", AdoptionStatus.DISCONTINUED),
                new AdoptionRecord(UUID.randomUUID(), UUID.randomUUID(), "0001", AdoptionStatus.IN_PRODUCTION, NOW,
                        null, null)));
        when(directory.all()).thenReturn(Map.of());
        when(needs.signals()).thenReturn(List.of());
    }

    @Test
    void experienceByDomainCountsPublishersAndActiveAdoptersReadingTheCatalogueOnce() {
        assertThat(support.experienceByDomain())
                .isEqualTo(Map.of(Domain.UTBILDNING.code(), Set.of("0180", "2260", "2281")));
        verify(catalog, times(1)).publishedPage(0, SupportByType.PAGE);
        verify(catalog, times(1)).publishedPage(1, SupportByType.PAGE);
        verify(catalog, times(2)).publishedPage(anyInt(), anyInt());
        verify(adoptions, times(1)).records();
    }

    @Test
    void theReportReadsTheCatalogueOnce() {
        support.report();
        verify(catalog, times(2)).publishedPage(anyInt(), anyInt());
        verify(adoptions, times(1)).records();
    }
}
