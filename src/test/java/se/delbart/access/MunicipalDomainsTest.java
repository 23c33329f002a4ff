package se.delbart.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The e-mail domain rule: a municipality's name under .se, folded and without spaces, with or without its hyphen. */
class MunicipalDomainsTest {

    @Test
    void theNameFoldedUnderSe() {
        assertThat(MunicipalDomains.isMunicipal("anna.andersson@sundsvall.se", "Sundsvall")).isTrue();
        assertThat(MunicipalDomains.isMunicipal("per@ange.se", "Ånge")).isTrue();
        assertThat(MunicipalDomains.isMunicipal("per@goteborg.se", "Göteborg")).isTrue();
        assertThat(MunicipalDomains.isMunicipal("per@malmo.se", "Malmö")).isTrue();
        assertThat(MunicipalDomains.isMunicipal("per@upplandsvasby.se", "Upplands Väsby")).isTrue();
        assertThat(MunicipalDomains.isMunicipal("per@ostragoinge.se", "Östra Göinge")).isTrue();
    }

    @Test
    void hyphenatedNamesWithAndWithoutTheHyphen() {
        assertThat(MunicipalDomains.isMunicipal("a@upplands-bro.se", "Upplands-Bro")).isTrue();
        assertThat(MunicipalDomains.isMunicipal("a@dalsed.se", "Dals-Ed")).isTrue();
        assertThat(MunicipalDomains.isMunicipal("a@malung-salen.se", "Malung-Sälen")).isTrue();
        assertThat(MunicipalDomains.expected("Dals-Ed")).containsExactly("dals-ed.se", "dals-edkommun.se", "dalsed.se",
                "dalsedkommun.se");
    }

    @Test
    void theKommunFormAndSubdomainsCount() {
        assertThat(MunicipalDomains.isMunicipal("a@habokommun.se", "Habo")).isTrue();
        assertThat(MunicipalDomains.isMunicipal("a@skola.sundsvall.se", "Sundsvall")).isTrue();
        assertThat(MunicipalDomains.isMunicipal("A@SUNDSVALL.SE.", "Sundsvall")).as("case and a trailing dot").isTrue();
    }

    @Test
    void otherDomainsNeedChecking() {
        assertThat(MunicipalDomains.isMunicipal("anna@gmail.com", "Sundsvall")).isFalse();
        assertThat(MunicipalDomains.isMunicipal("anna@sundsvall.se", "Ånge")).as("another municipality").isFalse();
        assertThat(MunicipalDomains.isMunicipal("anna@fakesundsvall.se", "Sundsvall")).as("not a subdomain").isFalse();
        assertThat(MunicipalDomains.isMunicipal("anna@sundsvall.se.example.com", "Sundsvall")).isFalse();
        assertThat(MunicipalDomains.isMunicipal("anna@sundsvall.com", "Sundsvall")).isFalse();
        assertThat(MunicipalDomains.isMunicipal("sundsvall.se", "Sundsvall")).as("no @").isFalse();
        assertThat(MunicipalDomains.isMunicipal("anna@", "Sundsvall")).isFalse();
        assertThat(MunicipalDomains.isMunicipal(null, "Sundsvall")).isFalse();
    }
}
