package se.delbart.interop.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.delbart.interop.BulkImports;
import se.delbart.interop.BulkImports.BulkImportJob;
import se.delbart.interop.Finding;
import se.delbart.interop.PubliccodeExport;
import se.delbart.interop.PubliccodeImport;
import se.delbart.interop.PubliccodeImportResult;
import se.delbart.interop.PubliccodeInvalidException;
import se.delbart.interop.YamlLimits;
import se.delbart.shared.Actor;
import se.delbart.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import se.delbart.shared.web.openapi.ApiAccess;
import se.delbart.shared.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.headers.Header;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/** publiccode.yml over HTTP: import (one file), export with its companion document, and the admins' bulk import. */
@RestController
class InteropApiController {

    static final String YAML = "application/yaml";
    static final URI INVALID_PUBLICCODE = URI.create(Problems.BASE + "invalid-publiccode");
    static final URI TOO_LARGE = URI.create(Problems.BASE + "payload-too-large");
    /** Largest zip accepted for a bulk import. */
    static final int MAX_ZIP_BYTES = 20 * 1024 * 1024;

    private final PubliccodeImport importer;
    private final PubliccodeExport exporter;
    private final BulkImports bulk;
    private final YamlLimits limits;
    private final se.delbart.shared.web.PublicUrl publicUrl;

    InteropApiController(PubliccodeImport importer, PubliccodeExport exporter, BulkImports bulk, YamlLimits limits,
            se.delbart.shared.web.PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.importer = importer;
        this.exporter = exporter;
        this.bulk = bulk;
        this.limits = limits;
    }

    @Operation(operationId = "importPubliccode", summary = "Import a publiccode.yml",
            description = """
                    Maps a publiccode.yml (versions 0.2–0.7) to a DRAFT solution of the editor's own municipality: 201 \
                    with `Location`. Importing a file with the same `url` again updates the solution the first import \
                    created and keeps its fit, effort and benefit: 200 with `Content-Location` and `"updated": true`. \
                    With `dryRun=true` nothing is saved: 200 with the mapped draft and the warnings. An invalid file gets \
                    422 whose `errors` list every error with `path`, `message`, `line` and `column`. The file may be at \
                    most 1 MiB (`delbart.interop.yaml.max-bytes`), with at most 50 aliases, 40 levels and 50 000 nodes.""",
            requestBody = @RequestBody(required = true,
                    description = "The publiccode.yml file, UTF-8.",
                    content = { @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                            @Content(mediaType = "application/x-yaml", schema = @Schema(type = "string")),
                            @Content(mediaType = "text/yaml", schema = @Schema(type = "string")),
                            @Content(mediaType = "text/x-yaml", schema = @Schema(type = "string")) }))
    @ApiAccess(roles = Role.EDITOR, scope = "importing into their own municipality")
    @ApiResponse(responseCode = "200", description = "A dry run, or an update of the solution an earlier import of the same `url` created (`Content-Location` names it).")
    @ApiResponse(responseCode = "201", description = "A new draft solution; `Location` names it.")
    @ApiResponse(responseCode = "413", description = "The file is larger than the limit.")
    @ApiResponse(responseCode = "422", description = "The file is not a valid publiccode.yml: `errors` lists every error with its key `path`, `line` and `column`; `warnings` what would not be kept.")
    @PostMapping(path = "/api/v1/interop/publiccode", consumes = { YAML, "application/x-yaml", "text/yaml", "text/x-yaml" })
    ResponseEntity<PubliccodeImportResult> importPubliccode(Actor actor, InputStream body,
            @Parameter(description = "Map and check only; save nothing.") @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        byte[] yaml = Bodies.readAtMost(body, limits.maxBytes());
        PubliccodeImportResult result = importer.importFile(actor, yaml, dryRun);
        if (dryRun) {
            return ResponseEntity.ok(result);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/solutions/{id}")
                .build(result.solutionId());
        if (result.updated()) {
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_LOCATION, location.toString()).body(result);
        }
        return ResponseEntity.created(location).body(result);
    }

    @Operation(operationId = "exportPubliccode", summary = "A solution as publiccode.yml",
            description = """
                    The solution as a publiccode.yml 0.7.0 file, valid by Delbart's own validator and with only the \
                    standard's keys. Delbart's own data is in the companion document the `Link` header names. Published \
                    solutions for everybody, drafts for their own municipality.""")
    @ApiResponse(responseCode = "200", description = "The file.",
            headers = @Header(name = "Link", description = "The companion document: `<…/delbart.json>; rel=\"describedby\"`.",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/yaml", schema = @Schema(type = "string")))
    @GetMapping(path = "/api/v1/solutions/{id}/publiccode.yml")
    ResponseEntity<String> export(Actor actor, @PathVariable UUID id) {
        String base = baseUrl();
        String yaml = exporter.publiccodeYml(actor, id, base);
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"publiccode.yml\"")
                .header(HttpHeaders.LINK, "<" + base + "/api/v1/solutions/" + id + "/delbart.json>; rel=\"describedby\"; type=\"application/json\"")
                .body(yaml);
    }

    @Operation(operationId = "exportDelbartCompanion", summary = "Delbart's data about a solution beside its publiccode.yml",
            description = "What publiccode.yml has no keys for: fit, effort, benefit, origin and adoption counts, named in the exported file's header.")
    @GetMapping(path = "/api/v1/solutions/{id}/delbart.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> companion(Actor actor, @PathVariable UUID id) {
        return exporter.companion(actor, id, baseUrl());
    }

    @Operation(operationId = "startBulkImport", summary = "Import many publiccode.yml files from a zip",
            description = """
                    Starts importing every `.yml`/`.yaml` entry of the zip for the municipality given (other entries are \
                    their assets, such as logos) in the background, and answers 202 with the job; `Location` is where \
                    its progress and a report per file appear. The import takes zips of up to 20 MB, but any request \
                    body above the service's limit (`delbart.web.max-request-body`, 1 MB by default) is refused with 413 \
                    first. Jobs run one at a time.""",
            requestBody = @RequestBody(required = true, description = "The zip.",
                    content = { @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/x-zip-compressed", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")) }))
    @ApiResponse(responseCode = "202", description = "The job is queued; `Location` is where it reports.")
    @ApiResponse(responseCode = "404", description = "There is no municipality with that kommunkod.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping(path = "/api/v1/admin/interop/publiccode/bulk", consumes = { "application/zip", "application/x-zip-compressed",
            MediaType.APPLICATION_OCTET_STREAM_VALUE })
    ResponseEntity<BulkImportJob.Report> startBulk(Actor actor, InputStream body,
            @Parameter(description = "The kommunkod of the municipality the solutions are imported for.", example = "2281")
            @RequestParam String municipality,
            @Parameter(description = "Map and check only; save nothing.") @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        byte[] zip = Bodies.readAtMost(body, MAX_ZIP_BYTES);
        BulkImportJob job = bulk.start(actor, municipality, zip, dryRun);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(job.id());
        return ResponseEntity.accepted().location(location).body(job.report());
    }

    @Operation(operationId = "getBulkImport", summary = "Progress and report of a bulk import",
            description = "How many files were processed of how many, and per file IMPORTED, WOULD_IMPORT (dry run) or REJECTED with errors and warnings. The latest 20 jobs are kept.")
    @GetMapping("/api/v1/admin/interop/publiccode/bulk/{id}")
    BulkImportJob.Report bulkJob(@PathVariable UUID id) {
        return bulk.report(id);
    }

    /** Every error with key path, line and column; 413 when the file was too large to read. */
    @ExceptionHandler(PubliccodeInvalidException.class)
    ResponseEntity<ProblemDetail> invalid(PubliccodeInvalidException e) {
        if (e.isTooLarge()) {
            return tooLarge(new Bodies.TooLargeException(limits.maxBytes()));
        }
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, INVALID_PUBLICCODE, "Invalid publiccode.yml",
                e.getMessage() + " " + e.errors().size() + (e.errors().size() == 1 ? " error." : " errors."));
        problem.setProperty("errors", findings(e.errors()));
        problem.setProperty("warnings", findings(e.warnings()));
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(Bodies.TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(Bodies.TooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "Too large", e.getMessage()));
    }

    static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream().map(f -> Map.<String, Object>of("path", f.path(), "message", f.message(),
                "line", f.line(), "column", f.column())).toList();
    }

    private String baseUrl() {
        return publicUrl.base();
    }
}
