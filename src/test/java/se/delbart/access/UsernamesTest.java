package se.delbart.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void theLocalPartFoldedAndMadeUnique() {
        assertThat(Usernames.fromEmail("Åsa.Öberg@ange.se", "2260", name -> false)).isEqualTo("asa.oberg");
        assertThat(Usernames.fromEmail("anna+test@x.se", "2260", name -> false)).isEqualTo("anna.test");
        assertThat(Usernames.fromEmail("anna@x.se", "2260", Set.of("anna", "anna-2")::contains)).isEqualTo("anna-3");
        assertThat(Usernames.fromEmail("a@x.se", "2260", name -> false)).isEqualTo("a-2260");
        assertThat(Usernames.fromEmail("x".repeat(80) + "@x.se", "2260", name -> false)).hasSize(56);
    }
}
