package se.delbart.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.delbart.catalog.Solution;
import se.delbart.catalog.SolutionFixtures;
import se.delbart.shared.Actor;
import se.delbart.shared.FieldProblem;
import se.delbart.shared.InvalidStateException;
import se.delbart.shared.Role;

/** An offer's states, removal and changed fields; the rules of a valid offer; who may do what. */
class ProviderOfferTest {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    static OfferDetails sundsvallHosting() {
        return new OfferDetails(new Organisation("Sundsvalls kommun", OrganisationKind.MUNICIPALITY, "2281"),
                EnumSet.of(OfferKind.HOSTING, OfferKind.SUPPORT), Audience.ANY_MUNICIPALITY,
                new Price(PriceModel.SUBSCRIPTION, 20_000L, 60_000L),
                new OfferContact("Driftledare", "drift@sundsvall.se", null), LocalDate.of(2025, 3, 1), null,
                "Drift i kommunens plattform");
    }

    private static ProviderOffer offer(boolean byPublisher) {
        return ProviderOffer.create(UUID.randomUUID(), UUID.randomUUID(), sundsvallHosting(), "ange-medarbetare",
                "2260", byPublisher, OfferSource.MANUAL, false, NOW);
    }

    @Test
    void aSuggestionIsConfirmedOnceAndThePublishersOwnIsConfirmedFromTheStart() {
        ProviderOffer suggested = offer(false);
        assertThat(suggested.state()).isEqualTo(OfferState.SUGGESTED);
        assertThat(suggested.confirmedBy()).isNull();
        suggested.confirm("sundsvall", NOW.plusSeconds(60));
        assertThat(suggested.state()).isEqualTo(OfferState.CONFIRMED);
        assertThat(suggested.confirmedBy()).isEqualTo("sundsvall");
        assertThat(suggested.suggestedBy()).isEqualTo("ange-medarbetare");
        assertThatThrownBy(() -> suggested.confirm("sundsvall", NOW)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("already confirmed");

        ProviderOffer added = offer(true);
        assertThat(added.state()).isEqualTo(OfferState.CONFIRMED);
        assertThat(added.confirmedAt()).isEqualTo(NOW);
    }

    @Test
    void aRemovedOfferKeepsWhoRemovedItAndCannotChangeAnyMore() {
        ProviderOffer o = offer(false);
        o.remove("sundsvall", NOW.plusSeconds(5));
        assertThat(o.isRemoved()).isTrue();
        assertThat(o.removedBy()).isEqualTo("sundsvall");
        assertThat(o.isCurrent(LocalDate.of(2026, 12, 7))).isFalse();
        assertThatThrownBy(() -> o.confirm("sundsvall", NOW)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> o.edit(sundsvallHosting(), NOW)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> o.remove("sundsvall", NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void anEditNamesTheFieldsItChangedAndMovesTheUpdateTimeForward() {
        ProviderOffer o = offer(true);
        OfferDetails d = sundsvallHosting();
        OfferDetails changed = new OfferDetails(d.organisation(), EnumSet.of(OfferKind.HOSTING), d.audience(),
                new Price(PriceModel.FIXED_PRICE, 50_000L, null), d.contact(), d.since(), LocalDate.of(2027, 12, 31),
                d.note());
        assertThat(o.edit(changed, NOW)).containsExactly("kinds", "price", "until");
        assertThat(o.updatedAt()).isAfter(NOW);
        assertThat(o.details()).isEqualTo(changed);
        java.time.Instant updated = o.updatedAt();
        // the same details again change nothing, not even the update time (so the version stays)
        assertThat(o.edit(changed, NOW.plusSeconds(60))).isEmpty();
        assertThat(o.updatedAt()).isEqualTo(updated);
    }

    @Test
    void anOfferThatEndedIsNoLongerCurrent() {
        OfferDetails d = sundsvallHosting();
        ProviderOffer o = ProviderOffer.create(UUID.randomUUID(), UUID.randomUUID(), new OfferDetails(d.organisation(),
                d.kinds(), d.audience(), d.price(), d.contact(), d.since(), LocalDate.of(2026, 12, 6), d.note()),
                "x", "2281", true, OfferSource.MANUAL, false, NOW);
        assertThat(o.isCurrent(LocalDate.of(2026, 12, 6))).isTrue();
        assertThat(o.isCurrent(LocalDate.of(2026, 12, 7))).isFalse();
    }

    // --- rules ----------------------------------------------------------------------------------------------------

    private static List<String> fields(OfferDetails d) {
        return OfferRules.problems(OfferRules.normalise(d), code -> code.equals("2281"), true).stream()
                .map(FieldProblem::field).toList();
    }

    @Test
    void aCompleteOfferHasNoProblems() {
        assertThat(fields(sundsvallHosting())).isEmpty();
    }

    @Test
    void eachMissingOrWrongFieldIsNamedByItsJsonPath() {
        OfferDetails wrong = new OfferDetails(new Organisation(" ", null, null), Set.of(),
                new Audience(AudienceKind.FRAMEWORK_AGREEMENT, " "), new Price(PriceModel.HOURLY_RATE, 1200L, 900L),
                new OfferContact(null, "inte-en-adress", "ftp://example.se"), LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 1), "x".repeat(1001));
        assertThat(fields(wrong)).containsExactlyInAnyOrder("organisation.name", "organisation.kind", "kinds",
                "audience.name", "price.toSek", "contact.email", "contact.url", "until", "note");
    }

    @Test
    void aMunicipalityCodeMustNameAMunicipalityAndAContactMustBeReachable() {
        OfferDetails d = sundsvallHosting();
        OfferDetails unknown = new OfferDetails(new Organisation("Okänd", OrganisationKind.MUNICIPALITY, "9999"),
                d.kinds(), d.audience(), d.price(), new OfferContact("Bara ett namn", null, null), null, null, null);
        assertThat(fields(unknown)).containsExactly("organisation.municipalityCode", "contact.email");
        assertThat(OfferRules.problems(OfferRules.normalise(unknown), c -> false, false)).extracting(FieldProblem::field)
                .containsExactly("organisation.municipalityCode");
    }

    @Test
    void normalisingDropsWhatDoesNotApply() {
        OfferDetails d = sundsvallHosting();
        OfferDetails n = OfferRules.normalise(new OfferDetails(
                new Organisation("  Adda  ", OrganisationKind.NATIONAL_ACTOR, "2281"), d.kinds(),
                new Audience(AudienceKind.ANY_MUNICIPALITY, "ignoreras"), new Price(PriceModel.FREE, 10L, 20L),
                new OfferContact(" ", " info@adda.se ", ""), null, null, "  "));
        assertThat(n.organisation()).isEqualTo(new Organisation("Adda", OrganisationKind.NATIONAL_ACTOR, null));
        assertThat(n.audience()).isEqualTo(Audience.ANY_MUNICIPALITY);
        assertThat(n.price()).isEqualTo(new Price(PriceModel.FREE, null, null));
        assertThat(n.contact()).isEqualTo(new OfferContact(null, "info@adda.se", null));
        assertThat(n.note()).isNull();
    }

    // --- permissions ----------------------------------------------------------------------------------------------

    @Test
    void anyMunicipalStaffSuggestOnlyThePublishersEditorsAndAdminsManage() {
        Solution solution = Solution.draft(UUID.randomUUID(), "2281", SolutionFixtures.complete("Lösning"), NOW);
        Actor sundsvallEditor = new Actor("sundsvall", Role.EDITOR, "2281");
        Actor sundsvallMember = new Actor("kollega", Role.MEMBER, "2281");
        Actor angeMember = new Actor("ange-medarbetare", Role.MEMBER, "2260");
        Actor admin = new Actor("admin", Role.ADMIN, null);
        Actor analyst = new Actor("skr", Role.ANALYST, null);

        // a draft: only its managers add offers
        assertThat(OfferPermissions.canSuggest(angeMember, solution)).isFalse();
        assertThat(OfferPermissions.canSuggest(sundsvallEditor, solution)).isTrue();
        solution.publish(NOW);
        assertThat(OfferPermissions.canSuggest(angeMember, solution)).isTrue();
        assertThat(OfferPermissions.canSuggest(sundsvallMember, solution)).isTrue();
        assertThat(OfferPermissions.canSuggest(admin, solution)).isTrue();
        assertThat(OfferPermissions.canSuggest(analyst, solution)).isFalse();
        assertThat(OfferPermissions.canSuggest(null, solution)).isFalse();

        assertThat(OfferPermissions.canManage(sundsvallEditor, solution)).isTrue();
        assertThat(OfferPermissions.canManage(admin, solution)).isTrue();
        assertThat(OfferPermissions.canManage(sundsvallMember, solution)).isFalse();
        assertThat(OfferPermissions.canManage(angeMember, solution)).isFalse();
        assertThat(OfferPermissions.canManage(new Actor("ange", Role.EDITOR, "2260"), solution)).isFalse();
        assertThat(OfferPermissions.canManage(analyst, solution)).isFalse();
    }
}
