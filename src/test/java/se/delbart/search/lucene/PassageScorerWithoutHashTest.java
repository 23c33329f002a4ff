package se.delbart.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The highlighter's passage score without a hash per passage gives Lucene's score, bit for bit. */
class PassageScorerWithoutHashTest {

    private static final String[] WORDS = {"bistand", "ekonomisk", "rpa", "robotisering", "hemtjanst", "a", ""};

    @Test
    void scoresEveryPassageAsLucenesPassageScorer() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new Highlighter.PassageScorerWithoutHash();
        Random random = new Random(20261206L);
        for (int round = 0; round < 5_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            int end = start + 20 + random.nextInt(400);
            passage.setStartOffset(start);
            passage.setEndOffset(end);
            int matches = random.nextInt(12);
            for (int m = 0; m < matches; m++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                // a term's frequency in the document is the same for all of its matches, as the highlighter gives it
                int freqInDoc = 1 + Math.floorMod(word.hashCode(), 7) + round % 3;
                passage.addMatch(start + m, start + m + 1, new BytesRef(word), freqInDoc);
            }
            int contentLength = end + random.nextInt(2_000);

            assertThat(Float.floatToIntBits(lean.score(passage, contentLength)))
                    .as("round %d: %s", round, passage)
                    .isEqualTo(Float.floatToIntBits(lucene.score(passage, contentLength)));
        }
    }

    @Test
    void aPassageWithoutMatchesScoresZero() {
        Passage passage = new Passage();
        passage.setStartOffset(10);
        passage.setEndOffset(40);

        assertThat(new Highlighter.PassageScorerWithoutHash().score(passage, 100)).isZero();
    }
}
