package se.delbart.catalog.web;

import org.springframework.web.util.UriComponentsBuilder;

import se.delbart.catalog.Domain;
import se.delbart.catalog.EffortLevel;
import se.delbart.catalog.Lifecycle;
import se.delbart.catalog.Maturity;
import se.delbart.catalog.SolutionFilter;
import se.delbart.catalog.SolutionType;

/** The list page's filters as the address carries them; {@code page} counts from 1. */
record ListQuery(String q, Domain domain, Maturity status, SolutionType type, EffortLevel effortLevel,
        String municipality, Lifecycle lifecycle, int page) {

    static ListQuery drafts(String municipality) {
        return new ListQuery(null, null, null, null, null, municipality, Lifecycle.DRAFT, 1);
    }

    SolutionFilter toFilter() {
        return new SolutionFilter(municipality, domain, status, type, effortLevel, lifecycle, q);
    }

    /** The address of another page of the same result, e.g. {@code /losningar?domain=utbildning&page=2}. */
    public String url(int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/losningar");
        add(uri, "q", q);
        add(uri, "domain", domain == null ? null : domain.code());
        add(uri, "status", status);
        add(uri, "type", type);
        add(uri, "effortLevel", effortLevel);
        add(uri, "municipality", municipality);
        add(uri, "lifecycle", lifecycle);
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.build().encode().toUriString();
    }

    public String url() {
        return url(1);
    }

    public boolean isFiltered() {
        return q != null || domain != null || status != null || type != null || effortLevel != null
                || municipality != null;
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value.toString());
        }
    }
}
