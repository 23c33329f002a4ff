package se.delbart.interop;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;
import se.delbart.municipality.Municipalities;
import se.delbart.shared.Actor;
import se.delbart.shared.DomainException;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.Role;
import tools.jackson.databind.ObjectMapper;

/**
 * Bulk import of a zip of publiccode.yml files (every {@code .yml}/{@code .yaml} entry; other entries are the
 * files' assets) for one municipality, run by an admin in the background, one job at a time, with a per-file report
 * and progress. The job registry lives in memory: a single-instance deployment is assumed, and reports are lost on
 * restart (the imported drafts are not). Each file is its own transaction.
 */
@Service
public class BulkImports {

    /** Limits for the archive itself (the YAML limits apply to each file). */
    static final int MAX_ENTRIES = 1000;
    static final long MAX_UNCOMPRESSED_BYTES = 64L * 1024 * 1024;
    static final int MAX_JOBS_KEPT = 20;

    private static final Logger log = LoggerFactory.getLogger(BulkImports.class);

    private final PubliccodeImport importer;
    private final Municipalities municipalities;
    private final YamlLimits limits;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "publiccode-bulk-import");
        thread.setDaemon(true);
        return thread;
    });
    /** Jobs live in the database (V19): a poll may reach another instance than the one running the job. */
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    BulkImports(PubliccodeImport importer, Municipalities municipalities, YamlLimits limits, Clock clock,
            JdbcClient jdbc, ObjectMapper json) {
        this.importer = importer;
        this.municipalities = municipalities;
        this.limits = limits;
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Reads the archive now (so a broken zip is a 400 at once) and imports its files in the background. */
    public BulkImportJob start(Actor admin, String municipality, byte[] zip, boolean dryRun) {
        if (admin == null || !admin.isAdmin()) {
            throw new NotPermittedException("Only administrators run bulk imports.");
        }
        if (municipality == null || !municipalities.existsById(municipality)) {
            throw new NotFoundException("Municipality", municipality);
        }
        Map<String, byte[]> entries = unzip(zip);
        List<String> files = entries.keySet().stream().filter(BulkImports::isYaml).sorted().toList();
        if (files.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("file", "the zip has no .yml or .yaml file")));
        }
        BulkImportJob job = new BulkImportJob(UUID.randomUUID(), municipality, dryRun, files, clock.instant());
        remember(job);
        // The admin imports on the municipality's behalf; the catalogue's history records the admin's username.
        Actor onBehalf = new Actor(admin.username(), Role.EDITOR, municipality);
        worker.submit(() -> run(job, onBehalf, entries));
        return job;
    }

    /** The job's latest report, whichever instance runs it. */
    public BulkImportJob.Report report(UUID id) {
        return jdbc.sql("SELECT report FROM bulk_import_job WHERE id = :id").param("id", id).query(String.class)
                .optional().map(report -> json.readValue(report, BulkImportJob.Report.class))
                .orElseThrow(() -> new NotFoundException("Bulk import", id));
    }

    private void run(BulkImportJob job, Actor actor, Map<String, byte[]> entries) {
        for (String file : job.files()) {
            try {
                PubliccodeImportResult result = importer.importFile(actor, entries.get(file), job.dryRun(),
                        Assets.of(relativeTo(file, entries)));
                job.imported(file, result.solutionId(), result.warnings());
            } catch (PubliccodeInvalidException e) {
                job.rejected(file, e.errors(), e.warnings());
            } catch (DomainException e) {
                job.rejected(file, List.of(Finding.error("", e.getMessage(), Finding.Position.NONE)), List.of());
            } catch (RuntimeException e) {
                log.error("Bulk import {} failed on {}", job.id(), file, e);
                job.rejected(file, List.of(Finding.error("", "Unexpected error; it has been logged.", Finding.Position.NONE)), List.of());
            }
            store(job);
        }
        job.finish(clock.instant());
        store(job);
    }

    /** Saves a new job, keeping the latest {@link #MAX_JOBS_KEPT}. */
    private void remember(BulkImportJob job) {
        jdbc.sql("INSERT INTO bulk_import_job (id, municipality, started_at, report) VALUES (:id, :m, :at, :report)")
                .param("id", job.id()).param("m", job.municipality())
                .param("at", java.sql.Timestamp.from(job.startedAt())).param("report", json.writeValueAsString(job.report()))
                .update();
        List<UUID> kept = jdbc.sql("SELECT id FROM bulk_import_job ORDER BY started_at DESC, id")
                .query(UUID.class).list();
        kept.stream().skip(MAX_JOBS_KEPT).forEach(old -> jdbc.sql("DELETE FROM bulk_import_job WHERE id = :id")
                .param("id", old).update());
    }

    /** The job's progress, for whichever instance a client polls. */
    private void store(BulkImportJob job) {
        jdbc.sql("UPDATE bulk_import_job SET report = :report WHERE id = :id")
                .param("report", json.writeValueAsString(job.report())).param("id", job.id()).update();
    }

    /** Entries of the archive by normalised path; refuses zip bombs, path tricks and oversized YAML. */
    Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = in.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw invalid("the zip has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || name.startsWith("/") || name.contains("../") || name.startsWith("__MACOSX/")) {
                    continue;
                }
                long max = isYaml(name) ? limits.maxBytes() : MAX_UNCOMPRESSED_BYTES - total;
                byte[] content = readAtMost(in, max);
                if (content == null) {
                    if (isYaml(name)) {
                        entries.put(name, new byte[limits.maxBytes() + 1]); // reported as too large, per file
                        continue;
                    }
                    throw invalid("the zip unpacks to more than " + MAX_UNCOMPRESSED_BYTES / (1024 * 1024) + " MB");
                }
                total += content.length;
                if (total > MAX_UNCOMPRESSED_BYTES) {
                    throw invalid("the zip unpacks to more than " + MAX_UNCOMPRESSED_BYTES / (1024 * 1024) + " MB");
                }
                entries.put(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw invalid("the file is not a readable zip archive");
        }
        return entries;
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            read += n;
            if (read > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> relativeTo(String file, Map<String, byte[]> entries) {
        int slash = file.lastIndexOf('/');
        String dir = slash < 0 ? "" : file.substring(0, slash + 1);
        Map<String, byte[]> assets = new LinkedHashMap<>();
        entries.forEach((name, content) -> {
            if (name.startsWith(dir) && !name.equals(file)) {
                assets.put(name.substring(dir.length()), content);
            }
        });
        return assets;
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yml") || lower.endsWith(".yaml");
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(List.of(new FieldProblem("file", message)));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Progress and per-file report of one bulk import; safe to read while it runs. */
    public static final class BulkImportJob {

        public enum Outcome {
            IMPORTED, WOULD_IMPORT, REJECTED
        }

        public record FileReport(String file, Outcome outcome, UUID solutionId, List<Finding> errors,
                List<Finding> warnings) {
        }

        private final UUID id;
        private final String municipality;
        private final boolean dryRun;
        private final List<String> files;
        private final Instant startedAt;
        private final List<FileReport> reports = new ArrayList<>();
        private volatile Instant finishedAt;

        BulkImportJob(UUID id, String municipality, boolean dryRun, List<String> files, Instant startedAt) {
            this.id = id;
            this.municipality = municipality;
            this.dryRun = dryRun;
            this.files = List.copyOf(files);
            this.startedAt = startedAt;
        }

        synchronized void imported(String file, UUID solutionId, List<Finding> warnings) {
            reports.add(new FileReport(file, dryRun ? Outcome.WOULD_IMPORT : Outcome.IMPORTED, solutionId, List.of(), warnings));
        }

        synchronized void rejected(String file, List<Finding> errors, List<Finding> warnings) {
            reports.add(new FileReport(file, Outcome.REJECTED, null, errors, warnings));
        }

        void finish(Instant at) {
            finishedAt = at;
        }

        public UUID id() {
            return id;
        }

        public String municipality() {
            return municipality;
        }

        public boolean dryRun() {
            return dryRun;
        }

        List<String> files() {
            return files;
        }

        public Instant startedAt() {
            return startedAt;
        }

        public Instant finishedAt() {
            return finishedAt;
        }

        public String status() {
            return finishedAt == null ? "RUNNING" : "DONE";
        }

        public int total() {
            return files.size();
        }

        public synchronized int processed() {
            return reports.size();
        }

        public synchronized long count(Outcome outcome) {
            return reports.stream().filter(r -> r.outcome() == outcome).count();
        }

        public synchronized List<FileReport> reports() {
            return List.copyOf(reports);
        }

        /** A consistent snapshot for clients. */
        public synchronized Report report() {
            return new Report(id, status(), municipality, dryRun, total(), processed(),
                    count(dryRun ? Outcome.WOULD_IMPORT : Outcome.IMPORTED), count(Outcome.REJECTED), startedAt,
                    finishedAt, reports());
        }

        /** What a client sees of a job: progress ({@code processed} of {@code total}) and the per-file report. */
        public record Report(UUID id, String status, String municipality, boolean dryRun, int total, int processed,
                long imported, long rejected, Instant startedAt, Instant finishedAt, List<FileReport> files) {
        }
    }
}
