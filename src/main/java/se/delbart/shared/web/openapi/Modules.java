package se.delbart.shared.web.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.tags.Tag;

/** One tag per application module: the package below {@code se.delbart} the controller lives in. */
final class Modules {

    private static final String ROOT = "se.delbart.";

    /** Module → tag, in the order the document lists them. */
    private static final Map<String, Tag> TAGS = new LinkedHashMap<>();

    static {
        add("catalog", "Solutions", "The catalogue: solutions with their fit, effort and benefit, their lifecycle "
                + "(DRAFT, PUBLISHED, WITHDRAWN) and their history. Versions travel as ETags.");
        add("search", "Search", "Full-text search over published solutions with facets, type-ahead suggestions and "
                + "the administrators' reindex.");
        add("adoption", "Adoptions", "Municipalities adopting published solutions (INTERESTED → PLANNING → "
                + "IMPLEMENTING → IN_PRODUCTION, or DISCONTINUED) and their experience reports.");
        add("municipality", "Municipalities", "Sweden's 290 municipalities with county, SKR group and population.");
        add("profile", "Profiles", "A municipality's ideal-type self-assessment (the questionnaire, its profile and "
                + "history) and its declared needs.");
        add("recommendation", "Recommendations", "Published solutions ranked for a municipality's profile and needs, "
                + "with reasons, and solutions similar to one.");
        add("portfolio", "Portfolio", "A municipality's private portfolio of national and local initiatives: "
                + "valuation at department and municipality level, decisions, budget; national aggregates for "
                + "analysts.");
        add("insight", "Insight", "The national view for analysts: scale candidates, overlapping local efforts, "
                + "diffusion, unmet needs, support by ideal type and collaboration clusters (JSON or CSV).");
        add("contact", "Contact", "The inbox of notifications and the message threads between a publisher and an "
                + "interested municipality.");
        add("interop", "publiccode.yml", "Import and export of publiccode.yml, the metadata file public-sector "
                + "software catalogues read, and the administrators' bulk import.");
        add("security", "Accounts and tokens", "Personal access tokens of the calling account, and account "
                + "administration.");
        add("provider", "Providers", "Who can host, support, train, help implement or develop a solution: offers "
                + "suggested by any municipality's staff and confirmed by the publisher, history-kept.");
        add("path", "Implementation paths", "A solution's implementation path (prerequisites, steps with typical "
                + "person-days, decisions, documents) in revisions, each adoption's checklist along it, and adopters' "
                + "proposals to change a step.");
    }

    private Modules() {
    }

    private static void add(String module, String name, String description) {
        TAGS.put(module, new Tag().name(name).description(description));
    }

    static String of(Class<?> controller) {
        String name = controller.getName();
        if (!name.startsWith(ROOT)) {
            throw new IllegalStateException("Not a Delbart controller: " + name);
        }
        String rest = name.substring(ROOT.length());
        return rest.substring(0, rest.indexOf('.'));
    }

    static String tag(String module) {
        Tag tag = TAGS.get(module);
        if (tag == null) {
            throw new IllegalStateException("No OpenAPI tag for module " + module + ": add it to Modules");
        }
        return tag.getName();
    }

    static Iterable<Tag> all() {
        return TAGS.values();
    }
}
