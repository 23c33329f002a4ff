package se.delbart.adoption;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One revision of an adoption's experience report. Revisions are never changed: editing adds the next one. */
@Entity
@Table(name = "experience_report")
public class ExperienceReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "adoption_id")
    private UUID adoptionId;

    private int revision;

    @Column(name = "implementation_days")
    private Integer implementationDays;
    @Column(name = "adaptation_days")
    private Integer adaptationDays;
    @Column(name = "one_off_cost_sek")
    private Long oneOffCostSek;
    @Column(name = "yearly_cost_sek")
    private Long yearlyCostSek;
    @Column(name = "weeks_to_first_value")
    private Integer weeksToFirstValue;
    private String adaptations;
    @Column(name = "operational_rating")
    private int operationalRating;
    @Column(name = "citizen_rating")
    private int citizenRating;
    @Column(name = "support_rating")
    private int supportRating;
    private String comment;
    @Column(name = "would_recommend")
    private boolean wouldRecommend;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "reported_by")
    private String reportedBy;

    protected ExperienceReport() {
    }

    ExperienceReport(UUID adoptionId, int revision, Experience e, Instant reportedAt, String reportedBy) {
        this.adoptionId = adoptionId;
        this.revision = revision;
        this.implementationDays = e.implementationDays();
        this.adaptationDays = e.adaptationDays();
        this.oneOffCostSek = e.oneOffCostSek();
        this.yearlyCostSek = e.yearlyCostSek();
        this.weeksToFirstValue = e.weeksToFirstValue();
        this.adaptations = blankToNull(e.adaptations());
        this.operationalRating = e.operationalRating();
        this.citizenRating = e.citizenRating();
        this.supportRating = e.supportRating();
        this.comment = blankToNull(e.comment());
        this.wouldRecommend = e.wouldRecommend();
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID adoptionId() {
        return adoptionId;
    }

    public int revision() {
        return revision;
    }

    public Experience experience() {
        return new Experience(implementationDays, adaptationDays, oneOffCostSek, yearlyCostSek, weeksToFirstValue,
                adaptations, operationalRating, citizenRating, supportRating, comment, wouldRecommend);
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String reportedBy() {
        return reportedBy;
    }
}
