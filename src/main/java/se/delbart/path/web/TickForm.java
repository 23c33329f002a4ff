package se.delbart.path.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

import se.delbart.path.Checklist;

/** One step's tick: done on (a date, empty: not done), actual person-days, what the municipality changed. */
public class TickForm {

    private Long version;
    private String doneOn;
    private String actualDays;
    private String note;

    static TickForm of(Checklist.Tick tick) {
        TickForm form = new TickForm();
        if (tick != null) {
            form.version = tick.version();
            form.doneOn = tick.doneOn() == null ? null : tick.doneOn().toString();
            form.actualDays = tick.actualDays() == null ? null : String.valueOf(tick.actualDays());
            form.note = tick.note();
        }
        return form;
    }

    LocalDate date(BindingResult binding) {
        if (doneOn == null || doneOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(doneOn.strip());
        } catch (DateTimeParseException e) {
            binding.rejectValue("doneOn", "path.error.doneOn", "must be a date");
            return null;
        }
    }

    Integer days(BindingResult binding) {
        return PathPageController.number(actualDays, "actualDays", binding);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getDoneOn() { return doneOn; }
    public void setDoneOn(String doneOn) { this.doneOn = doneOn; }
    public String getActualDays() { return actualDays; }
    public void setActualDays(String actualDays) { this.actualDays = actualDays; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
