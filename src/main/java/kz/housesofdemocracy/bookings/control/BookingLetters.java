package kz.housesofdemocracy.bookings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.bookings.entity.Alternative;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.bookings.entity.WaitlistEntry;
import kz.housesofdemocracy.ngos.control.NgoQueries;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.premises.entity.House;

/**
 * The letters about bookings, each in its reader's language: to an NGO's representatives when a
 * booking is made, decided, moved, cancelled or displaced, and the day before; to the person first
 * in a waitlist when a slot is offered. A booking letter carries its events as an iCalendar file.
 */
@Dependent
public class BookingLetters {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final String BOOKINGS_PAGE = "/ngo/bookings.xhtml";

    @Inject private NgoQueries ngos;
    @Inject private Clock clock;
    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;

    /** Tells the NGO a booking was made: confirmed, or waiting for approval. */
    public void made(Booking booking) {
        tell(
                booking,
                booking.status() == BookingStatus.PENDING
                        ? "mail.booking.pending"
                        : "mail.booking.confirmed",
                ICalendar.Method.REQUEST,
                null);
    }

    /** Mails every representative of the booking's NGO, with the event attached. */
    public void tell(Booking booking, String key, ICalendar.Method method, String reason) {
        tell(List.of(booking), key, method, reason);
    }

    /**
     * Mails every representative of the bookings' NGO (one NGO, one room: a booking or some
     * occurrences of a series) once, in their language, with every event in one attachment.
     */
    public void tell(List<Booking> bookings, String key, ICalendar.Method method, String reason) {
        if (bookings.isEmpty()) {
            return;
        }
        Booking first = bookings.get(0);
        House house = first.room().house();
        ZoneId zone = house.timeZone();
        String when =
                bookings.stream()
                        .map(b -> when(b.period(), zone))
                        .collect(Collectors.joining("; "));
        String whenShort =
                bookings.size() == 1
                        ? when
                        : when.substring(0, when.indexOf(';'))
                                + " (+"
                                + (bookings.size() - 1)
                                + ")";
        for (NgoQueries.Addressee to : ngos.representativeAccounts(first.ngo())) {
            Locale locale = to.language().locale();
            String room = first.room().name().in(locale);
            List<ICalendar.Event> events = bookings.stream().map(b -> event(b, locale)).toList();
            String ics = ICalendar.of(method, events, locale, to.email(), clock.instant());
            mail.fire(
                    new OutgoingMail(
                            to.email(),
                            Messages.get(locale, key + ".subject", room, whenShort),
                            Messages.get(
                                    locale,
                                    key + ".body",
                                    to.displayName(),
                                    room,
                                    house.name().in(locale),
                                    when,
                                    reason == null ? "" : reason,
                                    address.link(BOOKINGS_PAGE)),
                            clock.instant(),
                            new OutgoingMail.Attachment(
                                    "booking.ics", "text/calendar; method=" + method.name(), ics)));
        }
    }

    /** Tells a displaced booking's NGO why, and which alternatives it is offered. */
    public void displaced(
            Booking booking, LocalizedText eventTitle, List<Alternative> offered, String key) {
        House house = booking.room().house();
        ZoneId zone = house.timeZone();
        String when = when(booking.period(), zone);
        for (NgoQueries.Addressee to : ngos.representativeAccounts(booking.ngo())) {
            Locale locale = to.language().locale();
            String ics =
                    ICalendar.of(
                            ICalendar.Method.CANCEL,
                            event(booking, locale),
                            locale,
                            to.email(),
                            clock.instant());
            mail.fire(
                    new OutgoingMail(
                            to.email(),
                            Messages.get(
                                    locale,
                                    key + ".subject",
                                    booking.room().name().in(locale),
                                    when),
                            Messages.get(
                                    locale,
                                    key + ".body",
                                    to.displayName(),
                                    booking.room().name().in(locale),
                                    house.name().in(locale),
                                    when,
                                    eventTitle.in(locale),
                                    alternatives(offered, zone, locale),
                                    address.link(BOOKINGS_PAGE)),
                            clock.instant(),
                            new OutgoingMail.Attachment(
                                    "booking.ics", "text/calendar; method=CANCEL", ics)));
        }
    }

    private static String alternatives(List<Alternative> offered, ZoneId zone, Locale locale) {
        StringBuilder list = new StringBuilder();
        for (Alternative a : offered) {
            list.append("• ")
                    .append(a.room().name().in(locale))
                    .append(", ")
                    .append(when(a.period(), zone))
                    .append('\n');
        }
        if (offered.isEmpty()) {
            list.append(Messages.get(locale, "alternative.none")).append('\n');
        }
        return list.toString();
    }

    /** Tells the one who joined a waitlist that the slot is theirs to take, until when. */
    public void offered(WaitlistEntry entry) {
        Account to = entry.account();
        Locale locale = to.language().locale();
        ZoneId zone = entry.room().house().timeZone();
        String room = entry.room().name().in(locale);
        String when = when(entry.period(), zone);
        mail.fire(
                new OutgoingMail(
                        to.email(),
                        Messages.get(locale, "mail.waitlist.offer.subject", room, when),
                        Messages.get(
                                locale,
                                "mail.waitlist.offer.body",
                                to.displayName(),
                                room,
                                entry.room().house().name().in(locale),
                                when,
                                HOURS.format(entry.offerEndsAt().atZone(zone)),
                                address.link(BOOKINGS_PAGE)),
                        clock.instant()));
    }

    /** Reminds the NGO's representatives of a booking the day before, with the check-in link. */
    public void remind(Booking b) {
        House house = b.room().house();
        String when = when(b.period(), house.timeZone());
        for (NgoQueries.Addressee to : ngos.representativeAccounts(b.ngo())) {
            Locale locale = to.language().locale();
            String room = b.room().name().in(locale);
            mail.fire(
                    new OutgoingMail(
                            to.email(),
                            Messages.get(locale, "mail.booking.reminder.subject", room, when),
                            Messages.get(
                                    locale,
                                    "mail.booking.reminder.body",
                                    to.displayName(),
                                    room,
                                    house.name().in(locale),
                                    when,
                                    address.link("/ngo/checkin.xhtml?room=" + b.room().id()),
                                    address.link(BOOKINGS_PAGE)),
                            clock.instant()));
        }
    }

    /** A booking as a calendar event, in a language. */
    public static ICalendar.Event event(Booking booking, Locale locale) {
        House house = booking.room().house();
        return new ICalendar.Event(
                "booking-" + booking.id() + "@houses-of-democracy.kz",
                booking.version() * 10 + booking.status().ordinal(),
                booking.startsAt(),
                booking.endsAt(),
                booking.room().name().in(locale) + " — " + booking.ngo().name().in(locale),
                house.place(locale),
                booking.purpose(),
                booking.status() == BookingStatus.PENDING,
                !booking.holdsRoom());
    }

    /** "2026-03-02 10:00–12:00" in the House's zone. */
    private static String when(Period period, ZoneId zone) {
        return period.start().atZone(zone).toLocalDate()
                + " "
                + HOURS.format(period.start().atZone(zone))
                + "–"
                + HOURS.format(period.end().atZone(zone));
    }
}
