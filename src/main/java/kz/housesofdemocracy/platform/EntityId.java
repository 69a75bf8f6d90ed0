package kz.housesofdemocracy.platform;

import java.util.Optional;

/**
 * Reads an entity id from a URL: a missing or malformed id is simply "no such thing". Only ASCII
 * digits count: Java's own parsing also takes signs and other scripts' digits (Arabic-Indic "١"
 * reads as 1), which would let one thing be named in many ways.
 */
public final class EntityId {

    /** Ids are sequence numbers: 18 digits always fit a long. */
    private static final int MAX_DIGITS = 18;

    private EntityId() {}

    public static Optional<Long> parse(String text) {
        if (!AsciiDigits.only(text, MAX_DIGITS)) {
            return Optional.empty();
        }
        long id = Long.parseLong(text);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }
}
