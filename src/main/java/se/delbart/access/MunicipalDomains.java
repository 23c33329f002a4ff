package se.delbart.access;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an e-mail address belongs to a municipality's own domain. The municipality data holds no web or e-mail
 * domain, so the rule is the Swedish convention: a municipality's domain is its name, lower-case, with å/ä/ö and
 * other accents folded to plain letters (å, ä → a; ö → o; é → e) and spaces left out, under {@code .se}; as written
 * with and without its hyphen ("Upplands-Bro" → upplands-bro.se or upplandsbro.se), and with {@code kommun} appended
 * ("Habo" → habo.se or habokommun.se). The address's domain matches when it is one of these or a subdomain of one
 * (skola.sundsvall.se). A miss only marks the request for extra checking: an administrator decides.
 */
final class MunicipalDomains {

    private MunicipalDomains() {
    }

    /** The domains the municipality of this name conventionally uses. */
    static Set<String> expected(String municipalityName) {
        String base = normalise(municipalityName);
        Set<String> names = new LinkedHashSet<>();
        names.add(base);
        names.add(base.replace("-", ""));
        Set<String> domains = new LinkedHashSet<>();
        for (String name : names) {
            if (!name.isEmpty()) {
                domains.add(name + ".se");
                domains.add(name + "kommun.se");
            }
        }
        return domains;
    }

    /** Whether {@code email}'s domain is the municipality's (see the class comment); false for a malformed address. */
    static boolean isMunicipal(String email, String municipalityName) {
        if (email == null || municipalityName == null) {
            return false;
        }
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return false;
        }
        String domain = email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        for (String expected : expected(municipalityName)) {
            if (domain.equals(expected) || domain.endsWith("." + expected)) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String name) {
        String folded = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replaceAll("[^a-z0-9-]", "");
    }
}
