package se.delbart.interop;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.catalog.SolutionPermissions;
import se.delbart.provider.ProviderOffers;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotPermittedException;

/**
 * Imports one publiccode.yml as a DRAFT for the editor's municipality, through the catalogue's own use case, or
 * (dry run) only says what would be created. Invalid files are refused whole, with every error.
 */
@Service
@Transactional
public class PubliccodeImport {

    private final PubliccodeReader reader;
    private final SolutionCatalog catalog;
    private final ImportedPubliccodes imports;
    private final ProviderOffers providers;
    private final Clock clock;

    PubliccodeImport(YamlLimits limits, SolutionCatalog catalog, ImportedPubliccodes imports, ProviderOffers providers,
            Clock clock) {
        this.reader = new PubliccodeReader(limits);
        this.catalog = catalog;
        this.imports = imports;
        this.providers = providers;
        this.clock = clock;
    }

    public PubliccodeImportResult importFile(Actor actor, byte[] yaml, boolean dryRun) {
        return importFile(actor, yaml, dryRun, Assets.NONE);
    }

    public PubliccodeImportResult importFile(Actor actor, byte[] yaml, boolean dryRun, Assets assets) {
        if (!SolutionPermissions.canCreate(actor)) {
            throw new NotPermittedException("Only a municipality's editors can import solutions.");
        }
        PubliccodeValidation validation = reader.validate(yaml, assets);
        if (!validation.isValid()) {
            throw new PubliccodeInvalidException("The publiccode.yml is not valid.", validation.errors(),
                    validation.warnings(), validation.rejected());
        }
        PubliccodeDraft draft = PubliccodeMapper.map(validation.root());
        List<Finding> warnings = new ArrayList<>(validation.warnings());
        warnings.addAll(draft.notes());
        providers.contractorProblems(draft.contractors()).forEach(p -> warnings.add(Finding.warning(p.field(),
                "This contractor is not offered as a provider: " + p.message(), Finding.Position.NONE)));
        try {
            catalog.validate(draft.details());
        } catch (InvalidInputException e) {
            throw new PubliccodeInvalidException("The publiccode.yml is valid, but breaks Delbart's rules for a solution.",
                    catalogueErrors(e.fieldProblems(), draft), warnings, null);
        }
        if (dryRun) {
            return new PubliccodeImportResult(null, true, draft, warnings, false);
        }
        Optional<ImportedPubliccode> earlier = earlierImport(actor, draft.url());
        if (earlier.isPresent()) {
            Solution existing = catalog.get(actor, earlier.get().solutionId());
            Solution updated = catalog.update(actor, existing.id(), existing.version(),
                    keepingWhatTheFileCannotSay(draft.details(), existing.details()));
            earlier.get().reimported(clock.instant(), actor.username(), draft);
            imports.save(earlier.get());
            providers.importContractors(actor, updated.id(), draft.contractors());
            return new PubliccodeImportResult(updated.id(), false, draft, warnings, true);
        }
        Solution solution = catalog.create(actor, draft.details());
        imports.save(new ImportedPubliccode(solution.id(), actor.municipalityCode(), clock.instant(), actor.username(),
                draft));
        providers.importContractors(actor, solution.id(), draft.contractors());
        return new PubliccodeImportResult(solution.id(), false, draft, warnings, false);
    }

    /**
     * The municipality's earlier import of a file with the same url whose solution it can still edit (a withdrawn one
     * is left alone: the new file becomes a new draft).
     */
    private Optional<ImportedPubliccode> earlierImport(Actor actor, String url) {
        if (url == null) {
            return Optional.empty();
        }
        return imports.findByPublisherCodeAndSourceUrlOrderByImportedAtDesc(actor.municipalityCode(), url).stream()
                .filter(imported -> catalog.get(actor, imported.solutionId()).lifecycle() != Lifecycle.WITHDRAWN)
                .findFirst();
    }

    /** The file's details, with the fit, effort and benefit the editor filled in since (publiccode.yml has none). */
    private static SolutionDetails keepingWhatTheFileCannotSay(SolutionDetails file, SolutionDetails existing) {
        return new SolutionDetails(file.name(), file.summary(), file.description(), file.problem(), file.features(),
                file.links(), file.licence(), file.solutionType(), file.status(), file.domains(), file.tags(),
                existing.origin(), existing.initiator(), file.contacts(), existing.fit(), existing.effort(),
                existing.benefit());
    }

    /** The catalogue's complaints, reported at the publiccode.yml key each field came from. */
    private static List<Finding> catalogueErrors(List<FieldProblem> problems, PubliccodeDraft draft) {
        List<Finding> errors = new ArrayList<>();
        for (FieldProblem problem : problems) {
            String field = problem.field().replaceAll("\\[\\d+]", "");
            Finding source = draft.sources().entrySet().stream()
                    .filter(e -> field.equals(e.getKey()) || field.startsWith(e.getKey() + "."))
                    .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
            String path = source == null ? "" : source.path();
            errors.add(new Finding(Finding.Level.ERROR, path,
                    "Delbart's " + problem.field() + " " + problem.message(), source == null ? 0 : source.line(),
                    source == null ? 0 : source.column()));
        }
        return errors;
    }
}
