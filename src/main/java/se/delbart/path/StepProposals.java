package se.delbart.path;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Every proposal to change a step. */
interface StepProposals extends Repository<StepProposal, UUID> {

    StepProposal saveAndFlush(StepProposal proposal);

    Optional<StepProposal> findById(UUID id);

    List<StepProposal> findBySolutionIdOrderByCreatedAtDesc(UUID solutionId);
}
