package se.delbart.municipality.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.municipality.SkrGroup;

/** The list of Sweden's municipalities, filtered by name, county and SKR group. Each one's page is in the catalogue. */
@Controller
class MunicipalityPageController {

    static final int PAGE_SIZE = 50;

    private final Municipalities municipalities;

    MunicipalityPageController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping("/kommuner")
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) String county,
            @RequestParam(required = false) String group, @RequestParam(defaultValue = "1") String page, Model model) {
        Query query = new Query(blankToNull(name), blankToNull(county),
                SkrGroup.isCode(group) ? group : null, pageNumber(page));
        Page<Municipality> result = municipalities.search(query.name(), query.county(), query.group(),
                PageRequest.of(query.page() - 1, PAGE_SIZE, Sort.by("name")));
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("counties", municipalities.counties());
        model.addAttribute("groups", SkrGroup.values());
        return "municipality/list";
    }

    /** The filters as the address carries them; {@code page} counts from 1. */
    record Query(String name, String county, String group, int page) {

        public String url(int page) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/kommuner");
            if (name != null) {
                uri.queryParam("name", name);
            }
            if (county != null) {
                uri.queryParam("county", county);
            }
            if (group != null) {
                uri.queryParam("group", group);
            }
            if (page > 1) {
                uri.queryParam("page", page);
            }
            return uri.build().encode().toUriString();
        }
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(page.strip()), 10_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
