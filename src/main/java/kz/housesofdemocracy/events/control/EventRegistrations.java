package kz.housesofdemocracy.events.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
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
 * Registrations for events: a seat while they last, then the waitlist in the order people came; a
 * cancelled seat goes to the first waiting. Callers lock the event's row first.
 */
@Dependent
public class EventRegistrations {

    @PersistenceContext private EntityManager em;
    @Inject private EventQueries queries;
    @Inject private Clock clock;

    /** A new registration, the secret of its link (only its hash is kept), its place in line. */
    public record Registered(Registration registration, String token, int place) {}

    /** Confirmed and waiting registrations of an event. */
    public record Seats(int confirmed, int waiting) {
        static final Seats NONE = new Seats(0, 0);
    }

    /** Refuses a registration form with a missing or overlong name, a wrong e-mail and the like. */
    public static void check(String name, String email, String organisation) {
        InputCheck.start()
                .text("name", name, 200)
                .email("email", email)
                .optionalText("organisation", organisation, 300)
                .orRefuse();
    }

    /** Registers a person for the (locked) event and saves the registration. */
    public Registered register(
            Event event, String name, String email, String organisation, Language language) {
        List<Registration> before = queries.registrationsOf(event);
        String token = SecretTokens.generate();
        Registration registration =
                event.register(
                        before,
                        name,
                        email,
                        organisation,
                        language,
                        SecretTokens.hash(token),
                        clock.instant());
        em.persist(registration);
        em.flush();
        return new Registered(registration, token, place(registration, before));
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

    /** The registrations that still stand: those to tell when the event is cancelled. */
    public List<Registration> standing(Event event) {
        return queries.registrationsOf(event).stream().filter(r -> !r.isCancelled()).toList();
    }

    /** Seats taken and people waiting per event id, in one query. */
    public Map<Long, Seats> seats(List<Event> events) {
        Map<Long, int[]> counts = new HashMap<>();
        if (!events.isEmpty()) {
            for (Object[] row :
                    em.createQuery(
                                    "SELECT r.event.id, r.status, COUNT(r) FROM Registration r WHERE r.event IN :events GROUP BY r.event.id, r.status",
                                    Object[].class)
                            .setParameter("events", events)
                            .getResultList()) {
                int[] c = counts.computeIfAbsent((Long) row[0], k -> new int[2]);
                if (row[1] == Registration.Status.CONFIRMED) {
                    c[0] = ((Number) row[2]).intValue();
                } else if (row[1] == Registration.Status.WAITING) {
                    c[1] = ((Number) row[2]).intValue();
                }
            }
        }
        Map<Long, Seats> seats = new HashMap<>();
        counts.forEach((id, c) -> seats.put(id, new Seats(c[0], c[1])));
        return seats;
    }

    /** A waiting registration's place in line (1 is next), 0 for one with a seat. */
    private static int place(Registration registration, List<Registration> before) {
        if (!registration.isWaiting()) {
            return 0;
        }
        return 1 + (int) before.stream().filter(Registration::isWaiting).count();
    }
}
