package se.delbart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DerivationsTest {

    private final Derivations derivations = Derivations.swedish();

    @Test
    void conflatesTheCommonMunicipalFamilies() {
        assertThat(derivations.key("registrering")).isEqualTo("register");
        assertThat(derivations.key("registrera")).isEqualTo("register");
        assertThat(derivations.key("digitalisering")).isEqualTo("digital");
        assertThat(derivations.key("publicering")).isEqualTo(derivations.key("publicera"));
        assertThat(derivations.key("mätning")).isEqualTo("mäta");
        assertThat(derivations.key("varningar")).isEqualTo("varna");
        assertThat(derivations.key("tillgänglighet")).isEqualTo("tillgänglig");
    }

    @Test
    void leavesWordsWithoutADerivationAndShortBasesAlone() {
        assertThat(derivations.key("register")).isNull();
        assertThat(derivations.key("kommun")).isNull();
        assertThat(derivations.key("parkering")).as("parkera, not park").isEqualTo("parkera");
        assertThat(derivations.key("xyzzyqwv")).isNull();
    }

    @Test
    void aQueryWordIsSearchedByItsStemAndFamilyStopWordsNot() {
        assertThat(derivations.families("Vi vill ha registreringen", 16)).containsExactly(
                new Derivations.Family("vill", "vill", "vill", false),
                new Derivations.Family("registreringen", "registrering", "register", true));
    }
}
