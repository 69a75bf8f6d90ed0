package kz.housesofdemocracy.platform;

import java.util.Optional;

/** Reads an entity id from a URL: a missing or malformed id is simply "no such thing". */
public final class EntityId {

    private EntityId() {}

    public static Optional<Long> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 19) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
