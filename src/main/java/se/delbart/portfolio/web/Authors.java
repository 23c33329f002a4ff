package se.delbart.portfolio.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import se.delbart.portfolio.Initiative;
import se.delbart.portfolio.InitiativeChange;
import se.delbart.security.PublicName;
import se.delbart.security.PublicNames;

/**
 * Who assessed, decided or changed an initiative, as colleagues see it: the account's display name, never its
 * username (half of a login). A name no account holds (e.g. the demo's seeding) is shown as stored.
 */
@Component
class Authors {

    private final PublicNames names;

    Authors(PublicNames names) {
        this.names = names;
    }

    Map<String, String> of(Collection<String> usernames) {
        Map<String, PublicName> found = names.publicNames(usernames.stream().filter(Objects::nonNull).toList());
        Map<String, String> labels = new HashMap<>();
        for (String username : usernames) {
            if (username != null) {
                PublicName name = found.get(username);
                labels.put(username, name == null || name.displayName() == null ? username : name.displayName());
            }
        }
        return labels;
    }

    /** The names of everyone an initiative's page mentions. */
    Map<String, String> of(Initiative i, Collection<InitiativeChange> history) {
        List<String> usernames = new ArrayList<>();
        history.forEach(c -> usernames.add(c.changedBy()));
        if (i.departmentAssessedStamp() != null) {
            usernames.add(i.departmentAssessedStamp().by());
        }
        if (i.municipalityAssessedStamp() != null) {
            usernames.add(i.municipalityAssessedStamp().by());
        }
        if (i.decision() != null) {
            usernames.add(i.decision().by());
        }
        usernames.add(i.createdBy());
        return of(usernames);
    }
}
