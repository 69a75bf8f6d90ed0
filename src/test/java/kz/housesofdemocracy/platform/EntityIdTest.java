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
    @ValueSource(
            strings = {
                "",
                " ",
                "abc",
                "-1",
                "+1",
                "0",
                "1.5",
                "99999999999999999999",
                "1234567890123456789",
                "1;DROP",
                "1;x",
                " 1",
                "1 ",
                " 7 ",
                "\u0661",
                "\u0661\u0662",
                "\u0967",
                "\uff11",
                "1\u200b"
            })
    void malformedIdsAreNoId(String text) {
        assertTrue(EntityId.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "0007"})
    void readsPositiveIds(String text) {
        assertEquals(Optional.of(7L), EntityId.parse(text));
    }

    @org.junit.jupiter.api.Test
    void eighteenDigitsStillFit() {
        assertEquals(Optional.of(999_999_999_999_999_999L), EntityId.parse("999999999999999999"));
    }
}
