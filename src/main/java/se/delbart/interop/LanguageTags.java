package se.delbart.interop;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/**
 * BCP 47 language tags and ISO 3166-1 country codes. Syntax by {@link Locale.Builder} (which rejects POSIX forms such
 * as {@code en_GB}); the primary language must be an ISO 639-1 code the JDK knows, or one of the ISO 639-2/3 codes
 * listed here (Sweden's minority languages among them), so that well-formed but unassigned tags like {@code xxx} fail.
 */
final class LanguageTags {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> THREE_LETTER = Set.of("sma", "sme", "smj", "smn", "sms", "fit", "fkv", "rmf",
            "rom", "rmu", "yid", "ydd", "swl", "fil", "haw", "gsw", "nds", "frr", "ast", "scn", "lld", "fur", "vec",
            "lij", "nap", "sc", "dsb", "hsb", "csb", "szl", "mul", "und", "zxx");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private LanguageTags() {
    }

    static boolean isValid(String tag) {
        if (tag == null || tag.isBlank() || tag.contains("_")) {
            return false;
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return false;
        }
        String language = locale.getLanguage();
        boolean knownLanguage = LANGUAGES.contains(language) || THREE_LETTER.contains(language);
        String region = locale.getCountry();
        boolean knownRegion = region.isEmpty() || region.matches("[0-9]{3}") || COUNTRIES.contains(region);
        return knownLanguage && knownRegion;
    }

    /** An ISO 3166-1 alpha-2 code, all upper or all lower case (the caller warns about lower case, which is deprecated). */
    static boolean isCountry(String code) {
        return code != null && code.length() == 2 && COUNTRIES.contains(code.toUpperCase(Locale.ROOT))
                && (code.equals(code.toUpperCase(Locale.ROOT)) || code.equals(code.toLowerCase(Locale.ROOT)));
    }
}
