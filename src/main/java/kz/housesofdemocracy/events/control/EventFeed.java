package kz.housesofdemocracy.events.control;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.platform.i18n.Messages;

/** Events as an iCalendar feed to subscribe to, in one language. */
public final class EventFeed {

    private EventFeed() {}

    /** The feed of the events, named for the region when it is one region's. */
    public static String of(List<EventView> events, String regionCode, Locale locale, Instant now) {
        String name =
                Messages.get(locale, "events.feedName")
                        + (regionCode != null ? " — " + regionCode : "");
        return ICalendar.feed(name, events.stream().map(e -> entry(e, locale)).toList(), now);
    }

    private static ICalendar.Event entry(EventView e, Locale locale) {
        return new ICalendar.Event(
                "event-" + e.id() + "@houses-of-democracy.kz",
                0,
                e.startsAt(),
                e.endsAt(),
                e.title().in(locale),
                e.houseName() == null ? "" : e.houseName().in(locale),
                e.description() == null ? "" : e.description().in(locale),
                false);
    }
}
