package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Office;

/** A House's offices on a day, for its calendar: leased (to whom, until when) or free to lease. */
@ApplicationScoped
public class LeasedOffices {

    @PersistenceContext private EntityManager em;

    /** An office on a House's calendar: leased (to whom, until when) or free to lease. */
    public record OfficeState(
            long officeId,
            LocalizedText name,
            BigDecimal areaSquareMetres,
            LocalizedText leasedTo,
            LocalDate leasedUntil)
            implements Serializable {}

    /** The House's offices on a day, each with the lease that holds it then, if any. */
    public List<OfficeState> on(long houseId, LocalDate day) {
        List<Lease> holding = holdingOn(houseId, day);
        return em
                .createQuery(
                        "SELECT o FROM Office o WHERE o.house.id = :house AND o.status = kz.housesofdemocracy.premises.entity.Room.Status.ACTIVE ORDER BY o.floor, o.id",
                        Office.class)
                .setParameter("house", houseId)
                .getResultList()
                .stream()
                .map(o -> state(o, holding))
                .toList();
    }

    private List<Lease> holdingOn(long houseId, LocalDate day) {
        return em
                .createQuery(
                        "SELECT l FROM Lease l JOIN FETCH l.ngo WHERE l.house.id = :house AND l.status IN :holding AND l.startsOn <= :day",
                        Lease.class)
                .setParameter("house", houseId)
                .setParameter("holding", LeaseStatus.OCCUPYING)
                .setParameter("day", day)
                .getResultList()
                .stream()
                .filter(l -> !l.lastDay().isBefore(day))
                .toList();
    }

    private static OfficeState state(Office o, List<Lease> holding) {
        Lease l =
                holding.stream()
                        .filter(x -> x.office().id().equals(o.id()))
                        .findFirst()
                        .orElse(null);
        return new OfficeState(
                o.id(),
                o.name(),
                o.areaSquareMetres(),
                l == null ? null : l.ngo().name(),
                l == null ? null : l.lastDay());
    }
}
