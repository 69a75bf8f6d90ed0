package kz.housesofdemocracy.bookings.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A one-event iCalendar (RFC 5545) for booking mails: METHOD:REQUEST when a booking is made or
 * confirmed, METHOD:CANCEL when it ends; calendars match them by UID and order them by SEQUENCE.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    public enum Method {
        REQUEST,
        CANCEL
    }

    public record Event(
            String uid,
            long sequence,
            Instant start,
            Instant end,
            String summary,
            String location,
            String description,
            boolean tentative,
            boolean cancelled) {

        public Event(
                String uid,
                long sequence,
                Instant start,
                Instant end,
                String summary,
                String location,
                String description,
                boolean tentative) {
            this(uid, sequence, start, end, summary, location, description, tentative, false);
        }
    }

    public static String of(Method method, Event e, Instant stamp) {
        return of(method, List.of(e), stamp);
    }

    /** An invitation (or its cancellation) for several events at once, e.g. a series. */
    public static String of(Method method, List<Event> events, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        begin(ics);
        line(ics, "METHOD:" + method.name());
        for (Event e : events) {
            event(ics, e, method == Method.CANCEL, stamp);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * A calendar to subscribe to (no METHOD): every event as it stands, cancelled ones included so
     * that calendar programs drop them.
     */
    public static String feed(String name, List<Event> events, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        begin(ics);
        line(ics, "X-WR-CALNAME:" + text(name));
        line(ics, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        for (Event e : events) {
            event(ics, e, false, stamp);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void begin(StringBuilder ics) {
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Houses of Democracy//Bookings//KK");
        line(ics, "CALSCALE:GREGORIAN");
    }

    private static void event(StringBuilder ics, Event e, boolean cancelled, Instant stamp) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + e.uid());
        line(ics, "SEQUENCE:" + e.sequence());
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(e.start()));
        line(ics, "DTEND:" + UTC.format(e.end()));
        line(ics, "SUMMARY:" + text(e.summary()));
        line(ics, "LOCATION:" + text(e.location()));
        line(ics, "DESCRIPTION:" + text(e.description()));
        line(
                ics,
                "STATUS:"
                        + (cancelled || e.cancelled()
                                ? "CANCELLED"
                                : e.tentative() ? "TENTATIVE" : "CONFIRMED"));
        line(ics, "TRANSP:OPAQUE");
        line(ics, "END:VEVENT");
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
    static String text(String value) {
        return value == null
                ? ""
                : value.replace("\\", "\\\\")
                        .replace(";", "\\;")
                        .replace(",", "\\,")
                        .replace("\r\n", "\\n")
                        .replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (UTF-8), never inside a character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                octets = 1;
            }
            current.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(current).append("\r\n");
    }
}
