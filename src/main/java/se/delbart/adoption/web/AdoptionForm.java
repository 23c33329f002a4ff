package se.delbart.adoption.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import se.delbart.adoption.AdoptionStatus;

/** The adoption form: status (with a reason to discontinue), departments one per line, adopted version. */
public class AdoptionForm {

    private AdoptionStatus status;
    private String reason;
    private String departments;
    private String adoptedVersion;
    private Long version;

    static AdoptionForm of(AdoptionPages.Page page) {
        AdoptionForm form = new AdoptionForm();
        form.status = page.status();
        form.departments = String.join("\n", page.departments());
        form.adoptedVersion = page.adoptedVersion();
        form.version = page.version();
        return form;
    }

    Set<String> departmentSet() {
        return departments == null ? Set.of()
                : Arrays.stream(departments.split("\\R")).map(String::strip).filter(d -> !d.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public AdoptionStatus getStatus() {
        return status;
    }

    public void setStatus(AdoptionStatus status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDepartments() {
        return departments;
    }

    public void setDepartments(String departments) {
        this.departments = departments;
    }

    public String getAdoptedVersion() {
        return adoptedVersion;
    }

    public void setAdoptedVersion(String adoptedVersion) {
        this.adoptedVersion = adoptedVersion;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
