package kz.housesofdemocracy.bookings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.entity.WaitlistEntry;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * The line of NGOs waiting for a room's taken slots: who is in it, at which place, and who is
 * offered a span when it frees.
 */
@Dependent
public class WaitlistQueue {

    private static final List<WaitlistEntry.Status> OPEN =
            List.of(WaitlistEntry.Status.WAITING, WaitlistEntry.Status.OFFERED);

    @PersistenceContext private EntityManager em;
    @Inject private BookingQueries queries;
    @Inject private AuditTrail audit;
    @Inject private BookingLetters letters;

    /** Whether an NGO already waits (or holds an offer) for exactly this span of a room. */
    public boolean waits(Room room, Ngo ngo, Period period) {
        return !em.createQuery(
                        "SELECT w.id FROM WaitlistEntry w WHERE w.room = :room AND w.ngo = :ngo AND w.startsAt = :start AND w.endsAt = :end AND w.status IN :open",
                        Long.class)
                .setParameter("room", room)
                .setParameter("ngo", ngo)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("open", OPEN)
                .getResultList()
                .isEmpty();
    }

    /** The open entries of some NGOs that are not over, soonest first. */
    public List<WaitlistEntry> ofNgos(Collection<Long> ngos, Instant now) {
        return em.createQuery(
                        "SELECT w FROM WaitlistEntry w JOIN FETCH w.room r JOIN FETCH r.house JOIN FETCH w.ngo WHERE w.ngo.id IN :ngos AND w.status IN :open AND w.endsAt > :now ORDER BY w.startsAt",
                        WaitlistEntry.class)
                .setParameter("ngos", ngos)
                .setParameter("open", OPEN)
                .setParameter("now", now)
                .getResultList();
    }

    /** A waiting entry's place in the line of its span (1 is next); 0 when it no longer waits. */
    public int place(WaitlistEntry w) {
        if (w.status() != WaitlistEntry.Status.WAITING) {
            return 0;
        }
        return 1
                + em.createQuery(
                                "SELECT COUNT(o) FROM WaitlistEntry o WHERE o.room = :room AND o.status = kz.housesofdemocracy.bookings.entity.WaitlistEntry.Status.WAITING AND o.startsAt < :end AND o.endsAt > :start AND o.id <> :id AND (o.createdAt < :created OR (o.createdAt = :created AND o.id < :id))",
                                Long.class)
                        .setParameter("room", w.room())
                        .setParameter("start", w.startsAt())
                        .setParameter("end", w.endsAt())
                        .setParameter("created", w.createdAt())
                        .setParameter("id", w.id())
                        .getSingleResult()
                        .intValue();
    }

    /** Offers whose two hours are over. */
    public List<WaitlistEntry> lapsed(Instant now) {
        return em.createNamedQuery(WaitlistEntry.EXPIRED_OFFERS, WaitlistEntry.class)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Offers a freed span of a room to the waiting entries that fit in it, in the order they
     * joined; an entry is offered only when nothing holds its span and no earlier offer covers it.
     */
    public void offer(Room room, Period freed, Instant now) {
        List<WaitlistEntry> waiting =
                em.createNamedQuery(WaitlistEntry.WAITING_IN_ROOM, WaitlistEntry.class)
                        .setParameter("room", room)
                        .setParameter("start", freed.start())
                        .setParameter("end", freed.end())
                        .setParameter("now", now)
                        .getResultList();
        List<Period> offered = new ArrayList<>();
        for (WaitlistEntry entry : waiting) {
            Period wanted = entry.period();
            boolean held = !queries.holding(room, wanted).isEmpty();
            boolean alreadyOffered =
                    offeredInRoom(room, wanted, now)
                            || offered.stream().anyMatch(o -> o.overlaps(wanted));
            if (!held && !alreadyOffered) {
                entry.offer(now);
                offered.add(wanted);
                audit.record(
                        null,
                        null,
                        "waitlist.offered",
                        Subject.of("waitlist", entry.id(), room.house().region().code()),
                        "until " + entry.offerEndsAt());
                letters.offered(entry);
            }
        }
    }

    private boolean offeredInRoom(Room room, Period period, Instant now) {
        return !em.createNamedQuery(WaitlistEntry.OFFERED_IN_ROOM, WaitlistEntry.class)
                .setParameter("room", room)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("now", now)
                .getResultList()
                .isEmpty();
    }
}
