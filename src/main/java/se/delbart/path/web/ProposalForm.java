package se.delbart.path.web;

/** An adopter's proposal to change a step: the days it really took and why. */
public class ProposalForm {

    private String reportedDays;
    private String comment;

    public String getReportedDays() { return reportedDays; }
    public void setReportedDays(String reportedDays) { this.reportedDays = reportedDays; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
