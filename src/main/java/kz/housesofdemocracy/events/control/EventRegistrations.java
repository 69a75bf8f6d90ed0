package kz.housesofdemocracy.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.housesofdemocracy.accounts.control.SecretTokens;
import kz.housesofdemocracy.events.entity.Event;
import kz.housesofdemocracy.events.entity.Registration;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.i18n.Language;

/**
 * Registrations for events: pending until the mailed link proves the address, then a seat while
 * they last, then the waitlist in the order people came; a cancelled seat goes to the first
 * waiting. Callers lock the event's row first.
 */
@Dependent
public class EventRegistrations {

    @PersistenceContext private EntityManager em;
    @Inject private EventQueries queries;
    @Inject private Clock clock;

    /**
     * What a registration request did: a new pending registration or a renewed link for one still
     * pending ({@code confirmToken} is the secret to mail), or nothing new because the e-mail holds
     * a place already ({@code confirmToken} null: the owner is told so).
     */
    public record Requested(Registration registration, String confirmToken) {
        public boolean alreadyRegistered() {
            return confirmToken == null;
        }
    }

    /** A confirmed registration, the secret of its cancelling link, its place in line. */
    public record Registered(Registration registration, String token, int place) {}

    /** Confirmed, waiting and (not lapsed) unconfirmed registrations of an event. */
    public record Seats(int confirmed, int waiting, int unconfirmed) {
        static final Seats NONE = new Seats(0, 0, 0);
    }

    /** Refuses a registration form with a missing or overlong name, a wrong e-mail and the like. */
    public static void check(String name, String email, String organisation) {
        InputCheck.start()
                .text("name", name, 200)
                .email("email", email)
                .optionalText("organisation", organisation, 300)
                .orRefuse();
    }

    /**
     * A registration request for the (locked) event: a new pending registration, a new link for one
     * still pending, or the one that holds the e-mail's place already.
     */
    public Requested request(
            Event event, String name, String email, String organisation, Language language) {
        Instant now = clock.instant();
        List<Registration> before = queries.registrationsOf(event);
        Optional<Registration> standing = event.standingFor(before, email, now);
        String confirmToken = SecretTokens.generate();
        if (standing.isPresent() && !standing.get().awaitsConfirmation(now)) {
            return new Requested(standing.get(), null);
        }
        if (standing.isPresent()) {
            event.renewConfirmation(standing.get(), SecretTokens.hash(confirmToken), now);
            return new Requested(standing.get(), confirmToken);
        }
        Registration registration =
                event.register(
                        before,
                        name,
                        email,
                        organisation,
                        language,
                        SecretTokens.hash(confirmToken),
                        SecretTokens.hash(SecretTokens.generate()),
                        now);
        em.persist(registration);
        em.flush();
        return new Requested(registration, confirmToken);
    }

    /**
     * Confirms a pending registration of the (locked) event: a seat while they last, else the
     * waitlist; a new secret for its cancelling link.
     */
    public Registered confirm(Registration pending, Event event) {
        List<Registration> all = queries.registrationsOf(event);
        String token = SecretTokens.generate();
        event.confirm(pending, all, SecretTokens.hash(token), clock.instant());
        em.flush();
        int place =
                pending.isWaiting()
                        ? (int)
                                        all.stream()
                                                .filter(r -> r.isWaiting() && !r.equals(pending))
                                                .count()
                                + 1
                        : 0;
        return new Registered(pending, token, place);
    }

    /** The registrations of the event that are not cancelled and not lapsed. */
    public List<Registration> current(Event event) {
        Instant now = clock.instant();
        return queries.registrationsOf(event).stream()
                .filter(r -> r.isCancelled() || !r.isLapsed(now))
                .toList();
    }

    /**
     * Cancels a registration of the (locked) event; a seat it freed before the event goes to the
     * first waiting, who is returned to be told.
     */
    public Optional<Registration> cancel(Registration registration, Event event) {
        boolean hadSeat = registration.isConfirmed();
        registration.cancel(clock.instant());
        if (!hadSeat || !event.offersFreedSeats(clock.instant())) {
            return Optional.empty();
        }
        Optional<Registration> next =
                queries.registrationsOf(event).stream().filter(Registration::isWaiting).findFirst();
        next.ifPresent(Registration::promote);
        return next;
    }

    /**
     * The registrations with a proven address that still stand: those to tell when the event is
     * cancelled (a pending one's address is not proven, so it is not written to).
     */
    public List<Registration> standing(Event event) {
        return queries.registrationsOf(event).stream()
                .filter(r -> r.isConfirmed() || r.isWaiting())
                .toList();
    }

    /**
     * Seats taken, people waiting and unconfirmed registrations per event id, in one query; a
     * pending registration whose link has lapsed is left out when read (no timer needed).
     */
    public Map<Long, Seats> seats(List<Event> events) {
        Map<Long, int[]> counts = new HashMap<>();
        if (!events.isEmpty()) {
            for (Object[] row :
                    em.createQuery(
                                    "SELECT r.event.id, r.status, COUNT(r) FROM Registration r WHERE r.event IN :events"
                                            + " AND (r.status <> :pending OR r.confirmBy > :now)"
                                            + " GROUP BY r.event.id, r.status",
                                    Object[].class)
                            .setParameter("events", events)
                            .setParameter("pending", Registration.Status.PENDING)
                            .setParameter("now", clock.instant())
                            .getResultList()) {
                int[] c = counts.computeIfAbsent((Long) row[0], k -> new int[3]);
                int n = ((Number) row[2]).intValue();
                switch ((Registration.Status) row[1]) {
                    case CONFIRMED -> c[0] = n;
                    case WAITING -> c[1] = n;
                    case PENDING -> c[2] = n;
                    default -> {}
                }
            }
        }
        Map<Long, Seats> seats = new HashMap<>();
        counts.forEach((id, c) -> seats.put(id, new Seats(c[0], c[1], c[2])));
        return seats;
    }
}
