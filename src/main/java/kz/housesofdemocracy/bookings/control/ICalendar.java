package kz.housesofdemocracy.bookings.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import kz.housesofdemocracy.platform.Clocks;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * iCalendar (RFC 5545) written by ical4j: invitations for mails (METHOD:REQUEST when a booking or
 * registration is made or confirmed, METHOD:CANCEL when it ends; calendars match them by UID and
 * order them by SEQUENCE) and feeds to subscribe to (no METHOD).
 *
 * <p>Timed events are written in UTC ({@code 20270303T050000Z}): every calendar program shows them
 * in its own zone, no VTIMEZONE has to be shipped or kept up to date (Kazakhstan moved to one zone
 * in 2024; a stored VTIMEZONE would have to follow such changes), and nothing here repeats by rule,
 * where local time would matter. All-day events (holidays, observances, NGO Day) are dates ({@code
 * VALUE=DATE}, the end exclusive) and transparent, so they don't block anyone's time. Text values
 * are escaped by ical4j (backslash, semicolon, comma, line breaks); PRODID names the language.
 */
public final class ICalendar {

    /** How often a subscribed calendar should fetch the feed again (RFC 7986, and Outlook's). */
    static final Duration REFRESH = Duration.ofHours(1);

    private static final String ORGANIZER = "mailto:no-reply@houses-of-democracy.kz";

    /**
     * Kazakhstan's zone as ical4j ships it (tzurl.org's, with the move to UTC+5 in 2024), read from
     * its jar rather than its registry, which may try to fetch updates. Feeds carry it with
     * X-WR-TIMEZONE so that a calendar program shows a subscribed calendar in the Houses' zone; it
     * also keeps a feed with no events valid (RFC 5545 wants at least one component).
     */
    private static final Supplier<VTimeZone> KAZAKHSTAN =
            new Supplier<>() {
                private volatile VTimeZone zone;

                @Override
                public VTimeZone get() {
                    if (zone == null) {
                        String resource = "/zoneinfo/" + Clocks.KAZAKHSTAN.getId() + ".ics";
                        try (InputStream in = Calendar.class.getResourceAsStream(resource)) {
                            if (in == null) {
                                throw new IllegalStateException("ical4j lacks " + resource);
                            }
                            zone =
                                    new CalendarBuilder()
                                            .build(in)
                                            .<VTimeZone>getComponents(Component.VTIMEZONE)
                                            .get(0);
                        } catch (IOException | ParserException e) {
                            throw new IllegalStateException("ical4j's " + resource, e);
                        }
                    }
                    return zone;
                }
            };

    private ICalendar() {}

    public enum Method {
        REQUEST,
        CANCEL
    }

    /**
     * One event: timed ({@code start}–{@code end}) or, when {@code firstDay} is set, all day from
     * {@code firstDay} to {@code lastDay} inclusive.
     */
    public record Event(
            String uid,
            long sequence,
            Instant start,
            Instant end,
            String summary,
            String location,
            String description,
            boolean tentative,
            boolean cancelled,
            LocalDate firstDay,
            LocalDate lastDay) {

        public Event(
                String uid,
                long sequence,
                Instant start,
                Instant end,
                String summary,
                String location,
                String description,
                boolean tentative,
                boolean cancelled) {
            this(
                    uid,
                    sequence,
                    start,
                    end,
                    summary,
                    location,
                    description,
                    tentative,
                    cancelled,
                    null,
                    null);
        }

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

        /** An all-day event from the first to the last day, both included. */
        public static Event allDay(
                String uid,
                long sequence,
                LocalDate firstDay,
                LocalDate lastDay,
                String summary,
                String location,
                String description,
                boolean cancelled) {
            return new Event(
                    uid,
                    sequence,
                    null,
                    null,
                    summary,
                    location,
                    description,
                    false,
                    cancelled,
                    firstDay,
                    lastDay.isBefore(firstDay) ? firstDay : lastDay);
        }

        public boolean isAllDay() {
            return firstDay != null;
        }
    }

    /**
     * An invitation (or its cancellation) in the language of the person it is mailed to, who is its
     * attendee (RFC 5546 wants one, and calendar programs show the event as theirs).
     */
    public static String of(Method method, Event e, Locale locale, String attendee, Instant stamp) {
        return of(method, List.of(e), locale, attendee, stamp);
    }

    /** An invitation (or its cancellation) for several events at once, e.g. a series. */
    public static String of(
            Method method, List<Event> events, Locale locale, String attendee, Instant stamp) {
        return write(invitation(method, events, locale, attendee, stamp));
    }

    /**
     * A calendar to subscribe to (no METHOD), named in its language: every event as it stands,
     * cancelled ones included so that calendar programs drop them. Its DTSTAMPs are the day's start
     * (UTC) of {@code now}, so the feed's bytes, and so its ETag, change only when an event does
     * (and once a day): polling answers 304 in between.
     */
    public static String feed(String name, Locale locale, List<Event> events, Instant now) {
        return write(subscription(name, locale, events, now));
    }

    static Calendar invitation(
            Method method, List<Event> events, Locale locale, String attendee, Instant stamp) {
        Calendar calendar = begin(locale);
        calendar.add(
                method == Method.CANCEL
                        ? net.fortuna.ical4j.model.property.immutable.ImmutableMethod.CANCEL
                        : net.fortuna.ical4j.model.property.immutable.ImmutableMethod.REQUEST);
        for (Event e : events) {
            VEvent event = event(e, method == Method.CANCEL, stamp);
            event.add(new Organizer(URI.create(ORGANIZER)));
            event.add(new Attendee(mailto(attendee)));
            calendar.add(event);
        }
        return calendar;
    }

    static Calendar subscription(String name, Locale locale, List<Event> events, Instant now) {
        Calendar calendar = begin(locale);
        String title = name == null ? "" : name;
        calendar.add(new Name(title));
        calendar.add(new XProperty("X-WR-CALNAME", title));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        calendar.add(new XProperty("X-WR-TIMEZONE", Clocks.KAZAKHSTAN.getId()));
        calendar.add(KAZAKHSTAN.get().copy());
        Instant stamp = now.truncatedTo(ChronoUnit.DAYS);
        for (Event e : events) {
            calendar.add(event(e, false, stamp));
        }
        return calendar;
    }

    /** "-//Houses of Democracy//Bookings 1.0//EN": the language of the calendar's texts. */
    static String prodId(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return "-//Houses of Democracy//Bookings 1.0//"
                + (language.isEmpty() ? "KK" : language.toUpperCase(Locale.ROOT));
    }

    private static Calendar begin(Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(prodId(locale)));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        return calendar;
    }

    private static VEvent event(Event e, boolean cancelled, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, Math.max(0, e.sequence()))));
        event.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        if (e.isAllDay()) {
            event.add(new DtStart<>(e.firstDay()));
            event.add(new DtEnd<>(e.lastDay().plusDays(1)));
        } else {
            event.add(new DtStart<>(e.start().truncatedTo(ChronoUnit.SECONDS)));
            event.add(new DtEnd<>(e.end().truncatedTo(ChronoUnit.SECONDS)));
        }
        event.add(new Summary(lineBreaks(e.summary())));
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(lineBreaks(e.location())));
        }
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(lineBreaks(e.description())));
        }
        event.add(
                new Status(
                        cancelled || e.cancelled()
                                ? Status.VALUE_CANCELLED
                                : e.tentative() ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED));
        event.add(new Transp(e.isAllDay() ? Transp.VALUE_TRANSPARENT : Transp.VALUE_OPAQUE));
        return event;
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an e-mail address: " + email, e);
        }
    }

    /**
     * A TEXT value's line breaks as LF, which ical4j writes as {@code \n}: iCalendar has no escape
     * for a bare CR, so CR LF and a lone CR become one LF.
     */
    static String lineBreaks(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The calendar's content lines as ical4j writes them, folded at 75 octets of UTF-8 (ical4j
     * folds at 75 characters, which in Kazakh or Russian is up to 150 octets) never inside a
     * character.
     */
    private static String write(Calendar calendar) {
        StringBuilder out = new StringBuilder();
        for (String content : calendar.toString().split("\r\n")) {
            if (!content.isEmpty()) {
                line(out, content);
            }
        }
        return out.toString();
    }

    /** Appends a content line folded at 75 octets (UTF-8), never inside a character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
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
