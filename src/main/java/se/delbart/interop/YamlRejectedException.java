package se.delbart.interop;

/** The bytes could not be read as one YAML document within the limits; nothing was validated. */
public class YamlRejectedException extends RuntimeException {

    public enum Reason {
        TOO_LARGE, LIMIT_EXCEEDED, INVALID_YAML
    }

    private final Reason reason;
    private final transient Finding finding;

    YamlRejectedException(Reason reason, String message, Finding.Position at) {
        super(message);
        this.reason = reason;
        this.finding = Finding.error("", message, at);
    }

    public Reason reason() {
        return reason;
    }

    public Finding finding() {
        return finding;
    }
}
