package se.delbart.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** The analysis chain token by token, and the synonym graph after decompounding (the delicate part). */
class LuceneAnalyzersTest {

    private final LuceneAnalyzers analyzers = new LuceneAnalyzers();

    private static List<String> terms(Analyzer analyzer, String text) {
        return TextQueries.tokens(analyzer, text).stream().map(TextQueries.Token::text).toList();
    }

    @Test
    void compoundsKeepTheWholeWordAndAddTheirPartsStemmed() {
        assertThat(terms(analyzers.swedish, "Bygglovsansökan")).containsExactlyInAnyOrder("bygglovsansöka", "bygg",
                "bygglov", "ansöka");
        assertThat(terms(analyzers.swedish, "äldreomsorgen")).contains("äldreomsorg", "omsorg");
        assertThat(terms(analyzers.swedish, "skolorna")).containsOnly("skol"); // and its part "skolor", stemmed alike
        // a word that is itself in the list comes out twice (the decompounder's whole-word match; Elasticsearch's
        // dictionary_decompounder is the same Lucene filter, so both adapters count it alike)
        assertThat(terms(analyzers.swedish, "skola")).containsExactly("skol", "skol");
    }

    @Test
    void theFoldedChainFoldsBeforeDecompoundingWithFoldedWordsToo() {
        assertThat(terms(analyzers.swedishFolded, "Äldreomsorg")).contains("aldreomsorg", "omsorg", "aldr");
        assertThat(terms(analyzers.swedishFolded, "bygglovsansokan")).contains("bygglov", "ansoka");
        assertThat(terms(analyzers.swedish, "aldreomsorg")).as("the exact field splits unaccented queries as well")
                .contains("omsorg");
    }

    @Test
    void partsOfACompoundStayOnItsPosition() {
        List<TextQueries.Token> tokens = TextQueries.tokens(analyzers.swedish, "ny bygglovsansökan");
        assertThat(tokens.stream().mapToInt(TextQueries.Token::positionIncrement).toArray())
                .containsExactly(1, 1, 0, 0, 0);
        assertThat(tokens.stream().filter(t -> t.text().equals("ansöka")).findFirst().orElseThrow().start())
                .as("a part carries the whole word's offsets, so a highlight marks the whole compound").isEqualTo(3);
    }

    @Test
    void multiWordSynonymsBecomePhrasesAndCompoundedSynonymsStillSplit() {
        QueryBuilder builder = new QueryBuilder(analyzers.swedishSearch);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        Query query = builder.createBooleanQuery("f", "digital tjänst", Occur.SHOULD);
        // stems: tjänst → tjäns; the parts of a multi-position synonym ("etjänst" → "tjänst") span its positions
        assertThat(query.toString()).contains("f:\"digital tjäns\"", "f:\"e tjäns\"", "f:etjäns", "f:tjäns",
                "f:webbformulär", "f:formulär", "f:\"e blanket\"");

        Query ai = builder.createBooleanQuery("f", "ai", Occur.SHOULD);
        assertThat(ai.toString()).contains("f:ai", "f:\"artificiell intellig\"");

        Query robot = builder.createBooleanQuery("f", "robotisering", Occur.SHOULD);
        assertThat(robot.toString()).contains("rpa", "automatisering", "mjukvarurobo");
    }

    @Test
    void theFoldedSearchChainFoldsTheSynonymsToo() {
        QueryBuilder builder = new QueryBuilder(analyzers.swedishFoldedSearch);
        assertThat(builder.createBooleanQuery("f", "aldrevard", Occur.SHOULD).toString()).contains("aldreomsorg");
    }
}
