package se.delbart.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.delbart.shared.IdealType;

/** One saved version of a municipality's profile, with the weights it gave then. Never changed. */
@Entity
@Table(name = "municipality_profile_revision")
public class ProfileRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kommunkod;

    private int revision;

    @Column(name = "questionnaire_version")
    private int questionnaireVersion;

    private String answers;

    private BigDecimal pragmatic;

    private BigDecimal operational;

    private BigDecimal strategic;

    @Enumerated(EnumType.STRING)
    private IdealType dominant;

    @Enumerated(EnumType.STRING)
    private Capacity capacity;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private String savedBy;

    protected ProfileRevision() {
    }

    ProfileRevision(String kommunkod, int revision, int questionnaireVersion, Map<String, String> answers,
            IdealTypeProfile profile, Visibility visibility, Instant savedAt, String savedBy) {
        this.kommunkod = kommunkod;
        this.revision = revision;
        this.questionnaireVersion = questionnaireVersion;
        this.answers = MunicipalityProfile.encode(answers);
        this.pragmatic = scaled(profile.weight(IdealType.PRAGMATIC));
        this.operational = scaled(profile.weight(IdealType.OPERATIONAL));
        this.strategic = scaled(profile.weight(IdealType.STRATEGIC));
        this.dominant = profile.dominant();
        this.capacity = profile.capacity();
        this.visibility = visibility;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    private static BigDecimal scaled(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_EVEN);
    }

    public int revision() {
        return revision;
    }

    public int questionnaireVersion() {
        return questionnaireVersion;
    }

    public Map<String, String> answers() {
        return MunicipalityProfile.decode(answers);
    }

    public Map<IdealType, BigDecimal> weights() {
        return Map.of(IdealType.PRAGMATIC, pragmatic, IdealType.OPERATIONAL, operational, IdealType.STRATEGIC,
                strategic);
    }

    public IdealType dominant() {
        return dominant;
    }

    public Capacity capacity() {
        return capacity;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }
}
