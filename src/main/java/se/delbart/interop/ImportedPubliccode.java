package se.delbart.interop;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What an imported publiccode.yml said that the catalogue has no field for; the export writes it back. */
@Entity
@Table(name = "publiccode_import")
class ImportedPubliccode {

    @Id
    @Column(name = "solution_id")
    private UUID solutionId;
    @Column(name = "imported_at")
    private Instant importedAt;
    @Column(name = "imported_by")
    private String importedBy;
    @Column(name = "publiccode_version")
    private String publiccodeVersion;
    /** The publisher's unverified usedBy statement, one name a line. */
    @Column(name = "used_by")
    private String usedBy;
    @Column(name = "platforms")
    private String platforms;
    @Column(name = "maintenance_type")
    private String maintenanceType;
    /** The file's url: a later import of the same url by the same municipality updates this solution. */
    @Column(name = "source_url")
    private String sourceUrl;
    @Column(name = "publisher_code")
    private String publisherCode;

    protected ImportedPubliccode() {
    }

    ImportedPubliccode(UUID solutionId, String publisherCode, Instant importedAt, String importedBy,
            PubliccodeDraft draft) {
        this.solutionId = solutionId;
        this.publisherCode = publisherCode;
        reimported(importedAt, importedBy, draft);
    }

    /** The same file (same url) imported again: what it says now replaces what it said then. */
    void reimported(Instant importedAt, String importedBy, PubliccodeDraft draft) {
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.sourceUrl = clip(draft.url(), 500);
        this.publiccodeVersion = clip(draft.publiccodeVersion(), 10);
        this.usedBy = join(draft.usedBy(), 4000);
        this.platforms = join(draft.platforms(), 1000);
        this.maintenanceType = clip(draft.maintenanceType(), 20);
    }

    UUID solutionId() {
        return solutionId;
    }

    List<String> usedBy() {
        return split(usedBy);
    }

    List<String> platforms() {
        return split(platforms);
    }

    String maintenanceType() {
        return maintenanceType;
    }

    Instant importedAt() {
        return importedAt;
    }

    private static String join(List<String> items, int max) {
        StringBuilder joined = new StringBuilder();
        for (String item : items) {
            String line = item.replace('\n', ' ').strip();
            if (joined.length() + line.length() + 1 > max) {
                break;
            }
            joined.append(joined.isEmpty() ? "" : "\n").append(line);
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
