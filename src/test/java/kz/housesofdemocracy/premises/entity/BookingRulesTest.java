package kz.housesofdemocracy.premises.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingRulesTest {

    @Test
    void theDefaultsAreHalfAnHourToEightHoursNinetyDaysAheadTwoHoursNotice() {
        assertEquals(Duration.ofMinutes(30), BookingRules.DEFAULT.shortest());
        assertEquals(Duration.ofHours(8), BookingRules.DEFAULT.longest());
        assertEquals(Duration.ofDays(90), BookingRules.DEFAULT.horizon());
        assertEquals(Duration.ofHours(2), BookingRules.DEFAULT.notice());
    }

    @ParameterizedTest
    @CsvSource({
        "0, 60, 90, 120",
        "45, 60, 90, 120",
        "60, 30, 90, 120",
        "30, 75, 90, 120",
        "30, 1470, 90, 120",
        "30, 60, 0, 120",
        "30, 60, 731, 120",
        "30, 60, 90, -1"
    })
    void refusesRulesOffTheGrid(int min, int max, int horizon, int notice) {
        assertThrows(
                IllegalArgumentException.class, () -> new BookingRules(min, max, horizon, notice));
    }

    @Test
    void acceptsTheBounds() {
        BookingRules rules = new BookingRules(30, 1440, 730, 0);
        assertEquals(Duration.ofDays(1), rules.longest());
        assertEquals(new BookingRules(30, 1440, 730, 0), rules);
    }
}
