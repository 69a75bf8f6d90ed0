package kz.housesofdemocracy.workspace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kz.housesofdemocracy.platform.i18n.Language;
import org.junit.jupiter.api.Test;

class WaitingAgeTest {

    private static final long HOUR = 60;
    private static final long DAY = 24 * HOUR;

    @Test
    void russianTakesTheFormItsNumberNeeds() {
        var ru = Language.RU.locale();
        assertEquals("1 день", WaitingAge.words(DAY + 5, ru));
        assertEquals("3 дня", WaitingAge.words(3 * DAY, ru));
        assertEquals("5 дней", WaitingAge.words(5 * DAY + HOUR, ru));
        assertEquals("21 день", WaitingAge.words(21 * DAY, ru));
        assertEquals("5 часов", WaitingAge.words(5 * HOUR + 3, ru));
        assertEquals("2 минуты", WaitingAge.words(2, ru));
    }

    @Test
    void englishAndKazakh() {
        assertEquals("1 hour", WaitingAge.words(HOUR, Language.EN.locale()));
        assertEquals("3 days", WaitingAge.words(3 * DAY, Language.EN.locale()));
        assertEquals("3 күн", WaitingAge.words(3 * DAY, Language.KK.locale()));
        assertEquals("0 минут", WaitingAge.words(0, Language.KK.locale()));
    }
}
