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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

@RestController
@RequestMapping("/api/v1/municipalities")
class MunicipalityApiController {

    private final Municipalities municipalities;

    MunicipalityApiController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /** Lists municipalities; {@code county} is the two-digit county code, {@code group} an SKR code such as B3. */
    @Operation(operationId = "listMunicipalities", summary = "List municipalities",
            description = "Sweden's municipalities, paged and by name unless sorted otherwise, filtered by the parameters given.")
    @GetMapping
    PagedModel<MunicipalityView> list(
            @Parameter(description = "Part of the name, any case.", example = "sund") @RequestParam(required = false) String name,
            @Parameter(description = "Two-digit county code.", example = "22") @RequestParam(required = false) String county,
            @Parameter(description = "SKR municipality group.", schema = @Schema(allowableValues = { "A1", "A2", "B3", "B4",
                    "B5", "C6", "C7", "C8", "C9" })) @RequestParam(required = false) String group,
            @PageableDefault(size = 50, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        return new PagedModel<>(municipalities.search(blankToNull(name), blankToNull(county), blankToNull(group), pageable)
                .map(MunicipalityView::of));
    }

    @Operation(operationId = "getMunicipality", summary = "Read a municipality",
            description = "A municipality with its county, SKR group and population.")
    @GetMapping("/{kommunkod}")
    MunicipalityView get(@PathVariable String kommunkod) {
        return municipalities.findById(kommunkod).map(MunicipalityView::of)
                .orElseThrow(() -> new NotFoundException("Municipality", kommunkod));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
