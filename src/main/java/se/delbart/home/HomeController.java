package se.delbart.home;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.delbart.catalog.Domain;
import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCard;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionFilter;
import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.shared.IdealType;

@Controller
class HomeController {

    static final int NEWEST = 6;

    private final StartPage startPage;

    HomeController(StartPage startPage) {
        this.startPage = startPage;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("publishedCount", startPage.publishedCount());
        model.addAttribute("municipalityCount", startPage.municipalityCount());
        model.addAttribute("newest", startPage.newest());
        model.addAttribute("domains", Domain.values());
        model.addAttribute("idealTypes", IdealType.values());
        return "home/index";
    }

    /** Reads for the start page in one read-only transaction. */
    @org.springframework.stereotype.Component
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    static class StartPage {

        private final SolutionCatalog catalog;
        private final Municipalities municipalities;

        StartPage(SolutionCatalog catalog, Municipalities municipalities) {
            this.catalog = catalog;
            this.municipalities = municipalities;
        }

        long publishedCount() {
            return catalog.countPublished();
        }

        long municipalityCount() {
            return municipalities.count();
        }

        List<SolutionCard> newest() {
            Page<Solution> page = catalog.list(null, SolutionFilter.PUBLISHED,
                    PageRequest.of(0, NEWEST, Sort.by(Sort.Order.desc("publishedAt"))));
            Map<String, String> names = municipalities.findAllByKommunkodIn(page.map(Solution::publisherCode).toList())
                    .stream().collect(Collectors.toMap(Municipality::kommunkod, Municipality::name, (a, b) -> a));
            return page.map(s -> SolutionCard.of(s, names.get(s.publisherCode()))).toList();
        }
    }
}
