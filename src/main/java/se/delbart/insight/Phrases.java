package se.delbart.insight;

import java.util.Locale;

/** Numbers and counted nouns in Swedish (decimal comma) and English, for reason lines. */
final class Phrases {

    private Phrases() {
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** One decimal, with a decimal comma in Swedish: 4,3 / 4.3. */
    static String decimal(double value, boolean english) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return english ? s : s.replace('.', ',');
    }

    /** A whole number when it is one, else one decimal. */
    static String number(double value, boolean english) {
        return value == Math.rint(value) ? String.valueOf((long) value) : decimal(value, english);
    }
}
