package se.delbart.provider;

/** Whom to ask about the offer: at least an e-mail address or a web address. */
public record OfferContact(String name, String email, String url) {
}
