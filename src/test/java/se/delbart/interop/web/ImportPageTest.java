package se.delbart.interop.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import se.delbart.shared.Role;
import se.delbart.web.PageTest;

/** The upload page: who may use it, errors with their position, the dry run and the import. */
class ImportPageTest extends PageTest {

    private static MockMultipartFile file(String yaml) {
        return new MockMultipartFile("file", "publiccode.yml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String fixture(String name) throws IOException {
        try (var in = ImportPageTest.class.getResourceAsStream("/interop/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void onlyEditorsSeeThePageAndThePublishPageLinksToIt() throws Exception {
        mvc.perform(get("/losningar/importera")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/losningar/importera").session(login(Role.MEMBER, "2260"))).andExpect(status().isForbidden());
        MockHttpSession editor = login(Role.EDITOR, "2260");
        mvc.perform(get("/losningar/importera").session(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Importera publiccode.yml – Delbart</title>")))
                .andExpect(content().string(containsString("<label for=\"file\">publiccode.yml-fil</label>")))
                .andExpect(content().string(containsString("Passform, insats och nytta ingår inte i publiccode.yml.")));
        mvc.perform(get("/losningar/ny").session(editor))
                .andExpect(content().string(containsString("href=\"/losningar/importera\"")));
    }

    @Test
    void errorsAreListedWithLineColumnAndKeyAtTheField() throws Exception {
        String broken = fixture("minimal.yml").replace("  license: EUPL-1.2", "  license: Egen licens");
        mvc.perform(multipart("/losningar/importera").file(file(broken)).with(csrf()).session(login(Role.EDITOR, "2260")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Fel: Importera publiccode.yml – Delbart</title>")))
                .andExpect(content().string(containsString("class=\"error-summary\" role=\"alert\"")))
                .andExpect(content().string(containsString("<caption>Fel i publiccode.yml")))
                .andExpect(content().string(containsString("<td>19</td>")))
                .andExpect(content().string(containsString("<code>legal.license</code>")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("aria-describedby=\"file-hint file-error\"")))
                .andExpect(content().string(containsString("Filen har 1 fel.")));
        mvc.perform(multipart("/losningar/importera").with(csrf()).session(login(Role.EDITOR, "2260")))
                .andExpect(content().string(containsString("Välj en publiccode.yml-fil att ladda upp.")));
    }

    @Test
    void aCheckShowsTheDraftWithoutSavingAndAnImportCreatesIt() throws Exception {
        MockHttpSession editor = login(Role.EDITOR, "2260");
        String yaml = withUniqueUrl(fixture("full.yml")).replace("Hemtjänstplaneraren", "Hemtjänstplaneraren " + UUID.randomUUID().toString().substring(0, 6));
        long before = catalog.countAll();
        mvc.perform(multipart("/losningar/importera").file(file(yaml)).param("dryRun", "true").with(csrf()).session(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Filen går att importera")))
                .andExpect(content().string(containsString("Individ- och familjeomsorg")))
                .andExpect(content().string(containsString("Exempelkommun, Grannkommun")))
                .andExpect(content().string(containsString("<caption>Varningar om filen")))
                .andExpect(content().string(not(containsString("error-summary"))));
        assertThat(catalog.countAll()).isEqualTo(before);

        MvcResult imported = mvc.perform(multipart("/losningar/importera").file(file(yaml)).with(csrf()).session(editor))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/losningar/importera"))
                .andExpect(flash().attributeExists("importedId", "warnings"))
                .andReturn();
        assertThat(catalog.countAll()).isEqualTo(before + 1);
        UUID id = (UUID) imported.getFlashMap().get("importedId");
        mvc.perform(get("/losningar/importera").session(editor).flashAttrs(imported.getFlashMap()))
                .andExpect(content().string(containsString("Utkastet är skapat")))
                .andExpect(content().string(containsString("href=\"/losningar/" + id + "/redigera\"")));
    }

    @Test
    void importingTheSameFileAgainUpdatesTheDraftInsteadOfCreatingASecond() throws Exception {
        MockHttpSession editor = login(Role.EDITOR, "2260");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String yaml = withUniqueUrl(fixture("full.yml")).replace("Hemtjänstplaneraren", "Hemtjänstplaneraren " + suffix);
        long before = catalog.countAll();
        MvcResult first = mvc.perform(multipart("/losningar/importera").file(file(yaml)).with(csrf()).session(editor))
                .andExpect(status().is3xxRedirection()).andReturn();
        String renamed = yaml.replace("Hemtjänstplaneraren " + suffix, "Hemtjänstplaneraren " + suffix + " 2");
        MvcResult second = mvc.perform(multipart("/losningar/importera").file(file(renamed)).with(csrf()).session(editor))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("importUpdated", true)).andReturn();

        assertThat(catalog.countAll()).isEqualTo(before + 1);
        UUID id = (UUID) first.getFlashMap().get("importedId");
        assertThat(second.getFlashMap().get("importedId")).isEqualTo(id);
        assertThat(catalog.get(editorOf("2260"), id).details().name())
                .isEqualTo("Hemtjänstplaneraren " + suffix + " 2");
    }

    /** A repeated import of the same url by the same municipality updates; tests that create use their own url. */
    static String withUniqueUrl(String yaml) {
        return yaml.replace("hemtjanstplaneraren.git", "hemtjanstplaneraren-" + UUID.randomUUID() + ".git");
    }
}
