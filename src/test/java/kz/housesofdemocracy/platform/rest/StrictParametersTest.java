package kz.housesofdemocracy.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictParametersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "+999999-01-01|validation.date.range",
                "+999999-01-01T10:00:00Z|validation.date.range",
                "1899-12-31|validation.date.range",
                "-2026-01-01|validation.date.range",
                "99999-01-01|validation.date.range",
                "\u0661|validation.number.digits",
                "\u0662\u0660|validation.number.digits",
                "+\uff15|validation.number.digits",
                "a\ud800|validation.characters"
            })
    void refused(String value, String key) {
        assertEquals(Optional.of(key), StrictParameters.problem("p", value));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-01-01",
                "2026-01-01T10:00:00Z",
                "42",
                "KZ-71",
                "Алматы 2026",
                "café",
                "\ud83c\uddf0\ud83c\uddff",
                "room \u0661 west"
            })
    void accepted(String value) {
        assertEquals(Optional.empty(), StrictParameters.problem("p", value));
    }
}
