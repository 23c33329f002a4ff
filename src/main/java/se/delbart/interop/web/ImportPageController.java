package se.delbart.interop.web;

import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.delbart.catalog.SolutionPermissions;
import se.delbart.interop.PubliccodeImport;
import se.delbart.interop.PubliccodeImportResult;
import se.delbart.interop.PubliccodeInvalidException;
import se.delbart.interop.YamlLimits;
import se.delbart.shared.Actor;
import se.delbart.shared.NotPermittedException;

/**
 * The upload page for one publiccode.yml, linked from the publish page: check it (dry run) or import it as a draft.
 * Errors are listed with line, column and key; the import then redirects here (post/redirect/get) with a link to the
 * draft and the reminder that fit, effort and benefit must be filled in.
 */
@Controller
class ImportPageController {

    static final String VIEW = "interop/import";

    private final PubliccodeImport importer;
    private final YamlLimits limits;

    ImportPageController(PubliccodeImport importer, YamlLimits limits) {
        this.importer = importer;
        this.limits = limits;
    }

    @GetMapping("/losningar/importera")
    String form(Actor actor, Model model) {
        checkCanCreate(actor);
        model.addAttribute("maxKilobytes", limits.maxBytes() / 1024);
        return VIEW;
    }

    @PostMapping(path = "/losningar/importera", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(Actor actor, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, Model model, RedirectAttributes redirect) throws IOException {
        checkCanCreate(actor);
        model.addAttribute("maxKilobytes", limits.maxBytes() / 1024);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "interop.file.missing");
            return VIEW;
        }
        if (file.getSize() > limits.maxBytes()) {
            model.addAttribute("fileError", "interop.file.tooLarge");
            return VIEW;
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        try {
            PubliccodeImportResult result = importer.importFile(actor, file.getBytes(), dryRun);
            if (dryRun) {
                model.addAttribute("draft", result.draft());
                model.addAttribute("warnings", result.warnings());
                return VIEW;
            }
            redirect.addFlashAttribute("importedId", result.solutionId());
            redirect.addFlashAttribute("importUpdated", result.updated());
            redirect.addFlashAttribute("importedName", result.draft().details().name());
            redirect.addFlashAttribute("warnings", result.warnings());
            return "redirect:/losningar/importera";
        } catch (PubliccodeInvalidException e) {
            model.addAttribute("fileError", e.isTooLarge() ? "interop.file.tooLarge" : "interop.file.invalid");
            model.addAttribute("errors", e.errors());
            model.addAttribute("warnings", e.warnings());
            return VIEW;
        }
    }

    private static void checkCanCreate(Actor actor) {
        if (!SolutionPermissions.canCreate(actor)) {
            throw new NotPermittedException("Only a municipality's editors can import solutions.");
        }
    }
}
