package kz.housesofdemocracy.accounts.control;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be (OWASP ASVS 4.0, V2.1): 12 to 64 characters, any characters allowed,
 * not a common password, not the person's e-mail address or name.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;

    private PasswordRules() {}

    /** The bundle key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> broken(String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            return Optional.of("validation.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("validation.password.short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("validation.password.long");
        }
        if (password.codePoints().distinct().count() <= 2) {
            return Optional.of("validation.password.common");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("validation.password.common");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (contains(lower, email)
                || containsAnyWord(lower, localPart(email))
                || containsAnyWord(lower, name)) {
            return Optional.of("validation.password.personal");
        }
        return Optional.empty();
    }

    private static boolean contains(String password, String personal) {
        if (personal == null) {
            return false;
        }
        String p = personal.strip().toLowerCase(Locale.ROOT);
        return p.length() >= 4 && password.contains(p);
    }

    /** Whether the password contains any word of 4+ letters of the personal text. */
    private static boolean containsAnyWord(String password, String personal) {
        if (personal == null) {
            return false;
        }
        for (String word : personal.split("[\\s\\p{Punct}]+")) {
            if (contains(password, word)) {
                return true;
            }
        }
        return false;
    }

    private static String localPart(String email) {
        return email == null || !email.contains("@")
                ? null
                : email.substring(0, email.indexOf('@'));
    }
}
