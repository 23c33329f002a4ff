package se.delbart.catalog.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.SolutionFilter;
import se.delbart.catalog.SolutionPermissions;
import se.delbart.municipality.Municipalities;
import se.delbart.shared.Actor;
import se.delbart.shared.NotFoundException;

/**
 * A municipality's page: its facts and the solutions it publishes. It lives with the catalogue because the
 * catalogue already depends on the municipality registry; the other way round would make the modules a cycle.
 */
@Controller
class PublisherPageController {

    static final int MAX_SOLUTIONS = 100;

    private final Municipalities municipalities;
    private final SolutionPages pages;
    private final java.util.List<se.delbart.catalog.MunicipalityPageSection> sections;

    PublisherPageController(Municipalities municipalities, SolutionPages pages,
            org.springframework.beans.factory.ObjectProvider<se.delbart.catalog.MunicipalityPageSection> sections) {
        this.municipalities = municipalities;
        this.pages = pages;
        this.sections = sections.orderedStream().toList();
    }

    @GetMapping("/kommuner/{kommunkod}")
    String municipality(Actor actor, @PathVariable String kommunkod, Model model) {
        var municipality = municipalities.findById(kommunkod)
                .orElseThrow(() -> new NotFoundException("Municipality", kommunkod));
        PageRequest firstPage = PageRequest.of(0, MAX_SOLUTIONS, Sort.by("name"));
        model.addAttribute("municipality", municipality);
        model.addAttribute("published", pages.cards(actor, filter(kommunkod, Lifecycle.PUBLISHED), firstPage));
        if (SolutionPermissions.canSeeUnpublishedOf(actor, kommunkod)) {
            model.addAttribute("drafts", pages.cards(actor, filter(kommunkod, Lifecycle.DRAFT), firstPage));
            model.addAttribute("withdrawn", pages.cards(actor, filter(kommunkod, Lifecycle.WITHDRAWN), firstPage));
        }
        // sections contributed by other modules (e.g. shared collaboration clusters), after the solutions
        model.addAttribute("sections", sections.stream().map(section -> section.contentFor(actor, kommunkod))
                .flatMap(java.util.Optional::stream).toList());
        return "municipality/detail";
    }

    private static SolutionFilter filter(String kommunkod, Lifecycle lifecycle) {
        return new SolutionFilter(kommunkod, null, null, null, null, lifecycle, null);
    }
}
