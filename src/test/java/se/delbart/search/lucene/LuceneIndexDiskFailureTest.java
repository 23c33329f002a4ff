package se.delbart.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.delbart.search.SearchQuery;
import se.delbart.search.SolutionDocument;
import se.delbart.search.SwedishAnalysis;

/**
 * The embedded index on a disk that is full or read-only: a change fails with an error (the caller's event stays
 * incomplete and is retried), searches go on answering from the last commit, nothing on disk is corrupted, and once
 * the disk works again the next change is written without a restart.
 */
class LuceneIndexDiskFailureTest {

    @TempDir
    Path root;

    private static final SolutionDocument BYGGLOV = document("Digital bygglovsansökan", "E-tjänst för bygglov.");
    private static final SolutionDocument ARKIV = document("Skala upp e-arkiv", "Rutiner för arkivering.");
    private static final SolutionDocument SKOLSKJUTS = document("Skolskjuts via webben", "Ansökan om skolskjuts.");

    static SolutionDocument document(String name, String summary) {
        return new SolutionDocument(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), name, summary, null,
                null, List.of(), Set.of(), Set.of("utbildning"), "SOFTWARE", "IN_PRODUCTION", "LOW", Set.of("PRAGMATIC"),
                "NONE", "LOCAL", "2260", "Ånge", "C8", "22", true, Instant.parse("2026-11-01T10:00:00Z"), 0);
    }

    /** A file system directory whose writes fail with "No space left on device" while {@code full} is set. */
    static final class FullDisk implements IndexGeneration.Directories {

        final AtomicBoolean full = new AtomicBoolean();

        @Override
        public Directory open(Path path) throws IOException {
            return new FilterDirectory(FSDirectory.open(path)) {
                @Override
                public IndexOutput createOutput(String name, IOContext context) throws IOException {
                    check(name);
                    return super.createOutput(name, context);
                }

                @Override
                public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
                    check(prefix);
                    return super.createTempOutput(prefix, suffix, context);
                }

                @Override
                public void sync(Collection<String> names) throws IOException {
                    check(names.toString());
                    super.sync(names);
                }

                @Override
                public void syncMetaData() throws IOException {
                    check("metadata");
                    super.syncMetaData();
                }

                @Override
                public void rename(String source, String dest) throws IOException {
                    check(dest);
                    super.rename(source, dest);
                }
            };
        }

        private void check(String name) throws IOException {
            if (full.get()) {
                throw new IOException("No space left on device (simulated) writing " + name);
            }
        }
    }

    @Test
    void aFullDiskFailsChangesKeepsSearchingAndRecoversWithoutARestart() throws Exception {
        Path directory = root.resolve("index");
        FullDisk disk = new FullDisk();
        LuceneSolutionSearch search = new LuceneSolutionSearch(directory, SwedishAnalysis.SCHEMA_VERSION, disk);
        try {
            search.rebuild(Stream.of(BYGGLOV, ARKIV), n -> {
            });

            disk.full.set(true);
            assertThatThrownBy(() -> search.index(SKOLSKJUTS)).as("indexing on a full disk fails")
                    .isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> search.remove(ARKIV.id())).as("so does a removal, also on the reopened writer")
                    .isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> search.index(SKOLSKJUTS)).isInstanceOf(RuntimeException.class);

            assertThat(search.count()).as("searches go on from the last commit").isEqualTo(2);
            assertThat(ids(search, "skolskjuts")).doesNotContain(SKOLSKJUTS.id());
            assertThat(ids(search, "e-arkiv")).contains(ARKIV.id());

            disk.full.set(false);
            search.index(SKOLSKJUTS); // the retry of the event
            search.remove(ARKIV.id());
            assertThat(ids(search, "skolskjuts")).containsExactly(SKOLSKJUTS.id());
            assertThat(ids(search, "e-arkiv")).doesNotContain(ARKIV.id());
            assertThat(search.count()).isEqualTo(2);
        } finally {
            search.close();
        }
        assertIntactWith(directory, BYGGLOV, SKOLSKJUTS);
    }

    /** The same with a real read-only directory; skipped where chmod does not stop writes (running as root). */
    @Test
    void aReadOnlyDirectoryFailsChangesAndRecoversWhenWritableAgain() throws Exception {
        Path directory = root.resolve("read-only");
        LuceneSolutionSearch search = new LuceneSolutionSearch(directory);
        Path generation = directory.resolve(Files.readString(directory.resolve(LuceneSolutionSearch.POINTER)).strip());
        try {
            search.rebuild(Stream.of(BYGGLOV, ARKIV), n -> {
            });
            generation = directory.resolve(Files.readString(directory.resolve(LuceneSolutionSearch.POINTER)).strip());
            Set<PosixFilePermission> writable = Files.getPosixFilePermissions(generation);
            Files.setPosixFilePermissions(generation, EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_EXECUTE));
            try {
                Assumptions.assumeFalse(Files.isWritable(generation),
                        "chmod does not stop writes for this user (root): covered by the simulated full disk");
                assertThatThrownBy(() -> search.index(SKOLSKJUTS)).isInstanceOf(RuntimeException.class);
                assertThat(search.count()).isEqualTo(2);
            } finally {
                Files.setPosixFilePermissions(generation, writable);
            }
            search.index(SKOLSKJUTS);
            assertThat(ids(search, "skolskjuts")).containsExactly(SKOLSKJUTS.id());
        } finally {
            search.close();
        }
        assertIntactWith(directory, BYGGLOV, ARKIV, SKOLSKJUTS);
    }

    /** Lucene's CheckIndex finds no problem, and a restart opens the same documents without asking for a rebuild. */
    private static void assertIntactWith(Path directory, SolutionDocument... documents) throws IOException {
        Path generation = directory.resolve(Files.readString(directory.resolve(LuceneSolutionSearch.POINTER)).strip());
        try (Directory lucene = FSDirectory.open(generation); CheckIndex check = new CheckIndex(lucene)) {
            check.setInfoStream(null);
            assertThat(check.checkIndex().clean).as("CheckIndex of " + generation).isTrue();
        }
        LuceneSolutionSearch reopened = new LuceneSolutionSearch(directory);
        try {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(reopened.count()).isEqualTo(documents.length);
        } finally {
            reopened.close();
        }
    }

    private static List<UUID> ids(LuceneSolutionSearch search, String text) {
        return search.search(SearchQuery.of(text)).hits().stream().map(h -> h.id()).toList();
    }
}
