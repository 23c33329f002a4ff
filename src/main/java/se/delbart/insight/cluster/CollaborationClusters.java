package se.delbart.insight.cluster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.insight.needs.MunicipalityDirectory;
import se.delbart.insight.needs.MunicipalityFacts;
import se.delbart.insight.needs.NeedGroup;
import se.delbart.insight.needs.Signal;
import se.delbart.insight.needs.SupportByType;
import se.delbart.insight.needs.UnmetNeeds;
import se.delbart.insight.needs.UnmetNeedsAnalysis;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.IdealType;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.Role;

/**
 * Proposed clusters (from declared needs only: an unanswered search never puts a municipality's name in a proposal),
 * and the clusters analysts saved and shared.
 */
@Service
@Transactional
public class CollaborationClusters {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final UnmetNeeds needs;
    private final MunicipalityDirectory directory;
    private final SupportByType support;
    private final SavedClusters saved;
    private final MessageSource messages;
    private final Clock clock;

    CollaborationClusters(UnmetNeeds needs, MunicipalityDirectory directory, SupportByType support,
            SavedClusters saved, MessageSource messages, Clock clock) {
        this.needs = needs;
        this.directory = directory;
        this.support = support;
        this.saved = saved;
        this.messages = messages;
        this.clock = clock;
    }

    /** Shared needs first (more specific), then domains; each theme its own proposal if the rules can be met. */
    @Transactional(readOnly = true)
    public List<ClusterProposer.Proposal> proposals() {
        Map<String, MunicipalityFacts> facts = directory.all();
        List<Signal> declared = needs.namedNeeds();
        List<ClusterProposer.Theme> themes = new ArrayList<>();
        for (NeedGroup g : UnmetNeedsAnalysis.byTerms(declared, facts)) {
            themes.add(new ClusterProposer.Theme("behov:" + g.key(), g.label(), g.domain(), g.needMembers()));
        }
        for (NeedGroup g : UnmetNeedsAnalysis.byDomain(declared, facts)) {
            themes.add(new ClusterProposer.Theme("omrade:" + g.key(), domainLabel(g.domain()), g.domain(),
                    g.needMembers()));
        }
        return ClusterProposer.propose(themes, facts, support.experienceByDomain(),
                new ClusterProposer.Labels(code -> domainLabel(code).toLowerCase(SWEDISH), this::typeLabel));
    }

    public SavedCluster save(Actor actor, String proposalKey, String name, String note) {
        checkAnalyst(actor);
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanName.length() < 3 || cleanName.length() > SavedCluster.MAX_NAME) {
            problems.add(new FieldProblem("name", "must be 3 to " + SavedCluster.MAX_NAME + " characters"));
        }
        if (cleanNote != null && cleanNote.length() > SavedCluster.MAX_NOTE) {
            problems.add(new FieldProblem("note", "must be at most " + SavedCluster.MAX_NOTE + " characters"));
        }
        Optional<ClusterProposer.Proposal> proposal = proposals().stream()
                .filter(p -> p.key().equals(proposalKey)).findFirst();
        if (proposal.isEmpty()) {
            problems.add(new FieldProblem("proposal", "no current proposal has this key (the needs may have changed)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ClusterProposer.Proposal p = proposal.orElseThrow();
        return saved.save(new SavedCluster(UUID.randomUUID(), cleanName, cleanNote, p.theme(), p.reason(), p.codes(),
                actor.username(), clock.instant()));
    }

    public SavedCluster share(Actor actor, UUID id) {
        checkAnalyst(actor);
        SavedCluster cluster = get(id);
        cluster.share(clock.instant());
        return saved.save(cluster);
    }

    @Transactional(readOnly = true)
    public List<SavedCluster> saved(Actor actor) {
        checkAnalyst(actor);
        return saved.findAllByOrderByCreatedAtDesc();
    }

    @Transactional(readOnly = true)
    public SavedCluster get(UUID id) {
        return saved.findById(id).orElseThrow(() -> new NotFoundException("Cluster", id));
    }

    /** Shared clusters with this municipality as member: for its staff, and for analysts and admins. */
    @Transactional(readOnly = true)
    public List<SavedCluster> sharedWith(Actor actor, String kommunkod) {
        if (actor == null || !(actor.worksFor(kommunkod) || actor.isAdmin() || actor.role() == Role.ANALYST)) {
            return List.of();
        }
        return saved.findSharedWith(kommunkod);
    }

    /** Names of the municipalities, for display. */
    @Transactional(readOnly = true)
    public Map<String, MunicipalityFacts> facts() {
        return directory.all();
    }

    private static void checkAnalyst(Actor actor) {
        if (actor == null || !(actor.isAdmin() || actor.role() == Role.ANALYST)) {
            throw new NotPermittedException("Only analysts and admins work with collaboration clusters.");
        }
    }

    String domainLabel(String code) {
        return code == null ? null : messages.getMessage("domain." + code, null, code, SWEDISH);
    }

    String typeLabel(IdealType type) {
        return messages.getMessage("insightneeds.type." + type.name(), null,
                type.name().toLowerCase(Locale.ROOT), SWEDISH);
    }

    Set<String> members(UUID id) {
        return get(id).members();
    }
}
