package se.delbart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CompoundSplitterTest {

    private final CompoundSplitter splitter = CompoundSplitter.swedish();

    @Test
    void splitsACompoundIntoTheFewestListWordsWithALinkingS() {
        assertThat(splitter.split("bygglovsansökan")).containsExactly("bygglov", "ansökan");
    }

    @Test
    void theModifierIsEveryPartButTheLast() {
        CompoundSplitter.Compound compound = splitter.compounds("bygglovsansökan", 16).get(0);
        assertThat(compound.text()).isEqualTo("bygglov ansökan");
        assertThat(compound.modifierText()).isEqualTo("bygglov");
    }

    @Test
    void keepsAListWordWhole() {
        assertThat(splitter.split("hemtjänst")).containsExactly("hemtjänst");
        assertThat(splitter.split("äldreomsorg")).containsExactly("äldreomsorg");
    }

    @Test
    void dropsAShortInflectionAfterTheLastPart() {
        assertThat(splitter.split("bygglovsansökningen")).containsExactly("bygglov", "ansökning");
        assertThat(new CompoundSplitter(List.of("äldre", "omsorg")).split("äldreomsorgen"))
                .containsExactly("äldre", "omsorg");
    }

    @Test
    void splitsFoldedSpellingsToo() {
        assertThat(new CompoundSplitter(List.of("äldre", "omsorg")).split("aldreomsorg")).containsExactly("aldre", "omsorg");
    }

    @Test
    void leavesWordsItCannotCoverAlone() {
        assertThat(splitter.split("robotisering")).containsExactly("robotisering");
        assertThat(splitter.split("xyzbygglov")).containsExactly("xyzbygglov");
        assertThat(splitter.split("lov")).containsExactly("lov");
    }

    @Test
    void findsTheCompoundsOfATypedText() {
        assertThat(splitter.compounds("Digital bygglovsansökan för hemtjänst", 16))
                .containsExactly(new CompoundSplitter.Compound("bygglovsansökan", List.of("bygglov", "ansökan")));
    }
}
