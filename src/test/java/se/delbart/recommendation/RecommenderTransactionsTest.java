package se.delbart.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;

import se.delbart.shared.Actor;

/**
 * The recommender asks the search engine, so it must not hold a pooled connection meanwhile (issue 8): neither
 * {@code similar} nor {@code recommend} runs in a transaction of its own; their database reads open short ones.
 * Checked with the same attribute resolution Spring's transaction proxy uses (class, method and interface levels).
 */
class RecommenderTransactionsTest {

    private final AnnotationTransactionAttributeSource transactions = new AnnotationTransactionAttributeSource();

    @Test
    void similarRunsOutsideATransaction() throws NoSuchMethodException {
        assertThat(transactions.getTransactionAttribute(
                Recommender.class.getMethod("similar", Actor.class, UUID.class, int.class), Recommender.class))
                .isNull();
    }

    @Test
    void recommendRunsOutsideATransaction() throws NoSuchMethodException {
        assertThat(transactions.getTransactionAttribute(
                Recommender.class.getMethod("recommend", Actor.class, String.class, int.class), Recommender.class))
                .isNull();
    }
}
