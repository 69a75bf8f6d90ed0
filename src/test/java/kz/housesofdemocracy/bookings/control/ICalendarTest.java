package kz.housesofdemocracy.bookings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * Every kind of calendar we write (mail invitations and cancellations, feeds) read back by ical4j
 * with its validator and by a second parser (biweekly) that we did not write either.
 */
class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-29T08:00:17.123Z");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String MAIL = "aigerim@example.kz";

    private final ICalendar.Event booking =
            new ICalendar.Event(
                    "booking-7@houses-of-democracy.kz",
                    2,
                    Instant.parse("2026-12-01T09:00:00Z"),
                    Instant.parse("2026-12-01T11:00:00Z"),
                    "Үлкен зал; ҮЕҰ форумы, 2026",
                    "Астана қ., Бейбітшілік көшесі, 11",
                    "line one\nline two",
                    true);

    private final ICalendar.Event holiday =
            ICalendar.Event.allDay(
                    "event-3@houses-of-democracy.kz",
                    0,
                    LocalDate.parse("2027-03-21"),
                    LocalDate.parse("2027-03-23"),
                    "Наурыз мейрамы",
                    "",
                    null,
                    false);

    @Test
    void everyKindValidatesAndParsesWithASecondParser() throws Exception {
        Map<String, String> kinds =
                Map.of(
                        "request",
                        ICalendar.of(
                                ICalendar.Method.REQUEST,
                                List.of(booking, holiday),
                                RU,
                                MAIL,
                                STAMP),
                        "cancel",
                        ICalendar.of(ICalendar.Method.CANCEL, booking, RU, MAIL, STAMP),
                        "feed",
                        ICalendar.feed("Астана", RU, List.of(booking, holiday), STAMP),
                        "empty feed",
                        ICalendar.feed("Астана", RU, List.of(), STAMP));
        for (var kind : kinds.entrySet()) {
            Calendar calendar = strict(kind.getValue());
            assertEquals(
                    kind.getKey().equals("empty feed") ? 0 : kind.getKey().equals("cancel") ? 1 : 2,
                    calendar.getComponents("VEVENT").size(),
                    kind.getKey());
            List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
            biweekly.ICalendar other = Biweekly.parse(kind.getValue()).warnings(warnings).first();
            assertTrue(warnings.stream().allMatch(List::isEmpty), kind.getKey() + ": " + warnings);
            assertEquals(
                    calendar.getComponents("VEVENT").size(),
                    other.getEvents().size(),
                    kind.getKey());
        }
    }

    @Test
    void aRequestCarriesTheTimedEventInUtcWithItsUidAndSequence() throws Exception {
        String ics = ICalendar.of(ICalendar.Method.REQUEST, booking, RU, MAIL, STAMP);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("PRODID:-//Houses of Democracy//Bookings 1.0//RU\r\n"), ics);
        assertTrue(ics.contains("METHOD:REQUEST\r\n"), ics);
        assertTrue(ics.contains("DTSTART:20261201T090000Z\r\n"), ics);
        assertTrue(ics.contains("DTEND:20261201T110000Z\r\n"), ics);
        assertTrue(ics.contains("DTSTAMP:20261129T080017Z\r\n"), "the clock's instant: " + ics);
        VEvent event = strict(ics).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("booking-7@houses-of-democracy.kz", value(event, "UID"));
        assertEquals("2", value(event, "SEQUENCE"));
        assertEquals("TENTATIVE", value(event, "STATUS"));
        assertEquals("OPAQUE", value(event, "TRANSP"));
        assertEquals("Үлкен зал; ҮЕҰ форумы, 2026", value(event, "SUMMARY"));
        assertEquals("Астана қ., Бейбітшілік көшесі, 11", value(event, "LOCATION"));
        assertEquals("line one\nline two", value(event, "DESCRIPTION"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void aCancelMarksTheEventCancelled() throws Exception {
        VEvent event =
                strict(ICalendar.of(ICalendar.Method.CANCEL, booking, RU, MAIL, STAMP))
                        .<VEvent>getComponents("VEVENT")
                        .get(0);
        assertEquals("CANCELLED", value(event, "STATUS"));
    }

    @Test
    void anAllDayHolidayIsADateEventThatDoesNotBlockTime() throws Exception {
        String ics = ICalendar.feed("Астана", RU, List.of(holiday), STAMP);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20270321\r\n"), ics);
        assertTrue(ics.contains("DTEND;VALUE=DATE:20270324\r\n"), "the end is exclusive: " + ics);
        VEvent event = strict(ics).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("TRANSPARENT", value(event, "TRANSP"));
        assertFalse(ics.contains("\r\nLOCATION"), "no empty properties: " + ics);

        biweekly.component.VEvent other = Biweekly.parse(ics).first().getEvents().get(0);
        assertFalse(other.getDateStart().getValue().hasTime());
        assertTrue(other.getTransparency().isTransparent());
    }

    @Test
    void aFeedIsNamedInItsLanguageAndSaysHowOftenToPoll() throws Exception {
        String ics =
                ICalendar.feed(
                        "Дом демократии — Астана", RU, List.of(booking), STAMP.plusSeconds(3600));
        Calendar calendar = strict(ics);
        assertEquals("Дом демократии — Астана", calendar.getProperty("NAME").get().getValue());
        assertEquals(
                "Дом демократии — Астана", calendar.getProperty("X-WR-CALNAME").get().getValue());
        assertTrue(ics.contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"), ics);
        assertTrue(ics.contains("X-PUBLISHED-TTL:PT1H\r\n"), ics);
        assertTrue(ics.contains("PRODID:-//Houses of Democracy//Bookings 1.0//RU\r\n"), ics);
        assertFalse(ics.contains("METHOD"), ics);
        assertTrue(
                ICalendar.feed("Houses", Locale.ENGLISH, List.of(), STAMP)
                        .contains("PRODID:-//Houses of Democracy//Bookings 1.0//EN\r\n"));
        assertTrue(
                ICalendar.feed("Үйлер", Locale.forLanguageTag("kk"), List.of(), STAMP)
                        .contains("PRODID:-//Houses of Democracy//Bookings 1.0//KK\r\n"));
    }

    @Test
    void aFeedsBytesStayTheSameWithinADaySoItsETagDoes() {
        assertEquals(
                ICalendar.feed("Астана", RU, List.of(booking, holiday), STAMP),
                ICalendar.feed("Астана", RU, List.of(booking, holiday), STAMP.plusSeconds(3600)));
    }

    @Test
    void textWithLineBreaksCommasSemicolonsAndBackslashesRoundTrips() throws Exception {
        String title = "Room A, B; C\\D\nnext\r\nthird\rfourth \"quoted\"";
        ICalendar.Event odd =
                new ICalendar.Event(
                        "x@houses-of-democracy.kz",
                        0,
                        booking.start(),
                        booking.end(),
                        title,
                        "a;b,c\\d",
                        title,
                        false);
        String ics = ICalendar.feed("A, B; C\\D", Locale.ENGLISH, List.of(odd), STAMP);
        String expected = "Room A, B; C\\D\nnext\nthird\nfourth \"quoted\"";
        for (String line : ics.split("\r\n")) {
            assertFalse(line.contains("\r") || line.contains("\n"), "no bare line break: " + ics);
        }
        VEvent event = strict(ics).<VEvent>getComponents("VEVENT").get(0);
        assertEquals(expected, value(event, "SUMMARY"));
        assertEquals(expected, value(event, "DESCRIPTION"));
        assertEquals("a;b,c\\d", value(event, "LOCATION"));
        biweekly.component.VEvent other = Biweekly.parse(ics).first().getEvents().get(0);
        assertEquals(expected, other.getSummary().getValue());
        assertEquals("a;b,c\\d", other.getLocation().getValue());
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() throws Exception {
        String summary = "Қазақстан".repeat(20);
        ICalendar.Event longOne =
                new ICalendar.Event(
                        "x@houses-of-democracy.kz",
                        0,
                        booking.start(),
                        booking.end(),
                        summary,
                        "",
                        "",
                        false);
        String ics = ICalendar.feed("Үйлер", Locale.forLanguageTag("kk"), List.of(longOne), STAMP);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.contains("\uFFFD"), line);
        }
        assertEquals(summary, value(strict(ics).<VEvent>getComponents("VEVENT").get(0), "SUMMARY"));
    }

    /** Parsed by ical4j and checked by its validator: no errors. */
    static Calendar strict(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result + "\n" + ics);
        return calendar;
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow(() -> new AssertionError(name)).getValue();
    }
}
