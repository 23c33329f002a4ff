package se.delbart.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import se.delbart.shared.Role;
import se.delbart.web.PageTest;

/** The administrator's user list names each municipality beside its code and filters by role and municipality. */
class UserListPagesTest extends PageTest {

    private Document list(String query, MockHttpSession admin) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/anvandare" + query).session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void filtersByRoleAndMunicipalityAndNamesTheMunicipality() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        // Nordanstig (2132) and Ljusdal (2161): few other tests use them
        accounts.createUser("filter-ed-" + tag, "Redaktör " + tag, null, PASSWORD, Role.EDITOR, "2132");
        accounts.createUser("filter-me-" + tag, "Medlem " + tag, null, PASSWORD, Role.MEMBER, "2132");
        accounts.createUser("filter-ot-" + tag, "Annan " + tag, null, PASSWORD, Role.EDITOR, "2161");
        MockHttpSession admin = login(Role.ADMIN, null);

        Document editors = list("?roll=EDITOR&kommun=2132&size=100", admin);
        assertThat(editors.select("tbody td:first-child").eachText()).contains("filter-ed-" + tag)
                .doesNotContain("filter-me-" + tag, "filter-ot-" + tag);
        assertThat(editors.select("tbody tr").stream().map(tr -> tr.select("td").get(3).text()))
                .allMatch(m -> m.equals("Nordanstig (2132)"));
        assertThat(editors.select("#filter-roll option[selected]").attr("value")).isEqualTo("EDITOR");
        assertThat(editors.select("#filter-kommun option[selected]").attr("value")).isEqualTo("2132");

        Document inMunicipality = list("?kommun=2132&size=100", admin);
        assertThat(inMunicipality.select("tbody td:first-child").eachText())
                .contains("filter-ed-" + tag, "filter-me-" + tag).doesNotContain("filter-ot-" + tag);
        // an unknown value filters nothing rather than failing
        // (the same page as without filters: other tests' accounts may push this test's off the first page)
        assertThat(list("?roll=KING&kommun=xx&size=100", admin).select("tbody td:first-child").eachText())
                .isEqualTo(list("?size=100", admin).select("tbody td:first-child").eachText());
        assertThat(list("", admin).select("a[href=/admin/tillgang]")).hasSize(1);
    }
}
