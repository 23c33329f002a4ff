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

    @PostMapping(path = "/api/v1/interop/publiccode", consumes = { YAML, "application/x-yaml", "text/yaml", "text/x-yaml" })
    ResponseEntity<PubliccodeImportResult> importPubliccode(Actor actor, InputStream body,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
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

    @GetMapping(path = "/api/v1/solutions/{id}/delbart.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> companion(Actor actor, @PathVariable UUID id) {
        return exporter.companion(actor, id, baseUrl());
    }

    @PostMapping(path = "/api/v1/admin/interop/publiccode/bulk", consumes = { "application/zip", "application/x-zip-compressed",
            MediaType.APPLICATION_OCTET_STREAM_VALUE })
    ResponseEntity<BulkImportJob.Report> startBulk(Actor actor, InputStream body, @RequestParam String municipality,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        byte[] zip = Bodies.readAtMost(body, MAX_ZIP_BYTES);
        BulkImportJob job = bulk.start(actor, municipality, zip, dryRun);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(job.id());
        return ResponseEntity.accepted().location(location).body(job.report());
    }

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
