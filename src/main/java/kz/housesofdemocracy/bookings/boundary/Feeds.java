package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.accounts.control.SecretTokens;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.control.BookingLetters;
import kz.housesofdemocracy.bookings.control.ICalendar;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * iCalendar feeds that calendar programs subscribe to: a room's busy times (public, no names) and a
 * person's own bookings at a secret address they can renew (the old one stops working) or revoke.
 * From 30 days back to the booking horizon.
 */
@Stateless
public class Feeds {

    private static final Duration BACK = Duration.ofDays(30);
    private static final Duration AHEAD = Duration.ofDays(400);

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private PublicAddress address;

    /** A room's busy times: who booked is not shown. */
    public String room(long roomId, Locale locale) {
        Room room = em.find(Room.class, roomId);
        if (room == null) {
            throw Refusal.notFound("refusal.room.notFound", roomId);
        }
        Instant now = clock.instant();
        List<Booking> busy =
                em.createQuery(
                                "SELECT b FROM Booking b WHERE b.room = :room AND b.status IN :holding AND b.endsAt > :from AND b.startsAt < :to ORDER BY b.startsAt",
                                Booking.class)
                        .setParameter("room", room)
                        .setParameter("holding", BookingStatus.HOLDING)
                        .setParameter("from", now.minus(BACK))
                        .setParameter("to", now.plus(AHEAD))
                        .getResultList();
        String location = room.house().place(locale);
        String busyText = Messages.get(locale, "feed.busy");
        return ICalendar.feed(
                room.name().in(locale) + " — " + room.house().name().in(locale),
                locale,
                busy.stream()
                        .map(
                                b ->
                                        new ICalendar.Event(
                                                "busy-" + b.id() + "@houses-of-democracy.kz",
                                                b.version() * 10 + b.status().ordinal(),
                                                b.startsAt(),
                                                b.endsAt(),
                                                busyText,
                                                location,
                                                "",
                                                b.status() == BookingStatus.PENDING))
                        .toList(),
                now);
    }

    /**
     * A person's feed, by the secret in its address; empty when the secret is not (or no more)
     * valid.
     */
    public Optional<String> personal(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        List<Account> found =
                em.createQuery(
                                "SELECT a FROM Account a WHERE a.feedTokenHash = :hash",
                                Account.class)
                        .setParameter("hash", SecretTokens.hash(secret.strip()))
                        .getResultList();
        if (found.isEmpty() || !found.get(0).isActive()) {
            return Optional.empty();
        }
        Account account = found.get(0);
        Locale locale = account.language().locale();
        Instant now = clock.instant();
        List<Booking> mine =
                em.createQuery(
                                "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH r.house JOIN FETCH b.ngo WHERE b.ngo.id IN (SELECT n.ngo.id FROM NgoRepresentative n WHERE n.account = :account) AND b.endsAt > :from ORDER BY b.startsAt",
                                Booking.class)
                        .setParameter("account", account)
                        .setParameter("from", now.minus(BACK))
                        .getResultList();
        return Optional.of(
                ICalendar.feed(
                        Messages.get(locale, "feed.personal", account.displayName()),
                        locale,
                        mine.stream().map(b -> BookingLetters.event(b, locale)).toList(),
                        now));
    }

    /** A new secret address for the caller's feed; the previous one stops working. */
    public String renew(Caller caller) {
        Account account = own(caller);
        String secret = SecretTokens.generate();
        account.feedToken(SecretTokens.hash(secret));
        audit.record(caller, "feed.renewed", Subject.of("account", account.id(), null), null);
        return address.link("/api/feeds/" + secret + ".ics");
    }

    public boolean has(Caller caller) {
        return own(caller).feedTokenHash() != null;
    }

    public void revoke(Caller caller) {
        Account account = own(caller);
        account.feedToken(null);
        audit.record(caller, "feed.revoked", Subject.of("account", account.id(), null), null);
    }

    private Account own(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        Account account = em.find(Account.class, caller.accountId());
        if (account == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        return account;
    }
}
