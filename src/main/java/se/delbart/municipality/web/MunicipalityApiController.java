package se.delbart.municipality.web;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.delbart.municipality.Municipalities;
import se.delbart.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/municipalities")
class MunicipalityApiController {

    private final Municipalities municipalities;

    MunicipalityApiController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /** Lists municipalities; {@code county} is the two-digit county code, {@code group} an SKR code such as B3. */
    @GetMapping
    PagedModel<MunicipalityView> list(@RequestParam(required = false) String name,
            @RequestParam(required = false) String county, @RequestParam(required = false) String group,
            @PageableDefault(size = 50, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        return new PagedModel<>(municipalities.search(blankToNull(name), blankToNull(county), blankToNull(group), pageable)
                .map(MunicipalityView::of));
    }

    @GetMapping("/{kommunkod}")
    MunicipalityView get(@PathVariable String kommunkod) {
        return municipalities.findById(kommunkod).map(MunicipalityView::of)
                .orElseThrow(() -> new NotFoundException("Municipality", kommunkod));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
