package se.delbart.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionCatalog;
import se.delbart.catalog.SolutionDetails;
import se.delbart.security.AccountService;
import se.delbart.shared.Actor;
import se.delbart.shared.Role;

/**
 * Common set-up of the page tests: the whole application with its real security chain, one cached context.
 * The in-memory database is shared by every test in the JVM, so tests use unique names and never exact totals.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class PageTest {

    protected static final String PASSWORD = "correct-horse-battery";
    protected static final String STOCKHOLM = "0180";
    protected static final String GOTEBORG = "1480";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected SolutionCatalog catalog;

    @Autowired
    protected AccountService accounts;

    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An editor of {@code kommunkod} as the domain sees it (for creating data directly). */
    protected static Actor editorOf(String kommunkod) {
        return new Actor("fixture-editor-" + kommunkod, Role.EDITOR, kommunkod);
    }

    protected Solution published(String kommunkod, SolutionDetails details) {
        Actor editor = editorOf(kommunkod);
        Solution solution = catalog.create(editor, details);
        return catalog.publish(editor, solution.id(), null);
    }

    protected Solution draft(String kommunkod, SolutionDetails details) {
        return catalog.create(editorOf(kommunkod), details);
    }

    /** Logs in a new account through the login form and returns its session. */
    protected MockHttpSession login(Role role, String kommunkod) throws Exception {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(username, "Test " + role, null, PASSWORD, role, role.belongsToMunicipality() ? kommunkod : null);
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
