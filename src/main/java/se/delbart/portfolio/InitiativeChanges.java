package se.delbart.portfolio;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface InitiativeChanges extends Repository<InitiativeChange, UUID> {

    InitiativeChange save(InitiativeChange change);

    List<InitiativeChange> findByInitiativeIdOrderByChangedAtAscVersionAsc(UUID initiativeId);
}
