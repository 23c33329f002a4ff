package se.delbart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCoordinationTest {

    @Test
    void shortQueriesAreNotCoordinated() {
        assertThat(WordCoordination.of("bygglov")).isEmpty();
        assertThat(WordCoordination.of("ekonomiskt bistånd")).isEmpty();
        // "för" is a stop word: two significant words
        assertThat(WordCoordination.of("e-tjänst för skolskjuts")).isEmpty();
    }

    @Test
    void allButOneWordInFourAreRequired() {
        assertThat(WordCoordination.required(3)).isEqualTo(2);
        assertThat(WordCoordination.required(4)).isEqualTo(3);
        assertThat(WordCoordination.required(5)).isEqualTo(3);
        assertThat(WordCoordination.required(8)).isEqualTo(6);
        assertThat(WordCoordination.required(16)).isEqualTo(12);
    }

    @Test
    void unitsAreTypedWordsWithTypoToleranceAndCompoundParts() {
        WordCoordination coordination = WordCoordination.of("RPA för ekonomiskt bistånd, bygglovsansökan e-tjänst!")
                .orElseThrow();
        assertThat(coordination.units()).containsExactly(
                new WordCoordination.Unit("RPA", false, null),
                new WordCoordination.Unit("ekonomiskt", true, null),
                new WordCoordination.Unit("bistånd,", true, null),
                new WordCoordination.Unit("bygglovsansökan", true, "bygglov ansökan"),
                new WordCoordination.Unit("e-tjänst!", true, null));
        assertThat(coordination.required()).isEqualTo(3);
    }

    @Test
    void keywordQueriesFilterAndSentencesDoNot() {
        assertThat(WordCoordination.of("robotisering ekonomiskt bistånd").orElseThrow().filters()).isTrue();
        assertThat(WordCoordination.of("bygglovsansökan om checklistor handläggare").orElseThrow().filters()).isTrue();
        assertThat(WordCoordination.of("skolskjuts webbformulär avstånd karta").orElseThrow().filters()).isTrue();
        assertThat(WordCoordination.of("skolskjuts - webbformulär -- avstånd !").orElseThrow().filters()).isTrue();
        // 6 typed words, stop words included, make a sentence; so do 5 significant words
        assertThat(WordCoordination.of("vi behöver hjälp med skolskjuts nu").orElseThrow().filters()).isFalse();
        assertThat(WordCoordination.of("skolskjuts webbformulär avstånd karta elever").orElseThrow().filters())
                .isFalse();
        WordCoordination sentence = WordCoordination.of("Hushållen vet inte vilken dag soptunnan töms").orElseThrow();
        assertThat(sentence.filters()).isFalse();
        assertThat(sentence.required()).isEqualTo(WordCoordination.required(sentence.units().size()));
    }

    @Test
    void punctuationAndStopWordsAreNotWords() {
        assertThat(WordCoordination.of("skola - och the -- skolskjuts")).isEmpty();
    }
}
