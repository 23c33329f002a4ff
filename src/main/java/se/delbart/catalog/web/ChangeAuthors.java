package se.delbart.catalog.web;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.delbart.security.PublicNames;
import se.delbart.security.PublicName;

/**
 * Who made a change, as other people may see it: display name and municipality. The history stores usernames, and
 * usernames are half of a login, so they are only shown to administrators.
 */
@Component
class ChangeAuthors {

    private static final PublicName UNKNOWN = new PublicName(null, null);

    private final PublicNames accounts;
    private final Publishers publishers;

    ChangeAuthors(PublicNames accounts, Publishers publishers) {
        this.accounts = accounts;
        this.publishers = publishers;
    }

    /** The public names of these usernames; an account that no longer exists has neither name nor municipality. */
    Map<String, PublicName> of(Collection<String> usernames) {
        Map<String, PublicName> found = accounts.publicNames(usernames);
        return usernames.stream().distinct().collect(java.util.stream.Collectors.toMap(u -> u,
                u -> found.getOrDefault(u, UNKNOWN)));
    }

    /** Labels such as "Anna Andersson, Ånge" (or only one of the two), by username; null when neither is known. */
    Map<String, String> labels(Collection<String> usernames) {
        Map<String, PublicName> names = of(usernames);
        Map<String, PublisherView> municipalities = publishers.of(names.values().stream()
                .map(PublicName::municipalityCode).filter(java.util.Objects::nonNull).distinct().toList());
        Map<String, String> labels = new java.util.HashMap<>();
        names.forEach((username, name) -> {
            String municipality = name.municipalityCode() == null ? null
                    : municipalities.get(name.municipalityCode()).name();
            labels.put(username, name.displayName() == null ? municipality
                    : municipality == null ? name.displayName() : name.displayName() + ", " + municipality);
        });
        return labels;
    }
}
