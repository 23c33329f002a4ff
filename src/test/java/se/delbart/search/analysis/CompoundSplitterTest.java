package se.delbart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CompoundSplitterTest {

    private final CompoundSplitter splitter = CompoundSplitter.swedish();

    @Test
    void splitsACompoundAtItsLinkingS() {
        assertThat(splitter.split("parkeringsavgift")).containsExactly("parkering", "avgift");
        assertThat(splitter.split("bygglovsansökan")).containsExactly("bygg", "lov", "ansökan");
    }

    @Test
    void theModifierIsEveryPartButTheLastAndTheHeadIsTheLast() {
        CompoundSplitter.Compound compound = splitter.compounds("parkeringsavgift", 16).get(0);
        assertThat(compound.text()).isEqualTo("parkering avgift");
        assertThat(compound.modifierText()).isEqualTo("parkering");
        assertThat(compound.head()).isEqualTo("avgift");
    }

    @Test
    void givesModifiersInTheirDictionaryFormAndTheHeadAsWritten() {
        assertThat(splitter.split("skolbiblioteket")).containsExactly("skola", "biblioteket");
        assertThat(splitter.split("gatubelysning")).containsExactly("gata", "belysning");
        assertThat(splitter.split("förskoleavgifter")).containsExactly("förskola", "avgifter");
    }

    @Test
    void splitsWordsOfThreePartsToTheirSmallestWords() {
        assertThat(splitter.split("vattenskyddsområde")).containsExactly("vatten", "skydd", "område");
    }

    @Test
    void leavesSimpleWordsNamesAndWordsItCannotCoverAlone() {
        assertThat(splitter.split("station")).containsExactly("station");
        assertThat(splitter.split("karlstad")).containsExactly("karlstad");
        assertThat(splitter.split("robotisering")).containsExactly("robotisering");
        assertThat(splitter.split("xyzbygglov")).containsExactly("xyzbygglov");
        assertThat(splitter.split("lov")).containsExactly("lov");
    }

    @Test
    void usesCuratedDomainWordsTheDictionaryLacks() {
        CompoundSplitter withDomainWord = new CompoundSplitter(SwedishLexicon.get(), List.of("geodata"), List.of());
        assertThat(withDomainWord.split("geodatatjänst")).containsExactly("geodata", "tjänst");
    }

    @Test
    void neverMakesTheSplitsOfItsNeverList() {
        CompoundSplitter never = new CompoundSplitter(SwedishLexicon.get(), List.of(), List.of("-avgift", "skolbuss"));
        assertThat(never.split("parkeringsavgift")).containsExactly("parkeringsavgift");
        assertThat(never.split("skolbuss")).containsExactly("skolbuss");
    }

    @Test
    void findsTheCompoundsOfATypedText() {
        assertThat(splitter.compounds("Digital parkeringsavgift för hemtjänst", 16)).extracting(c -> c.word())
                .contains("parkeringsavgift");
    }
}
