package kz.housesofdemocracy.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the product refuses, with the reason as bundle keys so that each person reads it in
 * their language: pages show it as messages, REST as a problem body with {@link #status()}. Thrown
 * from a boundary it rolls the transaction back: a refusal never leaves half-saved state.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field's problem: the field's name in the request and the message key. */
    public record FieldProblem(String field, String key, Object... arguments) {}

    private final int status;
    private final String type;
    private final String key;
    private final transient Object[] arguments;
    private final transient List<FieldProblem> fields;
    private final long retryAfterSeconds;

    public Refusal(
            int status, String type, String key, List<FieldProblem> fields, Object... arguments) {
        this(0, status, type, key, fields, arguments);
    }

    /** A refusal that says when to try again (REST answers it with {@code Retry-After}). */
    protected Refusal(
            long retryAfterSeconds,
            int status,
            String type,
            String key,
            List<FieldProblem> fields,
            Object... arguments) {
        super(type + ": " + key, null, false, false);
        this.status = status;
        this.type = type;
        this.key = key;
        this.fields = List.copyOf(fields);
        this.arguments = arguments;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Refusal invalid(List<FieldProblem> fields) {
        return new Refusal(422, "invalid-input", "refusal.invalid", fields);
    }

    public static Refusal invalid(String field, String key, Object... arguments) {
        return invalid(List.of(new FieldProblem(field, key, arguments)));
    }

    public static Refusal notFound(String key, Object... arguments) {
        return new Refusal(404, "not-found", key, List.of(), arguments);
    }

    public static Refusal forbidden() {
        return new Refusal(403, "forbidden", "refusal.forbidden", List.of());
    }

    public static Refusal unauthorized(String key) {
        return new Refusal(401, "unauthorized", key, List.of());
    }

    public static Refusal conflict(String type, String key, Object... arguments) {
        return new Refusal(409, type, key, List.of(), arguments);
    }

    public static Refusal gone(String key) {
        return new Refusal(410, "gone", key, List.of());
    }

    public static Refusal tooMany(String key, Object... arguments) {
        return new Refusal(429, "too-many-requests", key, List.of(), arguments);
    }

    /** Too many attempts: 429 with {@code Retry-After} (at least one second). */
    public static Refusal tooMany(long retryAfterSeconds, String key, Object... arguments) {
        return new Refusal(
                Math.max(retryAfterSeconds, 1),
                429,
                "too-many-requests",
                key,
                List.of(),
                arguments);
    }

    /** Seconds after which trying again may succeed; 0 when the refusal does not say. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments;
    }

    public List<FieldProblem> fields() {
        return fields == null ? List.of() : fields;
    }
}
