package se.delbart.profile;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A municipality's saved answers and visibility setting; the profile itself is computed from the answers. */
@Entity
@Table(name = "municipality_profile")
class MunicipalityProfile {

    @Id
    private String kommunkod;

    @Version
    private Long version;

    @Column(name = "questionnaire_version")
    private int questionnaireVersion;

    private String answers;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected MunicipalityProfile() {
    }

    MunicipalityProfile(String kommunkod) {
        this.kommunkod = kommunkod;
        this.answers = "";
        this.visibility = Visibility.LOGGED_IN;
    }

    void answer(int questionnaireVersion, Map<String, String> answers, Visibility visibility, Instant now,
            String username) {
        this.questionnaireVersion = questionnaireVersion;
        this.answers = encode(answers);
        this.visibility = visibility == null ? this.visibility : visibility;
        this.updatedAt = se.delbart.shared.Versioning.nextUpdate(updatedAt, now);
        this.updatedBy = username;
    }

    static String encode(Map<String, String> answers) {
        return answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (encoded != null && !encoded.isBlank()) {
            Arrays.stream(encoded.split(";")).map(pair -> pair.split("=", 2))
                    .forEach(pair -> answers.put(pair[0], pair[1]));
        }
        return answers;
    }

    String kommunkod() {
        return kommunkod;
    }

    long version() {
        return version == null ? 0 : version;
    }

    int questionnaireVersion() {
        return questionnaireVersion;
    }

    Map<String, String> answers() {
        return decode(answers);
    }

    Visibility visibility() {
        return visibility;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
