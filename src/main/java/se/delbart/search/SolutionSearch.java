package se.delbart.search;

import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The search port. Adapters: embedded Lucene (default) and Elasticsearch. Both analyse text the same way (see
 * {@link SwedishAnalysis}): lower-casing, Swedish stemming, compound splitting from a curated word list, a
 * diacritics-folded secondary field, query-time synonyms and one-edit typo tolerance on words of 5+ letters, with
 * exact matches ranked above folded and fuzzy ones. Field weights: name > summary/features/tags > description/problem.
 * A query of three or more words (stop words aside) must match most of them, each directly, through a synonym, a
 * compound's parts or one typo ({@link se.delbart.search.analysis.WordCoordination}); shorter ones match any word.
 * Only published solutions are ever given to {@link #index}.
 */
public interface SolutionSearch {

    SearchResult search(SearchQuery query);

    /** Up to {@code limit} names and tags that start with (or contain a word starting with) {@code prefix}. */
    List<Suggestion> suggest(String prefix, int limit);

    /**
     * Up to {@code limit} published solutions whose text resembles the given one's (its most significant terms, see
     * {@link MoreLikeThisSettings}), best first, never the solution itself; empty when it is not in the index.
     */
    List<SearchResult.Hit> moreLikeThis(UUID id, int limit);

    /** Adds or replaces one document; visible to searches when this returns. */
    void index(SolutionDocument document);

    /** Removes a document if present; visible when this returns. */
    void remove(UUID id);

    /**
     * Builds a complete new index from {@code documents} and switches to it atomically: searches keep answering from
     * the old index until the switch. {@code progress} receives the number of documents written so far.
     */
    void rebuild(Stream<SolutionDocument> documents, LongConsumer progress);

    /** Number of documents searchable now. */
    long count();

    /** Whether the index was built with another schema version (fields or analysis) and must be rebuilt. */
    default boolean needsRebuild() {
        return false;
    }
}
