package se.delbart.provider;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface Offers extends Repository<ProviderOffer, UUID> {

    ProviderOffer save(ProviderOffer offer);

    ProviderOffer saveAndFlush(ProviderOffer offer);

    Optional<ProviderOffer> findById(UUID id);

    List<ProviderOffer> findBySolutionIdAndRemovedAtIsNullOrderByCreatedAtAscIdAsc(UUID solutionId);

    List<ProviderOffer> findBySolutionIdInAndStateAndRemovedAtIsNull(Collection<UUID> solutionIds, OfferState state);

    long countBySolutionIdAndRemovedAtIsNull(UUID solutionId);

    long countBySolutionId(UUID solutionId);
}
