package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeasePayment;
import kz.housesofdemocracy.leases.entity.LeaseTerms;

/** A lease's monthly payments: written when it is approved, cut when it ends early. */
@ApplicationScoped
public class LeaseSchedules {

    @PersistenceContext private EntityManager em;

    /** One payment a month for the approved lease's whole term, at the money it fixed. */
    public void writeFor(Lease lease) {
        for (LeaseTerms.Month m :
                LeaseTerms.schedule(
                        lease.startsOn(),
                        lease.endsOn(),
                        lease.monthlyRent(),
                        lease.subsidyPercent())) {
            em.persist(
                    new LeasePayment(
                            lease.id(), m.month().atDay(1), m.market(), m.payment(), m.subsidy()));
        }
    }

    /** A lease ended early keeps the month it ends in and loses the months after it. */
    public void cutAfter(Lease lease, LocalDate lastDay) {
        em.createQuery("DELETE FROM LeasePayment p WHERE p.leaseId = :lease AND p.month > :last")
                .setParameter("lease", lease.id())
                .setParameter("last", lastDay.withDayOfMonth(1))
                .executeUpdate();
    }

    public List<LeasePayment> payments(long leaseId) {
        return em.createQuery(
                        "SELECT p FROM LeasePayment p WHERE p.leaseId = :lease ORDER BY p.month",
                        LeasePayment.class)
                .setParameter("lease", leaseId)
                .getResultList();
    }

    /** The schedule as people read it. */
    public List<LeaseTerms.Month> months(long leaseId) {
        return payments(leaseId).stream()
                .map(
                        p ->
                                new LeaseTerms.Month(
                                        YearMonth.from(p.month()),
                                        p.market(),
                                        p.payment(),
                                        p.subsidy(),
                                        p.paid()))
                .toList();
    }
}
