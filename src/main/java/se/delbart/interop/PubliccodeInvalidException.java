package se.delbart.interop;

import java.util.List;

/** A publiccode.yml that cannot be imported: every error (and the warnings), each with key path, line and column. */
public class PubliccodeInvalidException extends RuntimeException {

    private final transient List<Finding> errors;
    private final transient List<Finding> warnings;
    private final YamlRejectedException.Reason rejected;

    PubliccodeInvalidException(String message, List<Finding> errors, List<Finding> warnings,
            YamlRejectedException.Reason rejected) {
        super(message);
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
        this.rejected = rejected;
    }

    public List<Finding> errors() {
        return errors;
    }

    public List<Finding> warnings() {
        return warnings;
    }

    /** Why the YAML was not even read (null when it was read and broke the standard's or the catalogue's rules). */
    public YamlRejectedException.Reason rejected() {
        return rejected;
    }

    public boolean isTooLarge() {
        return rejected == YamlRejectedException.Reason.TOO_LARGE;
    }
}
