package se.delbart.adoption.web;

import se.delbart.adoption.Experience;
import se.delbart.shared.web.SwedishAmount;

/** The experience report form; numbers bind as numbers, so a malformed one is an error at its field. */
public class ExperienceForm {

    private Integer implementationDays;
    private Integer adaptationDays;
    @SwedishAmount
    private Long oneOffCostSek;
    @SwedishAmount
    private Long yearlyCostSek;
    private Integer weeksToFirstValue;
    private String adaptations;
    private Integer operationalRating;
    private Integer citizenRating;
    private Integer supportRating;
    private String comment;
    private Boolean wouldRecommend;

    static ExperienceForm of(Experience e) {
        ExperienceForm f = new ExperienceForm();
        if (e != null) {
            f.implementationDays = e.implementationDays();
            f.adaptationDays = e.adaptationDays();
            f.oneOffCostSek = e.oneOffCostSek();
            f.yearlyCostSek = e.yearlyCostSek();
            f.weeksToFirstValue = e.weeksToFirstValue();
            f.adaptations = e.adaptations();
            f.operationalRating = e.operationalRating();
            f.citizenRating = e.citizenRating();
            f.supportRating = e.supportRating();
            f.comment = e.comment();
            f.wouldRecommend = e.wouldRecommend();
        }
        return f;
    }

    Experience toExperience() {
        return new Experience(implementationDays, adaptationDays, oneOffCostSek, yearlyCostSek, weeksToFirstValue,
                adaptations, operationalRating, citizenRating, supportRating, comment, wouldRecommend);
    }

    public Integer getImplementationDays() {
        return implementationDays;
    }

    public void setImplementationDays(Integer implementationDays) {
        this.implementationDays = implementationDays;
    }

    public Integer getAdaptationDays() {
        return adaptationDays;
    }

    public void setAdaptationDays(Integer adaptationDays) {
        this.adaptationDays = adaptationDays;
    }

    public Long getOneOffCostSek() {
        return oneOffCostSek;
    }

    public void setOneOffCostSek(Long oneOffCostSek) {
        this.oneOffCostSek = oneOffCostSek;
    }

    public Long getYearlyCostSek() {
        return yearlyCostSek;
    }

    public void setYearlyCostSek(Long yearlyCostSek) {
        this.yearlyCostSek = yearlyCostSek;
    }

    public Integer getWeeksToFirstValue() {
        return weeksToFirstValue;
    }

    public void setWeeksToFirstValue(Integer weeksToFirstValue) {
        this.weeksToFirstValue = weeksToFirstValue;
    }

    public String getAdaptations() {
        return adaptations;
    }

    public void setAdaptations(String adaptations) {
        this.adaptations = adaptations;
    }

    public Integer getOperationalRating() {
        return operationalRating;
    }

    public void setOperationalRating(Integer operationalRating) {
        this.operationalRating = operationalRating;
    }

    public Integer getCitizenRating() {
        return citizenRating;
    }

    public void setCitizenRating(Integer citizenRating) {
        this.citizenRating = citizenRating;
    }

    public Integer getSupportRating() {
        return supportRating;
    }

    public void setSupportRating(Integer supportRating) {
        this.supportRating = supportRating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Boolean getWouldRecommend() {
        return wouldRecommend;
    }

    public void setWouldRecommend(Boolean wouldRecommend) {
        this.wouldRecommend = wouldRecommend;
    }
}
