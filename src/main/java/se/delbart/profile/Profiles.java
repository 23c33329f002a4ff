package se.delbart.profile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.catalog.Domain;
import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidInputException;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.NotFoundException;
import se.delbart.shared.NotPermittedException;
import se.delbart.shared.Role;
import se.delbart.shared.StaleVersionException;

/**
 * Municipalities' ideal-type profiles and declared needs. Only the municipality's own staff (EDITOR, MEMBER) or an
 * ADMIN may change them; reading follows the municipality's {@link Visibility} (default: logged-in users).
 */
@Service
@Transactional
public class Profiles {

    static final int MAX_NEEDS = 50;
    static final int MAX_NEED_LENGTH = 300;

    private final Questionnaire questionnaire;
    private final ProfileCalculator calculator;
    private final MunicipalityProfiles profiles;
    private final ProfileRevisions revisions;
    private final Needs needs;
    private final Municipalities municipalities;
    private final Clock clock;

    Profiles(Questionnaire questionnaire, MunicipalityProfiles profiles, ProfileRevisions revisions, Needs needs,
            Municipalities municipalities, Clock clock) {
        this.questionnaire = questionnaire;
        this.calculator = new ProfileCalculator(questionnaire);
        this.profiles = profiles;
        this.revisions = revisions;
        this.needs = needs;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** May the actor change this municipality's profile and needs? */
    public static boolean canChange(Actor actor, String kommunkod) {
        return actor != null && (actor.isAdmin() || (actor.role().belongsToMunicipality() && actor.worksFor(kommunkod)));
    }

    /** Throws unless the actor may read the municipality's profile, needs and recommendations. */
    @Transactional(readOnly = true)
    public void checkReadable(Actor actor, String kommunkod) {
        Municipality municipality = municipality(kommunkod);
        Visibility visibility = profiles.findById(municipality.kommunkod()).map(MunicipalityProfile::visibility)
                .orElse(Visibility.LOGGED_IN);
        if (visibility == Visibility.PUBLIC || canChange(actor, kommunkod)) {
            return;
        }
        if (actor == null) {
            throw new LoginRequiredException("Log in to see this municipality's profile.");
        }
        if (visibility == Visibility.PRIVATE) {
            throw new NotPermittedException("This municipality keeps its profile to itself.");
        }
    }

    @Transactional(readOnly = true)
    public MunicipalityProfileView view(Actor actor, String kommunkod) {
        checkReadable(actor, kommunkod);
        return view(municipality(kommunkod));
    }

    /** The profile without an access check: for modules that act on the municipality's behalf (recommendations). */
    @Transactional(readOnly = true)
    public IdealTypeProfile profileOf(String kommunkod) {
        return view(municipality(kommunkod)).profile();
    }

    /**
     * Every municipality's profile as {@code kommunkod}'s recommendations may use it to find peers: its own as
     * declared (even when private: its staff are asking), every other one as {@link #allForAggregates()} gives it. A
     * private self-assessment must not decide whether a municipality counts as "like yours" in someone else's
     * reasons ("in production in 1 municipality with a profile like yours" next to a public adopter list would point
     * it out).
     */
    @Transactional(readOnly = true)
    public Map<String, IdealTypeProfile> allAsPeersOf(String kommunkod) {
        return all(p -> p.visibility() != Visibility.PRIVATE || p.kommunkod().equals(kommunkod));
    }

    /**
     * Every municipality's profile as it may be shown in aggregates others read (national insight, its exports and
     * cluster proposals): declared where answered and not {@link Visibility#PRIVATE}, estimated from SKR group and
     * size otherwise ({@code estimated} is then true). A private self-assessment never shows, not even in a count
     * that could single the municipality out, and whoever reads (ADMIN included) sees the same numbers.
     */
    @Transactional(readOnly = true)
    public Map<String, IdealTypeProfile> allForAggregates() {
        return all(p -> p.visibility() != Visibility.PRIVATE);
    }

    /** Every municipality's profile: declared where answered and {@code shown}, estimated otherwise. */
    private Map<String, IdealTypeProfile> all(java.util.function.Predicate<MunicipalityProfile> shown) {
        Map<String, MunicipalityProfile> declared = new HashMap<>();
        profiles.findAll().stream().filter(shown).forEach(p -> declared.put(p.kommunkod(), p));
        Map<String, IdealTypeProfile> all = new LinkedHashMap<>();
        for (Municipality m : municipalities.findAllByOrderByNameAsc()) {
            MunicipalityProfile saved = declared.get(m.kommunkod());
            all.put(m.kommunkod(), profile(m, saved));
        }
        return all;
    }

    /**
     * Saves answers (all of them: questions left out count as unanswered) and/or the visibility. Empty answers keep
     * the estimate. {@code expectedVersion} may be null; when given it must be current.
     */
    public MunicipalityProfileView save(Actor actor, String kommunkod, Map<String, String> answers,
            Visibility visibility, Long expectedVersion) {
        Municipality municipality = municipality(kommunkod);
        if (!canChange(actor, kommunkod)) {
            throw new NotPermittedException("Only the municipality's own staff can change its profile.");
        }
        Map<String, String> cleaned = answers == null ? Map.of() : new LinkedHashMap<>(answers);
        cleaned.values().removeIf(v -> v == null || v.isBlank());
        List<FieldProblem> problems = calculator.check(cleaned);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MunicipalityProfile profile = profiles.findById(kommunkod).orElseGet(() -> new MunicipalityProfile(kommunkod));
        long current = profiles.findById(kommunkod).map(MunicipalityProfile::version).orElse(0L);
        if (expectedVersion != null && expectedVersion != current) {
            throw new StaleVersionException(expectedVersion, current);
        }
        Instant now = clock.instant();
        profile.answer(questionnaire.version(), cleaned, visibility, now, actor.username());
        profile = profiles.saveAndFlush(profile);
        IdealTypeProfile computed = profile(municipality, profile);
        int revision = revisions.findFirstByKommunkodOrderByRevisionDesc(kommunkod).map(r -> r.revision() + 1)
                .orElse(1);
        revisions.save(new ProfileRevision(kommunkod, revision, questionnaire.version(), cleaned, computed,
                profile.visibility(), now, actor.username()));
        return view(municipality);
    }

    /** Saved versions, newest first. */
    @Transactional(readOnly = true)
    public List<ProfileRevision> history(Actor actor, String kommunkod) {
        checkReadable(actor, kommunkod);
        return revisions.findByKommunkodOrderByRevisionDesc(kommunkod);
    }

    @Transactional(readOnly = true)
    public List<Need> needs(Actor actor, String kommunkod) {
        checkReadable(actor, kommunkod);
        return needs.findByKommunkodOrderByCreatedAtAscIdAsc(kommunkod);
    }

    /** Needs without an access check, for recommendations made on the municipality's behalf. */
    @Transactional(readOnly = true)
    public List<Need> needsOf(String kommunkod) {
        return needs.findByKommunkodOrderByCreatedAtAscIdAsc(municipality(kommunkod).kommunkod());
    }

    /** Every municipality's declared needs, for the analysts' aggregated view (shown only in groups of 3+). */
    @Transactional(readOnly = true)
    public List<Need> allNeeds() {
        return needs.findAllByOrderByKommunkodAscCreatedAtAsc();
    }

    /**
     * Declared needs of the municipalities that do not keep their profile {@link Visibility#PRIVATE}: for views that
     * name municipalities with their needs (collaboration cluster proposals).
     */
    @Transactional(readOnly = true)
    public List<Need> allNeedsNotPrivate() {
        Set<String> hidden = new java.util.HashSet<>();
        profiles.findAll().stream().filter(p -> p.visibility() == Visibility.PRIVATE)
                .forEach(p -> hidden.add(p.kommunkod()));
        return allNeeds().stream().filter(n -> !hidden.contains(n.kommunkod())).toList();
    }

    public Need addNeed(Actor actor, String kommunkod, String text, Set<String> domains) {
        municipality(kommunkod);
        if (!canChange(actor, kommunkod)) {
            throw new NotPermittedException("Only the municipality's own staff can declare its needs.");
        }
        String cleaned = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        List<FieldProblem> problems = new ArrayList<>();
        if (cleaned.length() < 3 || cleaned.length() > MAX_NEED_LENGTH) {
            problems.add(new FieldProblem("text", "describe the need in 3 to " + MAX_NEED_LENGTH + " characters"));
        } else if (!se.delbart.shared.PlainText.Validator.isPlain(cleaned, false)) {
            problems.add(new FieldProblem("text", "must not contain control characters"));
        }
        Set<String> codes = new TreeSet<>();
        for (String code : domains == null ? Set.<String>of() : domains) {
            if (code == null || Domain.fromCode(code).isEmpty()) {
                problems.add(new FieldProblem("domains", "unknown domain: " + code));
            } else {
                codes.add(code);
            }
        }
        if (problems.isEmpty() && needs.findByKommunkodOrderByCreatedAtAscIdAsc(kommunkod).stream()
                .anyMatch(need -> sameNeed(need.text(), cleaned))) {
            problems.add(new FieldProblem("text", DUPLICATE_NEED));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (needs.countByKommunkod(kommunkod) >= MAX_NEEDS) {
            throw new InvalidStateException("A municipality can declare at most " + MAX_NEEDS + " needs.");
        }
        return needs.save(new Need(UUID.randomUUID(), kommunkod, cleaned, codes, clock.instant(), actor.username()));
    }

    /** The message of the field problem for a need the municipality has already declared. */
    public static final String DUPLICATE_NEED = "the municipality has already declared this need";

    /** The same need, written with other case or spacing ("Digital  ANSÖKAN" and "digital ansökan"). */
    static boolean sameNeed(String a, String b) {
        return normalised(a).equals(normalised(b));
    }

    private static String normalised(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(java.util.Locale.forLanguageTag("sv"));
    }

    public void removeNeed(Actor actor, String kommunkod, UUID needId) {
        municipality(kommunkod);
        if (!canChange(actor, kommunkod)) {
            throw new NotPermittedException("Only the municipality's own staff can remove its needs.");
        }
        Need need = needs.findById(needId).filter(n -> n.kommunkod().equals(kommunkod))
                .orElseThrow(() -> new NotFoundException("Need", needId));
        needs.delete(need);
    }

    /** The municipality staff of {@code actor} may act for: their own kommunkod, or null (admins, analysts). */
    public static String homeOf(Actor actor) {
        return actor == null || actor.role() == Role.ADMIN ? null : actor.municipalityCode();
    }

    private MunicipalityProfileView view(Municipality m) {
        MunicipalityProfile saved = profiles.findById(m.kommunkod()).orElse(null);
        return new MunicipalityProfileView(m.kommunkod(), m.name(), m.skrGroup().name(), m.population(),
                profile(m, saved), saved == null ? Map.of() : saved.answers(),
                saved == null ? Visibility.LOGGED_IN : saved.visibility(), saved == null ? 0 : saved.version(),
                questionnaire.version(), saved == null ? null : saved.updatedAt());
    }

    private IdealTypeProfile profile(Municipality m, MunicipalityProfile saved) {
        if (saved != null) {
            Map<String, String> answers = new LinkedHashMap<>(saved.answers());
            // answers to questions a newer questionnaire dropped are ignored rather than failing the page
            answers.keySet().removeIf(q -> questionnaire.question(q).isEmpty());
            answers.entrySet().removeIf(e -> questionnaire.question(e.getKey()).orElseThrow().option(e.getValue()).isEmpty());
            if (!answers.isEmpty()) {
                return calculator.compute(answers);
            }
        }
        return calculator.estimate(m.skrGroup(), m.population());
    }

    private Municipality municipality(String kommunkod) {
        return municipalities.findById(kommunkod).orElseThrow(() -> new NotFoundException("Municipality", kommunkod));
    }
}
