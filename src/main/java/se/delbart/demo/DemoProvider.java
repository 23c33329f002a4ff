package se.delbart.demo;

import se.delbart.provider.OfferDetails;
import se.delbart.shared.Role;

/**
 * One example offer in {@code demo/providers.json}: {@code solution} is the key of an entry in
 * {@code demo/solutions.json}; made by staff of {@code by} with {@code role} (the publisher's editor adds a confirmed
 * offer, other municipalities' staff a suggestion).
 */
record DemoProvider(String solution, String by, Role role, OfferDetails offer) {
}
