package se.delbart.portfolio.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;


/**
 * Amounts as people type them in Swedish forms: "25 000", "25 000 kr", "25 000,50", "25000". Spaces (also
 * non-breaking and thin ones) group thousands, a comma or point separates decimals (rounded to whole kronor).
 */
final class Amounts {

    private Amounts() {
    }

    /** The whole number, null for blank; throws NumberFormatException for anything else. */
    static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith("kr")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("sek")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replaceAll("[\\s\\u00a0\\u2009\\u202f]", "").replace(',', '.');
        if (!s.matches("\\d{1,13}(\\.\\d{1,2})?")) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(s).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static Integer parseInt(String text) {
        Long value = parse(text);
        if (value != null && value > Integer.MAX_VALUE) {
            throw new NumberFormatException(text);
        }
        return value == null ? null : value.intValue();
    }

    static String format(Long value) {
        return value == null ? ""
                : String.format(new Locale("sv", "SE"), "%,d", value).replace('\u00a0', ' ');
    }
}
