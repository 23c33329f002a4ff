package se.delbart.provider;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface OfferChanges extends Repository<ProviderOfferChange, UUID> {

    ProviderOfferChange save(ProviderOfferChange change);

    List<ProviderOfferChange> findByOfferIdOrderByChangedAtAscVersionAsc(UUID offerId);
}
