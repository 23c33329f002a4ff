package se.delbart.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** One index directory with its writer and near-real-time searchers. */
final class IndexGeneration implements Closeable {

    final String name;
    final Path path;
    private final Directory directory;
    final IndexWriter writer;
    final SearcherManager searchers;

    private IndexGeneration(String name, Path path, Directory directory, IndexWriter writer,
            SearcherManager searchers) {
        this.name = name;
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens a generation's Lucene directory: {@link FSDirectory} in production; tests wrap it to inject faults. */
    @FunctionalInterface
    interface Directories {
        Directory open(Path path) throws IOException;
    }

    static IndexGeneration open(Path root, String name, LuceneAnalyzers analyzers, Directories directories)
            throws IOException {
        Path path = root.resolve(name);
        Directory directory = directories.open(path);
        try {
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer(analyzers))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.commit(); // a new directory becomes a readable (empty) index at once
            SearcherManager searchers = new SearcherManager(writer, new FacetSearcherFactory());
            return new IndexGeneration(name, path, directory, writer, searchers);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    static Analyzer indexAnalyzer(LuceneAnalyzers analyzers) {
        java.util.Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String field : IndexSchema.TEXT_FIELDS.keySet()) {
            perField.put(IndexSchema.folded(field), analyzers.swedishFolded);
        }
        for (String field : IndexSchema.SCORED_FIELDS.keySet()) {
            perField.put(IndexSchema.folded(field), analyzers.swedishFolded);
        }
        perField.put(IndexSchema.SUGGEST_WORDS, analyzers.words);
        perField.put(IndexSchema.ALL_EXPANDED, analyzers.expanded);
        perField.put(IndexSchema.COMPOUND_HEADS, analyzers.compoundHeads);
        perField.put(IndexSchema.COMPOUND_MODIFIERS, analyzers.compoundModifiers);
        perField.put(IndexSchema.DERIVED, analyzers.derived);
        perField.put(IndexSchema.LEMMAS, analyzers.lemmas);
        return new PerFieldAnalyzerWrapper(analyzers.swedish, perField);
    }

    /** False once the writer has closed itself after a tragic error (e.g. disk full while flushing). */
    boolean writable() {
        return writer.isOpen();
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // closes searchers, then the writer, then the directory
        }
    }

    /** A searcher that carries the facet ordinals of its reader, computed once per refresh. */
    static final class FacetSearcher extends IndexSearcher {

        /** Null while no document has facets (an empty index). */
        final SortedSetDocValuesReaderState facets;

        FacetSearcher(IndexReader reader, FacetsConfig config) throws IOException {
            super(reader);
            this.facets = MultiDocValues.getSortedSetValues(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null
                    ? null
                    : new DefaultSortedSetDocValuesReaderState(reader, config);
        }
    }

    private static final class FacetSearcherFactory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetSearcher(reader, IndexSchema.FACETS);
        }
    }
}
