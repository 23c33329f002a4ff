package se.delbart.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.delbart.adoption.Adoption;
import se.delbart.adoption.AdoptionRegistry;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.path.Checklists;
import se.delbart.path.ImplementationPath;
import se.delbart.path.ImplementationPaths;
import se.delbart.path.PathDocument;
import se.delbart.path.PathRevision;
import se.delbart.path.PathStep;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;
import tools.jackson.databind.ObjectMapper;

/**
 * Seeds the example implementation paths (demo/paths.json) as their publishers' example data, then ticks two of
 * Ånge's checklists and files a proposal, through the path module's own rules. A solution that has a path is left as
 * it is, and so are its checklists.
 */
@Component
class DemoPaths {

    private static final Logger log = LoggerFactory.getLogger(DemoPaths.class);

    /** The file's shape: paths by solution key, and checklists of example adoptions. */
    record DemoPathFile(List<DemoPathEntry> paths, List<DemoChecklist> checklists) {
    }

    record DemoPathEntry(String solution, List<String> prerequisites, List<PathStep> steps, List<String> decisions,
            List<PathDocument> documents) {
    }

    record DemoChecklist(String solution, String municipality, List<DemoTick> ticks, List<DemoProposal> proposals) {
    }

    /** {@code step}: the step's position in the path (0-based); {@code doneDaysAgo} null: not done yet. */
    record DemoTick(int step, Integer doneDaysAgo, Integer actualDays, String note) {
    }

    record DemoProposal(int step, int reportedDays, String comment) {
    }

    private final ImplementationPaths paths;
    private final Checklists checklists;
    private final SolutionCatalog catalog;
    private final AdoptionRegistry adoptions;
    private final ObjectMapper json;
    private final Clock clock;

    DemoPaths(ImplementationPaths paths, Checklists checklists, SolutionCatalog catalog, AdoptionRegistry adoptions,
            ObjectMapper json, Clock clock) {
        this.paths = paths;
        this.checklists = checklists;
        this.catalog = catalog;
        this.adoptions = adoptions;
        this.json = json;
        this.clock = clock;
    }

    /** @param published example key → id of its published solution */
    void seed(Map<String, UUID> published) {
        DemoPathFile file = read();
        Set<String> written = new HashSet<>();
        for (DemoPathEntry path : file.paths()) {
            UUID id = published.get(path.solution());
            if (id == null || paths.hasPath(id)) {
                continue;
            }
            String publisher = catalog.findPublished(id).orElseThrow().publisherCode();
            paths.writeExample(new Actor("demo-" + publisher, Role.EDITOR, publisher), id,
                    new ImplementationPath(path.prerequisites(), path.steps(), path.decisions(), path.documents()));
            written.add(path.solution());
        }
        int ticks = 0;
        int proposals = 0;
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")));
        for (DemoChecklist entry : file.checklists()) {
            UUID id = published.get(entry.solution());
            if (id == null || !written.contains(entry.solution())) {
                continue;
            }
            Adoption adoption = adoptions.find(entry.municipality(), id).orElse(null);
            if (adoption == null) {
                continue;
            }
            Actor staff = new Actor("demo-" + entry.municipality(), Role.MEMBER, entry.municipality());
            PathRevision current = paths.current(staff, id).orElseThrow();
            for (DemoTick tick : entry.ticks()) {
                checklists.tick(staff, adoption.id(), current.path().steps().get(tick.step()).id(), null,
                        tick.doneDaysAgo() == null ? null : today.minusDays(tick.doneDaysAgo()), tick.actualDays(),
                        tick.note());
                ticks++;
            }
            for (DemoProposal proposal : entry.proposals()) {
                paths.propose(staff, adoption.id(), current.path().steps().get(proposal.step()).id(),
                        proposal.reportedDays(), proposal.comment());
                proposals++;
            }
        }
        if (!written.isEmpty()) {
            log.info("Demo: wrote {} example implementation paths, {} checklist ticks and {} proposals",
                    written.size(), ticks, proposals);
        }
    }

    DemoPathFile read() {
        try (InputStream in = new ClassPathResource("demo/paths.json").getInputStream()) {
            return json.readValue(in, DemoPathFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("demo/paths.json cannot be read", e);
        }
    }
}
