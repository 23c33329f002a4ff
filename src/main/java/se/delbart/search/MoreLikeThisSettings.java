package se.delbart.search;

/**
 * The same more-like-this settings in both adapters ({@link SolutionSearch#moreLikeThis}): every word counts once
 * it occurs (small catalogues); a term must be in at least one other solution (a term only the solution itself has
 * finds nothing, yet would crowd the shared ones out of the query); words shorter than 3 letters are ignored; the 25
 * most significant terms are used.
 */
public final class MoreLikeThisSettings {

    public static final int MIN_TERM_FREQ = 1;
    public static final int MIN_DOC_FREQ = 2;
    public static final int MIN_WORD_LENGTH = 3;
    public static final int MAX_QUERY_TERMS = 25;

    private MoreLikeThisSettings() {
    }
}
