package se.delbart.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.delbart.search.SearchIndexMaintenance;
import se.delbart.search.SolutionSearch;

/** Admin page: the index's state and a button that rebuilds it from the database (ADMIN only, see security). */
@Controller
class SearchAdminPageController {

    private final SearchIndexMaintenance maintenance;
    private final SolutionSearch search;

    SearchAdminPageController(SearchIndexMaintenance maintenance, SolutionSearch search) {
        this.maintenance = maintenance;
        this.search = search;
    }

    @GetMapping("/admin/sok")
    String status(Model model) {
        model.addAttribute("status", maintenance.status());
        model.addAttribute("documents", search.count());
        return "search/admin";
    }

    @PostMapping("/admin/sok/reindex")
    String reindex(RedirectAttributes redirect) {
        redirect.addFlashAttribute("reindexStarted", true);
        maintenance.startReindex();
        return "redirect:/admin/sok";
    }
}
