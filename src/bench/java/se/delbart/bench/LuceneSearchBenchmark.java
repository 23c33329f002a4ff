package se.delbart.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import se.delbart.search.lucene.LuceneSolutionSearch;

/**
 * The Lucene adapter's query path ({@link LuceneSolutionSearch#search} with facets, highlighting and stored fields;
 * {@link LuceneSolutionSearch#suggest}) on the generated corpus. SampleTime gives the distribution (p50/p95/p99).
 *
 * <p>The index is built with {@code rebuild} (the production path) once per corpus size, under
 * {@code target/bench-index/lucene-<size>}, and reused by the trials of the other queries of that size (building 100k
 * documents takes minutes; seven rebuilds would triple the run). Each trial opens it anew, so no searcher cache is
 * shared between trials. {@code -Dbench.freshIndex=true} (passed to the fork with {@code -jvmArgsAppend}) rebuilds
 * per trial. Run: {@code docs/bench/run-jmh.sh} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LuceneSearchBenchmark {

    @Param({"10000", "100000"})
    public int size;

    @Param({"SINGLE", "COMPOUND", "FOLDED", "TYPO", "MULTI", "SENTENCE", "FACETS", "SUGGEST"})
    public QueryMix query;

    private Path directory;
    private LuceneSolutionSearch search;

    private boolean fresh;

    @Setup(Level.Trial)
    public void index() throws IOException {
        fresh = Boolean.getBoolean("bench.freshIndex");
        directory = fresh ? Files.createTempDirectory("delbart-bench-lucene-")
                : Path.of("target", "bench-index", "lucene-" + size).toAbsolutePath();
        Files.createDirectories(directory);
        search = new LuceneSolutionSearch(directory);
        if (search.count() == size && !search.needsRebuild()) {
            System.out.printf("%n[setup] reusing the index of %d documents in %s%n", size, directory);
            return;
        }
        long started = System.nanoTime();
        search.rebuild(CorpusGenerator.stream(size), done -> { });
        System.out.printf("%n[setup] indexed %d documents in %.1f s into %s%n", search.count(),
                (System.nanoTime() - started) / 1e9, directory);
        if (search.count() != size) {
            throw new IllegalStateException("indexed " + search.count() + " of " + size);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        search.close();
        if (fresh) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @Benchmark
    public Object run() {
        return query == QueryMix.SUGGEST ? search.suggest(query.text, QueryMix.SUGGEST_LIMIT)
                : search.search(query.query());
    }
}
