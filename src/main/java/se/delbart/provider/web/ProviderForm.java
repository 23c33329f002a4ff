package se.delbart.provider.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import se.delbart.provider.Audience;
import se.delbart.provider.AudienceKind;
import se.delbart.provider.OfferContact;
import se.delbart.provider.OfferDetails;
import se.delbart.provider.OfferKind;
import se.delbart.provider.Organisation;
import se.delbart.provider.OrganisationKind;
import se.delbart.provider.Price;
import se.delbart.provider.PriceModel;
import se.delbart.shared.web.SwedishAmount;

/** The suggest and change form of an offer: the offer's fields, flat, and the version it is based on. */
public class ProviderForm {

    /** The offer's JSON paths (as the domain names problems) → the form's fields. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("organisation", "organisationName"),
            Map.entry("organisation.name", "organisationName"), Map.entry("organisation.kind", "organisationKind"),
            Map.entry("organisation.municipalityCode", "municipalityCode"), Map.entry("kinds", "kinds"),
            Map.entry("audience.kind", "audience"), Map.entry("audience.name", "audienceName"),
            Map.entry("price.model", "priceModel"), Map.entry("price.fromSek", "priceFromSek"),
            Map.entry("price.toSek", "priceToSek"), Map.entry("contact.name", "contactName"),
            Map.entry("contact.email", "contactEmail"), Map.entry("contact.url", "contactUrl"),
            Map.entry("since", "since"), Map.entry("until", "until"), Map.entry("note", "note"));

    private String organisationName;
    private OrganisationKind organisationKind;
    private String municipalityCode;
    private Set<OfferKind> kinds = new LinkedHashSet<>();
    private AudienceKind audience = AudienceKind.ANY_MUNICIPALITY;
    private String audienceName;
    private PriceModel priceModel;
    @SwedishAmount
    private Long priceFromSek;
    @SwedishAmount
    private Long priceToSek;
    private String contactName;
    private String contactEmail;
    private String contactUrl;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate until;
    private String note;
    private Long version;

    static ProviderForm of(OfferDetails d, long version) {
        ProviderForm f = new ProviderForm();
        f.organisationName = d.organisation().name();
        f.organisationKind = d.organisation().kind();
        f.municipalityCode = d.organisation().municipalityCode();
        f.kinds = new LinkedHashSet<>(d.kinds());
        f.audience = d.audience().kind();
        f.audienceName = d.audience().name();
        if (d.price() != null) {
            f.priceModel = d.price().model();
            f.priceFromSek = d.price().fromSek();
            f.priceToSek = d.price().toSek();
        }
        if (d.contact() != null) {
            f.contactName = d.contact().name();
            f.contactEmail = d.contact().email();
            f.contactUrl = d.contact().url();
        }
        f.since = d.since();
        f.until = d.until();
        f.note = d.note();
        f.version = version;
        return f;
    }

    OfferDetails toDetails() {
        return new OfferDetails(new Organisation(organisationName, organisationKind, municipalityCode),
                kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds), new Audience(audience, audienceName),
                priceModel == null && priceFromSek == null && priceToSek == null ? null
                        : new Price(priceModel, priceFromSek, priceToSek),
                new OfferContact(contactName, contactEmail, contactUrl), since, until, note);
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public OrganisationKind getOrganisationKind() {
        return organisationKind;
    }

    public void setOrganisationKind(OrganisationKind organisationKind) {
        this.organisationKind = organisationKind;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public Set<OfferKind> getKinds() {
        return kinds;
    }

    public void setKinds(Set<OfferKind> kinds) {
        this.kinds = kinds;
    }

    public AudienceKind getAudience() {
        return audience;
    }

    public void setAudience(AudienceKind audience) {
        this.audience = audience;
    }

    public String getAudienceName() {
        return audienceName;
    }

    public void setAudienceName(String audienceName) {
        this.audienceName = audienceName;
    }

    public PriceModel getPriceModel() {
        return priceModel;
    }

    public void setPriceModel(PriceModel priceModel) {
        this.priceModel = priceModel;
    }

    public Long getPriceFromSek() {
        return priceFromSek;
    }

    public void setPriceFromSek(Long priceFromSek) {
        this.priceFromSek = priceFromSek;
    }

    public Long getPriceToSek() {
        return priceToSek;
    }

    public void setPriceToSek(Long priceToSek) {
        this.priceToSek = priceToSek;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactUrl() {
        return contactUrl;
    }

    public void setContactUrl(String contactUrl) {
        this.contactUrl = contactUrl;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
