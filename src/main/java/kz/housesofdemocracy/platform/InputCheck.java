package kz.housesofdemocracy.platform;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.housesofdemocracy.platform.Refusal.FieldProblem;

/**
 * Collects every problem with a request's fields before anything is stored, then refuses them all
 * at once (422), so a person fixes a form in one go. Pages and REST use the same checks.
 */
public final class InputCheck {

    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final List<FieldProblem> problems = new ArrayList<>();

    public static InputCheck start() {
        return new InputCheck();
    }

    /** A time of day ("09:30"), required: the time, or null with the field's problem noted. */
    public LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "validation.required");
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException wrong) {
            problem(field, "validation.time");
            return null;
        }
    }

    /** Present, at most maxLength characters, no control characters. */
    public InputCheck text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return problem(field, "validation.required");
        }
        return optionalText(field, value, maxLength);
    }

    /** May be empty; otherwise at most maxLength characters and no control characters. */
    public InputCheck optionalText(String field, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            return this;
        }
        if (value.strip().length() > maxLength) {
            return problem(field, "validation.tooLong", maxLength);
        }
        if (CONTROL.matcher(value.replace("\n", "").replace("\r", "").replace("\t", "")).find()
                || hasLoneSurrogate(value)) {
            return problem(field, "validation.characters");
        }
        return this;
    }

    /**
     * True when the text holds half of a surrogate pair on its own: not a character at all, and
     * neither UTF-8 nor the database can store it faithfully.
     */
    public static boolean hasLoneSurrogate(String value) {
        return value != null
                && value.codePoints()
                        .anyMatch(
                                c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    public InputCheck email(String field, String value) {
        if (value == null || value.isBlank()) {
            return problem(field, "validation.required");
        }
        if (value.strip().length() > 254) {
            return problem(field, "validation.tooLong", 254);
        }
        if (!EMAIL.matcher(value.strip()).matches()) {
            return problem(field, "validation.email");
        }
        return this;
    }

    public InputCheck present(String field, Object value) {
        return value == null ? problem(field, "validation.required") : this;
    }

    public InputCheck rule(String field, Optional<String> brokenKey) {
        brokenKey.ifPresent(key -> problem(field, key));
        return this;
    }

    public InputCheck when(boolean wrong, String field, String key, Object... arguments) {
        return wrong ? problem(field, key, arguments) : this;
    }

    public InputCheck problem(String field, String key, Object... arguments) {
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FieldProblem(field, key, arguments));
        }
        return this;
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** Refuses with every problem found; does nothing when there is none. */
    public void orRefuse() {
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
    }
}
