package kz.housesofdemocracy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityIdTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "abc", "-1", "0", "1.5", "99999999999999999999", "1;DROP"})
    void malformedIdsAreNoId(String text) {
        assertTrue(EntityId.parse(text).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", " 7 ", "0007"})
    void readsPositiveIds(String text) {
        assertEquals(Optional.of(7L), EntityId.parse(text));
    }
}
