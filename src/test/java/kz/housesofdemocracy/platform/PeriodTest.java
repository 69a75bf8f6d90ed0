package kz.housesofdemocracy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static Period at(String start, String end) {
        return Period.of(Instant.parse(start + ":00Z"), Instant.parse(end + ":00Z"));
    }

    @Test
    void periodsThatOnlyTouchDoNotOverlap() {
        Period morning = at("2027-03-01T09:00", "2027-03-01T11:00");
        assertFalse(morning.overlaps(at("2027-03-01T11:00", "2027-03-01T12:00")));
        assertFalse(at("2027-03-01T08:00", "2027-03-01T09:00").overlaps(morning));
        assertTrue(morning.overlaps(at("2027-03-01T10:59", "2027-03-01T12:00")));
        assertTrue(morning.overlaps(at("2027-03-01T08:00", "2027-03-01T13:00")));
    }

    @Test
    void knowsItsLengthAndWhatItHolds() {
        Period morning = at("2027-03-01T09:00", "2027-03-01T11:30");
        assertEquals(150, morning.minutes());
        assertTrue(morning.contains(Instant.parse("2027-03-01T09:00:00Z")));
        assertFalse(morning.contains(Instant.parse("2027-03-01T11:30:00Z")));
        assertTrue(morning.encloses(at("2027-03-01T10:00", "2027-03-01T11:30")));
        assertFalse(morning.encloses(at("2027-03-01T10:00", "2027-03-01T11:31")));
    }

    @Test
    void refusesAnEmptyOrBackwardPeriod() {
        assertThrows(
                IllegalArgumentException.class, () -> at("2027-03-01T09:00", "2027-03-01T09:00"));
        assertThrows(
                IllegalArgumentException.class, () -> at("2027-03-01T09:00", "2027-03-01T08:00"));
    }

    @Test
    void dateSpansCountBothEnds() {
        DateSpan year = DateSpan.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        assertEquals(365, year.days());
        assertTrue(year.contains(LocalDate.of(2027, 12, 31)));
        assertTrue(year.overlaps(LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 5)));
        assertFalse(year.overlaps(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 5)));
        assertEquals(1, DateSpan.of(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 1)).days());
        assertEquals(365, year.stream().count());
        assertThrows(
                IllegalArgumentException.class,
                () -> DateSpan.of(LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 1)));
    }
}
