package se.delbart.catalog;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The controlled list of municipal areas (verksamhetsområden). JSON and URLs use the code. */
public enum Domain {
    UTBILDNING("utbildning"),
    VARD_OCH_OMSORG("vard-och-omsorg"),
    INDIVID_OCH_FAMILJEOMSORG("individ-och-familjeomsorg"),
    SAMHALLSBYGGNAD("samhallsbyggnad"),
    KULTUR_OCH_FRITID("kultur-och-fritid"),
    MILJO_OCH_HALSA("miljo-och-halsa"),
    MEDBORGARSERVICE("medborgarservice"),
    INTERN_ADMINISTRATION("intern-administration"),
    IT_OCH_INFRASTRUKTUR("it-och-infrastruktur");

    private final String code;

    Domain(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Domain> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }

    @JsonCreator
    static Domain ofCode(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown domain: " + code));
    }
}
