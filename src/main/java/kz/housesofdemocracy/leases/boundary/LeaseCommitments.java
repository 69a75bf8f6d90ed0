package kz.housesofdemocracy.leases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.premises.control.FutureCommitments;

/** An office held by an approved or active lease cannot be retired, nor its House closed. */
@ApplicationScoped
public class LeaseCommitments implements FutureCommitments {

    @PersistenceContext private EntityManager em;

    @Override
    public List<Commitment> onRoom(long roomId, Instant now) {
        return List.of();
    }

    @Override
    public List<Commitment> onOffice(long officeId, Instant now) {
        return em
                .createQuery(
                        "SELECT l FROM Lease l WHERE l.office.id = :office AND l.status IN :holding",
                        Lease.class)
                .setParameter("office", officeId)
                .setParameter("holding", LeaseStatus.OCCUPYING)
                .getResultList()
                .stream()
                .filter(l -> !l.lastDay().isBefore(now.atZone(Clocks.KAZAKHSTAN).toLocalDate()))
                .map(
                        l ->
                                new Commitment(
                                        "lease",
                                        "#" + l.id(),
                                        l.startsOn().atStartOfDay(Clocks.KAZAKHSTAN).toInstant()))
                .toList();
    }
}
