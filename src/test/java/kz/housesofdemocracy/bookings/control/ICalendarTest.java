package kz.housesofdemocracy.bookings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private final ICalendar.Event event =
            new ICalendar.Event(
                    "booking-7@houses-of-democracy.kz",
                    2,
                    Instant.parse("2026-12-01T09:00:00Z"),
                    Instant.parse("2026-12-01T11:00:00Z"),
                    "Үлкен зал; ҮЕҰ форумы, 2026",
                    "Астана қ., Бейбітшілік көшесі, 11",
                    "line one\nline two",
                    false);

    @Test
    void aRequestCarriesTheEventInUtcWithItsUidAndSequence() {
        String ics =
                ICalendar.of(
                        ICalendar.Method.REQUEST, event, Instant.parse("2026-11-29T08:00:00Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.contains("METHOD:REQUEST\r\n"));
        assertTrue(ics.contains("UID:booking-7@houses-of-democracy.kz\r\n"));
        assertTrue(ics.contains("SEQUENCE:2\r\n"));
        assertTrue(ics.contains("DTSTART:20261201T090000Z\r\n"));
        assertTrue(ics.contains("SUMMARY:Үлкен зал\\; ҮЕҰ форумы\\, 2026\r\n"));
        assertTrue(ics.contains("DESCRIPTION:line one\\nline two\r\n"));
        assertTrue(ics.contains("STATUS:CONFIRMED\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void aCancelMarksTheEventCancelled() {
        assertTrue(
                ICalendar.of(ICalendar.Method.CANCEL, event, Instant.now())
                        .contains("STATUS:CANCELLED\r\n"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "SUMMARY:" + "Қазақстан".repeat(20));
        for (String line : out.toString().split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals(
                "SUMMARY:" + "Қазақстан".repeat(20), out.toString().replace("\r\n ", "").strip());
    }
}
