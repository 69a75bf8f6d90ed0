package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.OpenTimeChanged;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.premises.entity.Office;

/**
 * While leased, an office's hourly room is closed: a blackout holds the room for the days the lease
 * holds the office, and shrinks with a lease ended early.
 */
@ApplicationScoped
public class LeaseRoomHolds {

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private Event<OpenTimeChanged> openTimeChanged;

    /**
     * Holds the approved lease's hourly room for its term, after the bookings in the way have been
     * cleared (displaced with notice and alternatives, like an event's).
     */
    public void holdForTerm(Lease lease, Consumer<Blackout> clearTheWay) {
        if (lease.office().hourlyRoom() == null) {
            return;
        }
        Blackout hold = hold(lease, lease.term());
        clearTheWay.accept(hold);
        em.persist(hold);
        em.flush();
        openTimeChanged.fire(
                OpenTimeChanged.ofHouse(
                        lease.office().house().id(), lease.term().first(), lease.term().last()));
    }

    /** A lease ended early holds its room to the day it ends, or not at all if that is before. */
    public void shrinkTo(Lease lease, LocalDate lastDay) {
        em.createQuery("DELETE FROM Blackout b WHERE b.leaseId = :lease")
                .setParameter("lease", lease.id())
                .executeUpdate();
        if (lease.office().hourlyRoom() != null && !lastDay.isBefore(lease.startsOn())) {
            em.persist(hold(lease, DateSpan.of(lease.startsOn(), lastDay)));
            em.flush();
        }
        if (lease.office().hourlyRoom() != null) {
            // The hold removed ran to the term's end, whatever that is now: every day after.
            openTimeChanged.fire(
                    OpenTimeChanged.ofHouse(lease.office().house().id(), lease.startsOn(), null));
        }
    }

    private Blackout hold(Lease lease, DateSpan days) {
        Office office = lease.office();
        ZoneId zone = office.house().timeZone();
        Period period =
                Period.of(
                        days.first().atStartOfDay(zone).toInstant(),
                        days.last().plusDays(1).atStartOfDay(zone).toInstant());
        // A blackout's label holds 300 characters; a long NGO name is cut, not refused.
        LocalizedText label =
                LocalizedText.of(
                        locale -> {
                            String text =
                                    Messages.get(
                                            locale, "lease.hold", lease.ngo().name().in(locale));
                            return text.length() > 300 ? text.substring(0, 299) + "…" : text;
                        });
        return Blackout.forLease(
                office.house(),
                office.hourlyRoom(),
                period.start(),
                period.end(),
                lease.id(),
                label,
                clock.instant());
    }
}
