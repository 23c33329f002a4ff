package se.delbart.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.delbart.shared.Role;

class AccountRulesTest {

    @Test
    void editorAndMemberNeedAKnownMunicipality() {
        assertThatThrownBy(() -> new AccountRules().profile("E", null, Role.EDITOR, null, code -> true).check())
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.violations()).extracting(InvalidAccountException.Violation::field)
                        .containsExactly("municipalityCode"));
        assertThatThrownBy(() -> new AccountRules().profile("M", null, Role.MEMBER, "9999", code -> false).check())
                .isInstanceOf(InvalidAccountException.class);
        assertThatCode(() -> new AccountRules().profile("M", null, Role.MEMBER, "0180", code -> true).check())
                .doesNotThrowAnyException();
    }

    @Test
    void adminAndAnalystHaveNoMunicipality() {
        assertThatThrownBy(() -> new AccountRules().profile("A", null, Role.ANALYST, "0180", code -> true).check())
                .isInstanceOf(InvalidAccountException.class);
        assertThatCode(() -> new AccountRules().profile("A", "a@example.se", Role.ADMIN, null, code -> true).check())
                .doesNotThrowAnyException();
    }

    @Test
    void usernameFormat() {
        for (String bad : new String[] { "ab", "Anna", "a b", "åsa", "x".repeat(61), "" }) {
            assertThatThrownBy(() -> new AccountRules().username(bad, false).check()).as(bad)
                    .isInstanceOf(InvalidAccountException.class);
        }
        assertThatCode(() -> new AccountRules().username("anna.k_1-x", false).check()).doesNotThrowAnyException();
        assertThatThrownBy(() -> new AccountRules().username("anna", true).check()).isInstanceOf(InvalidAccountException.class);
    }

    @Test
    void passwordLength() {
        assertThatThrownBy(() -> new AccountRules().password("short").check()).isInstanceOf(InvalidAccountException.class);
        assertThatThrownBy(() -> new AccountRules().password("ö".repeat(40)).check()) // 80 bytes
                .isInstanceOf(InvalidAccountException.class);
        assertThatCode(() -> new AccountRules().password("delbart-demo").check()).doesNotThrowAnyException();
    }

    /** ASVS 2.1.1: at least 12 characters, counted as characters (code points), not bytes or UTF-16 units. */
    @Test
    void passwordsNeedTwelveCharacters() {
        assertThatThrownBy(() -> new AccountRules().password("a".repeat(11)).check()).isInstanceOf(InvalidAccountException.class);
        assertThatThrownBy(() -> new AccountRules().password("😀".repeat(11)).check()) // 22 UTF-16 units, 11 characters
                .isInstanceOf(InvalidAccountException.class);
        assertThatCode(() -> new AccountRules().password("a".repeat(12)).check()).doesNotThrowAnyException();
        assertThatCode(() -> new AccountRules().password("åäö åäö åäö ").check()).as("spaces and non-ASCII count")
                .doesNotThrowAnyException();
        assertThat(AccountRules.MIN_PASSWORD_LENGTH).isEqualTo(12);
    }

    @Test
    void displayNamesHaveNoControlCharacters() {
        for (String bad : java.util.List.of("Anna\rusedBy: x", "Anna\nAndersson", "nul\u0000", "\u001b[31mröd")) {
            assertThatThrownBy(() -> new AccountRules().profile(bad, null, Role.ANALYST, null, code -> true).check())
                    .as(bad).isInstanceOf(InvalidAccountException.class);
        }
        assertThatCode(() -> new AccountRules().profile("Åsa Öberg-Ek", null, Role.ANALYST, null, code -> true).check())
                .doesNotThrowAnyException();
    }
}
