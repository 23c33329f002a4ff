package se.delbart.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import se.delbart.security.InvalidAccountException.Violation;
import se.delbart.shared.Role;

/** The rules an account's fields must follow. Plain Java: collects every violation, then throws once. */
final class AccountRules {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");
    /** ASVS 4.0.3 2.1.1 (level 2): at least 12 characters (code points), any characters, spaces included. */
    static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt only looks at the first 72 bytes; longer passwords are refused rather than silently truncated. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<Violation> violations = new ArrayList<>();

    static String normalizeUsername(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static boolean passwordTooLong(String rawPassword) {
        return rawPassword != null && rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    AccountRules username(String username, boolean taken) {
        if (username == null || username.isEmpty()) {
            add("username", "account.username.required", "is required");
        }
        else if (!USERNAME.matcher(username).matches()) {
            add("username", "account.username.format",
                    "must be 3–60 characters: lower-case letters a–z, digits, '.', '_' or '-'");
        }
        else if (taken) {
            add("username", "account.username.taken", "is already taken");
        }
        return this;
    }

    AccountRules password(String rawPassword) {
        if (rawPassword == null || rawPassword.isEmpty()) {
            add("password", "account.password.required", "is required");
        }
        else if (rawPassword.codePointCount(0, rawPassword.length()) < MIN_PASSWORD_LENGTH || passwordTooLong(rawPassword)) {
            add("password", "account.password.length", "must be at least " + MIN_PASSWORD_LENGTH
                    + " characters and at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        return this;
    }

    AccountRules profile(String displayName, String email, Role role, String municipalityCode,
            Predicate<String> municipalityExists) {
        if (displayName == null) {
            add("displayName", "account.displayName.required", "is required");
        }
        else if (displayName.length() > 120) {
            add("displayName", "account.displayName.length", "must be at most 120 characters");
        }
        else if (!se.delbart.shared.PlainText.Validator.isPlain(displayName, false)) {
            add("displayName", "account.displayName.plain", "must not contain control characters or line breaks");
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            add("email", "account.email.format", "must be an e-mail address");
        }
        if (role == null) {
            add("role", "account.role.required", "is required");
        }
        else if (role.belongsToMunicipality()) {
            if (municipalityCode == null) {
                add("municipalityCode", "account.municipalityCode.required", "is required for " + role);
            }
            else if (!municipalityExists.test(municipalityCode)) {
                add("municipalityCode", "account.municipalityCode.unknown", "is not a known kommunkod");
            }
        }
        else if (municipalityCode != null) {
            add("municipalityCode", "account.municipalityCode.notAllowed", "must be empty for " + role);
        }
        return this;
    }

    AccountRules keepsAnAdmin(boolean removesLastAdmin) {
        if (removesLastAdmin) {
            add("role", "account.role.lastAdmin",
                    "the last enabled administrator must stay an enabled ADMIN; appoint another administrator first");
        }
        return this;
    }

    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidAccountException(violations);
        }
    }

    private void add(String field, String code, String message) {
        violations.add(new Violation(field, code, message));
    }
}
