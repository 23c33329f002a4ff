package se.delbart.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** The analysis chains token by token: whole words in the text fields, compounds and families in their own. */
class LuceneAnalyzersTest {

    private final LuceneAnalyzers analyzers = new LuceneAnalyzers();

    private static List<String> terms(Analyzer analyzer, String text) {
        return TextQueries.tokens(analyzer, text).stream().map(TextQueries.Token::text).toList();
    }

    @Test
    void textFieldsKeepWordsWholeAndTheCompoundFieldsTakeTheParts() {
        assertThat(terms(analyzers.swedish, "Bygglovsansökan")).containsExactly("bygglovsansöka");
        assertThat(terms(analyzers.compoundHeads, "Ny bygglovsansökan och lokalbokningar")).containsExactly("ansöka",
                "bokning");
        assertThat(terms(analyzers.compoundModifiers, "Ny bygglovsansökan och lokalbokningar"))
                .containsExactly("bygglov", "lokal");
        assertThat(terms(analyzers.compoundHeads, "kommun station")).as("simple words have no parts").isEmpty();
    }

    @Test
    void theAllTextFieldFollowsACompoundByItsPartsOnItsPosition() {
        List<TextQueries.Token> tokens = TextQueries.tokens(analyzers.expanded, "ny bygglovsansökan");
        assertThat(tokens).extracting(TextQueries.Token::text).containsExactly("ny", "bygglovsansoka", "bygglov",
                "ansoka", "bygg", "lov");
        assertThat(tokens.stream().mapToInt(TextQueries.Token::positionIncrement).toArray())
                .containsExactly(1, 1, 0, 0, 0, 0);
        assertThat(tokens.get(2).start()).as("a part carries the whole word's offsets").isEqualTo(3);
    }

    @Test
    void stemsAndDerivationKeysHaveFieldsOfTheirOwn() {
        assertThat(terms(analyzers.lemmas, "gatan gata xyzzy")).containsExactly("gata", "gata");
        assertThat(terms(analyzers.derived, "registreringen publicerades digitaliseringen kommun"))
                .containsExactly("register", "public", "digital"); // publicering → publicera → public
    }

    @Test
    void multiWordSynonymsBecomePhrases() {
        QueryBuilder builder = new QueryBuilder(analyzers.swedishSearch);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        Query query = builder.createBooleanQuery("f", "digital tjänst", Occur.SHOULD);
        assertThat(query.toString()).contains("f:\"digital tjäns\"", "f:\"e tjäns\"", "f:etjäns",
                "f:webbformulär", "f:\"e blanket\"");

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
