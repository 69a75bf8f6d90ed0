package kz.housesofdemocracy.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.events.entity.Event;
import kz.housesofdemocracy.events.entity.Registration;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;

/**
 * The mails registrants get, in the language they registered in: confirmed (with the event for
 * their calendar), waiting, promoted from the waitlist, and the event cancelled (withdrawing it
 * from their calendar). Sent once the transaction commits.
 */
@Dependent
public class EventLetters {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final String WAITING = "mail.registration.waiting";
    private static final String CANCELLED = "mail.event.cancelled";
    private static final String CONFIRM = "mail.registration.confirm";
    private static final String ALREADY = "mail.registration.already";

    @Inject private jakarta.enterprise.event.Event<OutgoingMail> mail;
    @Inject private PublicAddress address;
    @Inject private Clock clock;

    /** Confirmed or waiting, with the link that cancels the registration. */
    public void registered(Registration registration, String token) {
        tell(
                registration,
                registration.isConfirmed() ? "mail.registration.confirmed" : WAITING,
                token);
    }

    /**
     * The link that proves the address and confirms the place (no calendar file yet: nothing is
     * booked until the link is followed).
     */
    public void confirmAddress(Registration registration, String confirmToken) {
        tell(registration, CONFIRM, confirmToken);
    }

    /**
     * Someone asked to register an address that holds a place already: its owner is told (the
     * person asking is answered as for any other address).
     */
    public void alreadyRegistered(Registration registration) {
        tell(registration, ALREADY, null);
    }

    /** A seat came free and is theirs now. */
    public void promoted(Registration registration) {
        tell(registration, "mail.registration.promoted", null);
    }

    public void eventCancelled(Registration registration) {
        tell(registration, CANCELLED, null);
    }

    private void tell(Registration r, String key, String token) {
        Event e = r.event();
        Locale locale = r.language().locale();
        ZonedDateTime start = e.startsAt().atZone(e.zone());
        String when = start.toLocalDate() + (e.allDay() ? "" : " " + HOURS.format(start));
        String place = e.house() == null ? "" : e.house().place(locale);
        String link =
                token == null
                        ? address.link("/public/event.xhtml?id=" + e.id())
                        : CONFIRM.equals(key)
                                ? address.link("/public/registration.xhtml?code=" + token)
                                : address.link("/public/registration.xhtml?token=" + token);
        mail.fire(
                new OutgoingMail(
                        r.email(),
                        Messages.get(locale, key + ".subject", e.title().in(locale), when),
                        Messages.get(
                                locale,
                                key + ".body",
                                r.name(),
                                e.title().in(locale),
                                when,
                                place,
                                link),
                        clock.instant(),
                        WAITING.equals(key) || CONFIRM.equals(key) || ALREADY.equals(key)
                                ? null
                                : invitation(r, key, locale, place)));
    }

    /** The event for the registrant's calendar, or its withdrawal once the event is cancelled. */
    private OutgoingMail.Attachment invitation(
            Registration r, String key, Locale locale, String place) {
        Event e = r.event();
        ICalendar.Method method =
                CANCELLED.equals(key) ? ICalendar.Method.CANCEL : ICalendar.Method.REQUEST;
        String uid = "event-" + e.id() + "-" + r.id() + "@houses-of-democracy.kz";
        String description = e.description() == null ? "" : e.description().in(locale);
        return new OutgoingMail.Attachment(
                "event.ics",
                "text/calendar; method=" + method.name(),
                ICalendar.of(
                        method,
                        e.allDay()
                                ? ICalendar.Event.allDay(
                                        uid,
                                        e.version(),
                                        e.startsAt().atZone(e.zone()).toLocalDate(),
                                        e.endsAt().atZone(e.zone()).toLocalDate().minusDays(1),
                                        e.title().in(locale),
                                        place,
                                        description,
                                        false)
                                : new ICalendar.Event(
                                        uid,
                                        e.version(),
                                        e.startsAt(),
                                        e.endsAt(),
                                        e.title().in(locale),
                                        place,
                                        description,
                                        false),
                        locale,
                        r.email(),
                        clock.instant()));
    }
}
