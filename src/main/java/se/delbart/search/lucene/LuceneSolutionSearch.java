package se.delbart.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.delbart.search.Facet;
import se.delbart.search.ScoredId;
import se.delbart.search.SearchQuery;
import se.delbart.search.SearchResult;
import se.delbart.search.SearchSort;
import se.delbart.search.SolutionDocument;
import se.delbart.search.SolutionSearch;
import se.delbart.search.Suggestion;
import se.delbart.search.SwedishAnalysis;

/**
 * The embedded search: a Lucene index on disk under a root directory. The index lives in a versioned sub-directory
 * ({@code v<schema>-<timestamp>}) named by the pointer file {@code current}; {@link #rebuild} writes a new
 * sub-directory, then switches the pointer and the searchers at once and deletes the old one. Every change is
 * committed and visible when {@link #index}/{@link #remove} return. Thread-safe.
 */
public final class LuceneSolutionSearch implements SolutionSearch, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneSolutionSearch.class);
    static final String POINTER = "current";
    private static final Pattern GENERATION = Pattern.compile("v(\\d+)-[0-9TZ-]+");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final int schemaVersion;
    private final IndexGeneration.Directories directories;
    private final LuceneAnalyzers analyzers = new LuceneAnalyzers();
    private final TextQueries queries = new TextQueries(analyzers);

    /** Serialises changes and the switch of generations. */
    private final ReentrantLock writeLock = new ReentrantLock();
    /** One rebuild at a time. */
    private final ReentrantLock rebuildLock = new ReentrantLock();
    private volatile IndexGeneration current;
    private volatile boolean needsRebuild;
    private volatile boolean closed;
    /** Changes made while a rebuild runs, replayed onto the new index before the switch (guarded by writeLock). */
    private Map<UUID, Optional<SolutionDocument>> changedDuringRebuild;

    public LuceneSolutionSearch(Path root) {
        this(root, SwedishAnalysis.SCHEMA_VERSION);
    }

    LuceneSolutionSearch(Path root, int schemaVersion) {
        this(root, schemaVersion, org.apache.lucene.store.FSDirectory::open);
    }

    /** With the directories opened by {@code directories}: tests wrap them to simulate a full or read-only disk. */
    LuceneSolutionSearch(Path root, int schemaVersion, IndexGeneration.Directories directories) {
        this.root = root.toAbsolutePath().normalize();
        this.schemaVersion = schemaVersion;
        this.directories = directories;
        try {
            Files.createDirectories(this.root);
            this.current = openCurrent();
            deleteStaleGenerations();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index under " + this.root, e);
        }
    }

    /**
     * True when the index does not reflect the database: it was just created, could not be read, or was written
     * with another {@link SwedishAnalysis#SCHEMA_VERSION}. The application then calls {@link #rebuild}; until then
     * the old index keeps answering.
     */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    private IndexGeneration openCurrent() throws IOException {
        Path pointer = root.resolve(POINTER);
        if (Files.exists(pointer)) {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Matcher matcher = GENERATION.matcher(name);
            if (matcher.matches() && Files.isDirectory(root.resolve(name))) {
                try {
                    IndexGeneration generation = IndexGeneration.open(root, name, analyzers, directories);
                    needsRebuild = Integer.parseInt(matcher.group(1)) != schemaVersion;
                    if (needsRebuild) {
                        log.info("Search index {} has schema version {}, this version uses {}: a rebuild is needed",
                                name, matcher.group(1), schemaVersion);
                    }
                    return generation;
                } catch (org.apache.lucene.store.LockObtainFailedException e) {
                    throw e; // another process uses this index: do not touch it
                } catch (IOException | RuntimeException e) {
                    log.warn("Search index {} cannot be opened ({}); starting an empty one", name, e.toString());
                }
            }
        }
        IndexGeneration fresh = IndexGeneration.open(root, newGenerationName(), analyzers, directories);
        writePointer(fresh.name);
        needsRebuild = true;
        return fresh;
    }

    // --- changes ------------------------------------------------------------------------------------------------

    @Override
    public void index(SolutionDocument document) {
        change(document.id(), Optional.of(document));
    }

    @Override
    public void remove(UUID id) {
        change(id, Optional.empty());
    }

    private void change(UUID id, Optional<SolutionDocument> document) {
        writeLock.lock();
        try {
            ensureOpen();
            IndexGeneration generation = writableGeneration();
            apply(generation, id, document);
            generation.writer.commit();
            generation.searchers.maybeRefreshBlocking();
            if (changedDuringRebuild != null) {
                changedDuringRebuild.put(id, document);
            }
        } catch (IOException | AlreadyClosedException e) {
            // disk full, read-only or broken: searches go on from the last commit; the caller's event stays incomplete
            log.error("Search index {} under {} cannot be written ({}): solution {} is not indexed now; the change is "
                    + "kept in the event registry and retried", current.name, root, e, id);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (AlreadyClosedException) e;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * The current generation with an open writer. Lucene's writer closes itself after a tragic error (an I/O error
     * while flushing, e.g. a full disk), dropping only uncommitted changes; it is opened again on the last commit, so
     * the index works again as soon as the disk does, without a restart. Called with the write lock held.
     */
    private IndexGeneration writableGeneration() throws IOException {
        IndexGeneration generation = current;
        if (generation.writable()) {
            return generation;
        }
        log.warn("The writer of search index {} closed itself after an error ({}); reopening it on the last commit",
                generation.name, String.valueOf(generation.writer.getTragicException()));
        IndexGeneration reopened = IndexGeneration.open(root, generation.name, analyzers, directories);
        current = reopened;
        closeQuietly(generation);
        return reopened;
    }

    private static void apply(IndexGeneration generation, UUID id, Optional<SolutionDocument> document)
            throws IOException {
        if (document.isPresent()) {
            generation.writer.updateDocument(IndexSchema.idTerm(id), IndexSchema.toDocument(document.get()));
        } else {
            generation.writer.deleteDocuments(IndexSchema.idTerm(id));
        }
    }

    @Override
    public void rebuild(Stream<SolutionDocument> documents, LongConsumer progress) {
        rebuildLock.lock();
        try {
            ensureOpen();
            IndexGeneration next = IndexGeneration.open(root, newGenerationName(), analyzers, directories);
            IndexGeneration previous;
            try {
                withWriteLock(() -> changedDuringRebuild = new LinkedHashMap<>());
                long written = 0;
                for (Iterator<SolutionDocument> it = documents.iterator(); it.hasNext();) {
                    SolutionDocument document = it.next();
                    apply(next, document.id(), Optional.of(document));
                    progress.accept(++written);
                }
                // one segment: each query then builds its fuzzy automata and looks terms up once, not per segment
                // (about a third of the query time at 100k documents); done before the lock, searches go on meanwhile
                next.writer.forceMerge(1);
                writeLock.lock();
                try {
                    ensureOpen();
                    for (Map.Entry<UUID, Optional<SolutionDocument>> change : changedDuringRebuild.entrySet()) {
                        apply(next, change.getKey(), change.getValue());
                    }
                    changedDuringRebuild = null;
                    next.writer.commit();
                    next.searchers.maybeRefreshBlocking();
                    writePointer(next.name);
                    previous = current;
                    current = next;
                    needsRebuild = false;
                } finally {
                    writeLock.unlock();
                }
            } catch (IOException | RuntimeException e) {
                withWriteLock(() -> changedDuringRebuild = null);
                closeQuietly(next);
                deleteQuietly(next.path);
                throw e;
            }
            log.info("Search index rebuilt into {}", next.name);
            closeQuietly(previous);
            deleteQuietly(previous.path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            rebuildLock.unlock();
        }
    }

    // --- queries ------------------------------------------------------------------------------------------------

    @Override
    public SearchResult search(SearchQuery query) {
        return withSearcher(searcher -> {
            Map<Facet, List<SearchResult.FacetCount>> noFacets = facetCounts(null);
            if (searcher.facets == null) {
                return new SearchResult(0, List.of(), noFacets);
            }
            // rewritten once: fuzzy clauses become the concrete index terms they reach, for scoring and highlighting
            Query text = query.text().isBlank() ? null : concrete(searcher, query.text(), true, query.mostWords());
            // the same matches and scores, the optional clauses scored one at a time (RankWithinRequiredQuery)
            Query matching = query.text().isBlank() ? new MatchAllDocsQuery()
                    : text == null ? null : RankWithinRequiredQuery.of(text).orElse(text);
            DrillDownQuery drillDown = filtered(matching, query);

            int wanted = (int) Math.min(Integer.MAX_VALUE, (long) (query.page() + 1) * query.size());
            DrillSideways.DrillSidewaysResult result = drillSideways(searcher, drillDown, query, wanted);

            ScoreDoc[] top = result.hits.scoreDocs;
            int from = Math.min(top.length, query.page() * query.size());
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top, from, top.length);
            int[] docIds = java.util.Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
            StoredFields stored = searcher.storedFields();
            Map<Integer, Document> documents = new HashMap<>();
            for (int doc : docIds) {
                documents.put(doc, stored.document(doc));
            }
            // the highlighter marks the six folded fields' terms (from their term vectors): see forHighlighting
            List<Map<String, List<String>>> highlights = Highlighter.of(searcher, analyzers.swedishFolded, documents)
                    .highlight(forHighlighting(text, query.text()), docIds);

            List<SearchResult.Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Document doc = documents.get(page[i].doc);
                hits.add(new SearchResult.Hit(UUID.fromString(doc.get(IndexSchema.ID)), doc.get(IndexSchema.NAME),
                        doc.get(IndexSchema.SUMMARY), doc.get(IndexSchema.PUBLISHER_CODE),
                        doc.get(IndexSchema.PUBLISHER_NAME), score(page[i]), highlights.get(i)));
            }
            return new SearchResult(result.hits.totalHits.value, hits, facetCounts(result.facets));
        });
    }

    /**
     * The scoring query of a descriptive text (an OR of its words, {@link TextQueries#scoring}; the search box's
     * query for 1–2 words, so the same scores there) collected into the top
     * {@code limit} under the relevance sort (score, newest, id), counting matches no further than {@code limit}
     * (which lets Lucene skip documents that cannot compete); the ids read from their doc values, nothing stored.
     */
    @Override
    public List<ScoredId> topMatches(String text, int limit) {
        if (text == null || text.isBlank() || limit < 1) {
            return List.of();
        }
        return withSearcher(searcher -> {
            Query query = concrete(searcher, text, false, false);
            if (query == null) {
                return List.of();
            }
            TopDocs top = searcher.search(query,
                    new TopFieldCollectorManager(IndexSchema.sort(SearchSort.RELEVANCE), limit, null, limit));
            UUID[] ids = ids(searcher, top.scoreDocs);
            List<ScoredId> matches = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                matches.add(new ScoredId(ids[i], score(top.scoreDocs[i])));
            }
            return matches;
        });
    }

    /** The ids of the hits (in their order), from the id field's doc values, each segment read forwards once. */
    private static UUID[] ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        UUID[] ids = new UUID[hits.length];
        LeafReaderContext leaf = null;
        SortedDocValues values = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
            }
            if (!values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("Search index document " + doc + " has no id");
            }
            ids[i] = UUID.fromString(values.lookupOrd(values.ordValue()).utf8ToString());
        }
        return ids;
    }

    /**
     * The search-box query ({@link TextQueries#searchBox}), or with {@code searchBox} false the plain scoring query,
     * with its fuzzy clauses rewritten into index terms; without typo tolerance when they expand past Lucene's clause
     * limit (a very long query). Null when the text holds nothing searchable.
     */
    private Query concrete(IndexSearcher searcher, String typed, boolean searchBox, boolean mostWords)
            throws IOException {
        Query scoring = searchBox ? queries.searchBox(typed, true, mostWords) : queries.scoring(typed);
        if (scoring == null) {
            return null;
        }
        try {
            return searcher.rewrite(scoring);
        } catch (IndexSearcher.TooManyClauses tooLong) {
            return searcher.rewrite(searchBox ? queries.searchBox(typed, false, mostWords)
                    : queries.scoring(typed, false));
        }
    }

    /**
     * The search's query (its typo terms reach every highlighted field) plus the six folded fields' clauses the
     * highlighter reads (the search itself scores the grouped fields).
     */
    private Query forHighlighting(Query text, String typed) {
        Query folded = text == null ? null : queries.forHighlighting(typed);
        return folded == null ? text
                : new BooleanQuery.Builder().add(text, Occur.SHOULD).add(folded, Occur.SHOULD).build();
    }

    /** The text query with the facet filters: values within a facet OR-ed, facets AND-ed. */
    private static DrillDownQuery filtered(Query text, SearchQuery query) {
        DrillDownQuery drillDown = new DrillDownQuery(IndexSchema.FACETS, text == null ? new MatchNoDocsQuery() : text);
        query.filters().forEach((facet, values) -> values.forEach(value -> drillDown.add(facet.param(), value)));
        return drillDown;
    }

    /** Hits in the requested order, and facet counts that ignore each facet's own filter (drill sideways). */
    private static DrillSideways.DrillSidewaysResult drillSideways(IndexGeneration.FacetSearcher searcher,
            DrillDownQuery query, SearchQuery request, int wanted) throws IOException {
        return new DrillSideways(searcher, IndexSchema.FACETS, searcher.facets)
                // no second scoring pass: under relevance order the score is the first sort value (see score())
                .search(query, null, null, wanted, IndexSchema.sort(request.sort()), false);
    }

    /** The relevance score: the first sort value under relevance order; 0 under the other orders. */
    private static float score(ScoreDoc hit) {
        if (hit instanceof org.apache.lucene.search.FieldDoc sorted && sorted.fields.length > 0
                && sorted.fields[0] instanceof Float relevance && !Float.isNaN(relevance)) {
            return relevance;
        }
        return Float.isNaN(hit.score) ? 0f : hit.score;
    }

    private static Map<Facet, List<SearchResult.FacetCount>> facetCounts(Facets facets) throws IOException {
        Map<Facet, List<SearchResult.FacetCount>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            FacetResult result = null;
            if (facets != null) {
                try {
                    result = facets.getAllChildren(facet.param());
                } catch (IllegalArgumentException noSuchDimension) {
                    // no document has a value for this facet yet
                }
            }
            List<SearchResult.FacetCount> values = result == null ? List.of()
                    : java.util.Arrays.stream(result.labelValues).filter(lv -> lv.value.longValue() > 0)
                            .map(lv -> new SearchResult.FacetCount(lv.label, lv.value.longValue()))
                            .sorted(Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
                                    .thenComparing(SearchResult.FacetCount::value))
                            .toList();
            counts.put(facet, values);
        }
        return counts;
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        String wanted = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || limit < 1) {
            return List.of();
        }
        String cut = wanted.length() > TextQueries.MAX_CHARS ? wanted.substring(0, TextQueries.MAX_CHARS) : wanted;
        return withSearcher(searcher -> {
            Query query = new BooleanQuery.Builder()
                    .add(new PrefixQuery(new Term(IndexSchema.SUGGEST_WORDS, cut)), Occur.SHOULD)
                    .add(new PrefixQuery(new Term(IndexSchema.SUGGEST_WHOLE, cut)), Occur.SHOULD).build();
            Sort order = new Sort(new SortField(IndexSchema.ADOPTIONS, SortField.Type.LONG, true),
                    new SortField(IndexSchema.ID, SortField.Type.STRING));
            TopDocs top = searcher.search(query, Math.max(50, limit * 5), order);
            List<Candidate> names = new ArrayList<>();
            Map<String, Candidate> tags = new LinkedHashMap<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc);
                String name = doc.get(IndexSchema.NAME);
                int nameRank = prefixRank(name, cut);
                if (nameRank >= 0) {
                    names.add(new Candidate(name, Suggestion.Kind.NAME, UUID.fromString(doc.get(IndexSchema.ID)),
                            nameRank));
                }
                for (String tag : doc.getValues(IndexSchema.TAGS)) {
                    int tagRank = prefixRank(tag, cut);
                    if (tagRank >= 0) {
                        tags.putIfAbsent(tag.toLowerCase(Locale.ROOT),
                                new Candidate(tag, Suggestion.Kind.TAG, null, tagRank));
                    }
                }
            }
            Set<Candidate> all = new LinkedHashSet<>(names);
            all.addAll(tags.values());
            // whole-text prefix matches first, names before tags; otherwise the order of the hits (most adopted)
            return all.stream().sorted(Comparator.comparingInt(Candidate::rank).thenComparing(Candidate::kind))
                    .limit(limit).map(c -> new Suggestion(c.text(), c.kind(), c.solutionId())).toList();
        });
    }

    private record Candidate(String text, Suggestion.Kind kind, UUID solutionId, int rank) {
    }

    /** 0: the text starts with the prefix; 1: a later word does; -1: no match. */
    private static int prefixRank(String text, String prefix) {
        if (text == null) {
            return -1;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith(prefix)) {
            return 0;
        }
        for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
            if (word.startsWith(prefix)) {
                return 1;
            }
        }
        return -1;
    }

    @Override
    public long count() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    /** See {@link LuceneMoreLikeThis}. */
    @Override
    public List<SearchResult.Hit> moreLikeThis(UUID id, int limit) {
        return withSearcher(searcher -> LuceneMoreLikeThis.find(searcher, analyzers.swedish, id, limit));
    }

    // --- plumbing -----------------------------------------------------------------------------------------------

    private interface SearcherWork<T> {
        T apply(IndexGeneration.FacetSearcher searcher) throws IOException;
    }

    /** Runs work on the current searcher; a rebuild may switch generations meanwhile, so retry on a closed one. */
    private <T> T withSearcher(SearcherWork<T> work) {
        while (true) {
            ensureOpen();
            IndexGeneration generation = current;
            IndexSearcher searcher;
            try {
                searcher = generation.searchers.acquire();
            } catch (AlreadyClosedException e) {
                if (generation == current) {
                    throw e;
                }
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.apply((IndexGeneration.FacetSearcher) searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                release(generation, searcher);
            }
        }
    }

    private static void release(IndexGeneration generation, IndexSearcher searcher) {
        try {
            generation.searchers.release(searcher);
        } catch (IOException e) {
            log.debug("Releasing a searcher failed", e);
        }
    }

    private void withWriteLock(Runnable action) {
        writeLock.lock();
        try {
            action.run();
        } finally {
            writeLock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The search index is closed");
        }
    }

    private String newGenerationName() {
        String base = "v" + schemaVersion + "-" + STAMP.format(Instant.now());
        String name = base;
        for (int i = 2; Files.exists(root.resolve(name)); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    private void writePointer(String name) throws IOException {
        Path temporary = root.resolve(POINTER + ".tmp");
        Files.writeString(temporary, name + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(temporary, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, root.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Directories left by an interrupted rebuild or an old schema. */
    private void deleteStaleGenerations() throws IOException {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child) && GENERATION.matcher(name).matches() && !name.equals(current.name)) {
                    deleteQuietly(child);
                }
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not delete old search index {} (deleted at next start): {}", directory, e.toString());
        }
    }

    private static void closeQuietly(IndexGeneration generation) {
        try {
            generation.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Closing search index {} failed: {}", generation.name, e.toString());
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (!closed) {
                closed = true;
                current.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
    }
}
