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

    /**
     * The ids and relevance scores of the best {@code limit} published solutions for a descriptive {@code text} (a
     * declared need, say), best first: an OR of its words, ranked as {@link #search} ranks (score, then newest, then
     * id, as under {@link SearchSort#RELEVANCE}) — for 1–2 words the same ranking and scores, while for longer texts
     * it does not require most of the words as the search box does, since any of them may be the one that matters.
     * Nothing else: no facets, no
     * highlighting, no stored fields besides the id, and matches counted only as far as ranking needs. For callers
     * that only weigh solutions by text (recommendations per need). Empty for blank text, text with nothing
     * searchable, or {@code limit < 1}. Fails as {@link #search} does (Elasticsearch unreachable:
     * {@link SearchUnavailableException}).
     */
    List<ScoredId> topMatches(String text, int limit);

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
