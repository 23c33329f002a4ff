package se.delbart.profile;

import java.time.Instant;
import java.util.Map;

/**
 * A municipality's profile as read: declared (from its answers) or estimated, the answers behind it, who may read it
 * and the version to send back in If-Match.
 */
public record MunicipalityProfileView(String kommunkod, String name, String skrGroup, int population,
        IdealTypeProfile profile, Map<String, String> answers, Visibility visibility, long version,
        int questionnaireVersion, Instant updatedAt) {
}
