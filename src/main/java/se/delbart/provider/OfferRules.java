package se.delbart.provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import se.delbart.shared.FieldProblem;
import se.delbart.shared.PlainText;

/**
 * What a valid offer says, as plain rules: {@link #normalise} trims and drops what does not apply, {@link #problems}
 * names each wrong field by its JSON path (e.g. {@code price.toSek}).
 */
final class OfferRules {

    static final int MAX_NAME = 200;
    static final int MAX_CONTACT_NAME = 120;
    static final int MAX_EMAIL = 254;
    static final int MAX_URL = 500;
    static final int MAX_NOTE = 1000;
    static final long MAX_SEK = 1_000_000_000L;
    /** Offers a solution may hold at once (not counting removed ones). */
    static final int MAX_OFFERS = 50;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern KOMMUNKOD = Pattern.compile("^\\d{4}$");

    private OfferRules() {
    }

    /** Blank texts become null; an audience for any municipality has no name; a free offer has no amounts. */
    static OfferDetails normalise(OfferDetails d) {
        if (d == null) {
            return null;
        }
        Organisation o = d.organisation() == null ? new Organisation(null, null, null)
                : new Organisation(clean(d.organisation().name()), d.organisation().kind(),
                        d.organisation().kind() == OrganisationKind.MUNICIPALITY ? clean(d.organisation().municipalityCode()) : null);
        Audience a = d.audience() == null ? new Audience(null, null)
                : new Audience(d.audience().kind(), d.audience().kind() == null || d.audience().kind().named()
                        ? clean(d.audience().name()) : null);
        Price p = d.price() == null || d.price().model() == null && d.price().fromSek() == null && d.price().toSek() == null
                ? null : d.price().model() == PriceModel.FREE ? new Price(PriceModel.FREE, null, null) : d.price();
        OfferContact c = d.contact() == null ? null
                : new OfferContact(clean(d.contact().name()), clean(d.contact().email()), clean(d.contact().url()));
        if (c != null && c.name() == null && c.email() == null && c.url() == null) {
            c = null;
        }
        return new OfferDetails(o, d.kinds() == null || d.kinds().isEmpty() ? EnumSet.noneOf(OfferKind.class)
                : EnumSet.copyOf(d.kinds()), a, p, c, d.since(), d.until(), clean(d.note()));
    }

    /**
     * Every problem of a normalised offer.
     *
     * @param municipalityExists whether a kommunkod names a municipality
     * @param contactRequired    whether an e-mail or web address must be given (publiccode.yml contractors may lack both)
     */
    static List<FieldProblem> problems(OfferDetails d, Predicate<String> municipalityExists, boolean contactRequired) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d == null) {
            problems.add(new FieldProblem("organisation", "must be given"));
            return problems;
        }
        Organisation o = d.organisation();
        text(problems, "organisation.name", o.name(), MAX_NAME, true);
        if (o.kind() == null) {
            problems.add(new FieldProblem("organisation.kind", "must be given: COMPANY, MUNICIPALITY, REGION or NATIONAL_ACTOR"));
        }
        if (o.municipalityCode() != null && (!KOMMUNKOD.matcher(o.municipalityCode()).matches()
                || !municipalityExists.test(o.municipalityCode()))) {
            problems.add(new FieldProblem("organisation.municipalityCode", "is not the kommunkod of a municipality"));
        }
        if (d.kinds().isEmpty()) {
            problems.add(new FieldProblem("kinds", "must name at least one of HOSTING, SUPPORT, TRAINING, IMPLEMENTATION, DEVELOPMENT"));
        }
        Audience a = d.audience();
        if (a.kind() == null) {
            problems.add(new FieldProblem("audience.kind",
                    "must be given: ANY_MUNICIPALITY, FRAMEWORK_AGREEMENT or COLLABORATION_CLUSTER"));
        } else {
            text(problems, "audience.name", a.name(), MAX_NAME, a.kind().named());
        }
        Price p = d.price();
        if (p != null) {
            if (p.model() == null) {
                problems.add(new FieldProblem("price.model", "must be given with an amount: FREE, FIXED_PRICE, HOURLY_RATE or SUBSCRIPTION"));
            }
            amount(problems, "price.fromSek", p.fromSek());
            amount(problems, "price.toSek", p.toSek());
            if (p.toSek() != null && p.fromSek() == null) {
                problems.add(new FieldProblem("price.fromSek", "must be given when price.toSek is"));
            }
            if (p.fromSek() != null && p.toSek() != null && p.toSek() < p.fromSek()) {
                problems.add(new FieldProblem("price.toSek", "must not be less than price.fromSek"));
            }
        }
        OfferContact c = d.contact();
        if (contactRequired && (c == null || c.email() == null && c.url() == null)) {
            problems.add(new FieldProblem("contact.email", "give an e-mail address or a web address (contact.url)"));
        }
        if (c != null) {
            text(problems, "contact.name", c.name(), MAX_CONTACT_NAME, false);
            if (c.email() != null && (c.email().length() > MAX_EMAIL || !EMAIL.matcher(c.email()).matches())) {
                problems.add(new FieldProblem("contact.email", "must be an e-mail address"));
            }
            if (c.url() != null && (c.url().length() > MAX_URL || !isWebAddress(c.url()))) {
                problems.add(new FieldProblem("contact.url", "must be an http or https address"));
            }
        }
        if (d.since() != null && d.until() != null && d.until().isBefore(d.since())) {
            problems.add(new FieldProblem("until", "must not be before since"));
        }
        if (d.note() != null && d.note().length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (!PlainText.Validator.isPlain(d.note(), true)) {
            problems.add(new FieldProblem("note", "must not contain control characters"));
        }
        return problems;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "must be given"));
            }
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        } else if (!PlainText.Validator.isPlain(value, false)) {
            problems.add(new FieldProblem(field, "must not contain control characters or line breaks"));
        }
    }

    private static void amount(List<FieldProblem> problems, String field, Long sek) {
        if (sek != null && (sek < 0 || sek > MAX_SEK)) {
            problems.add(new FieldProblem(field, "must be between 0 and " + MAX_SEK + " SEK"));
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
