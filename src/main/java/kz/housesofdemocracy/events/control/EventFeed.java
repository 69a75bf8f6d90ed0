package kz.housesofdemocracy.events.control;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;

/**
 * Events as an iCalendar feed to subscribe to, in one language. All-day events (observances, public
 * holidays, NGO Day) are dates that don't block anyone's time; the others are timed.
 */
public final class EventFeed {

    private EventFeed() {}

    /**
     * The feed of the events, named for the region or House it is of ({@code place}, null for the
     * national feed), in the feed's language: "Мероприятия Домов демократии — город Астана".
     */
    public static String of(
            List<EventView> events, LocalizedText place, Locale locale, Instant now) {
        String name =
                Messages.get(locale, "events.feedName")
                        + (place != null ? " — " + place.in(locale) : "");
        return ICalendar.feed(
                name, locale, events.stream().map(e -> entry(e, locale)).toList(), now);
    }

    /**
     * The feed named without a place's name: until the caller hands the region's or House's name
     * ({@link #of(List, LocalizedText, Locale, Instant)}), a region's code is not shown either.
     */
    static ICalendar.Event entry(EventView e, Locale locale) {
        String uid = "event-" + e.id() + "@houses-of-democracy.kz";
        String title = e.title().in(locale);
        String place = e.houseName() == null ? "" : e.houseName().in(locale);
        String description = e.description() == null ? "" : e.description().in(locale);
        return e.allDay()
                ? ICalendar.Event.allDay(
                        uid, 0, e.date(), e.endDate(), title, place, description, e.cancelled())
                : new ICalendar.Event(
                        uid,
                        0,
                        e.startsAt(),
                        e.endsAt(),
                        title,
                        place,
                        description,
                        false,
                        e.cancelled());
    }
}
