package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;

/**
 * Finding what a lease decision rests on (the lease, its NGO, House and office, each refused with
 * the field a person fixes), the locks a decision takes, and the lists of leases people read.
 */
@ApplicationScoped
public class LeaseQueries {

    @PersistenceContext private EntityManager em;

    public Lease lease(long id) {
        Lease lease = em.find(Lease.class, id);
        if (lease == null) {
            throw Refusal.notFound("lease.notFound", Long.toString(id));
        }
        return lease;
    }

    /** The NGO an application is for: one the caller represents. */
    public Ngo ngoRepresentedBy(Caller caller, Long ngoId) {
        Ngo ngo = ngoId == null ? null : em.find(Ngo.class, ngoId);
        if (ngo == null || !caller.represents(ngo.id())) {
            throw Refusal.invalid("ngoId", "lease.problem.ngo");
        }
        return ngo;
    }

    /** The House an application is for: an open one. */
    public House openHouse(Long houseId) {
        House house = houseId == null ? null : em.find(House.class, houseId);
        if (house == null || !house.isOpen()) {
            throw Refusal.invalid("houseId", "lease.problem.house");
        }
        return house;
    }

    /** The office an application names (none: any office of the House), leasable from a day. */
    public Office officeToLease(Long officeId, House house, LocalDate first) {
        if (officeId == null) {
            return null;
        }
        Office office = em.find(Office.class, officeId);
        if (office == null) {
            throw Refusal.invalid("officeId", "lease.problem.office");
        }
        office.refuseLeaseFrom(house, first);
        return office;
    }

    /**
     * The office an approval gives, locked so that two approvals for it wait for each other: the
     * one applied for, or for an "any office" application the one the decider chose.
     */
    public Office lockOfficeToApprove(Lease lease, Long chosenId) {
        Long wanted = lease.office() != null ? lease.office().id() : chosenId;
        if (wanted == null) {
            throw Refusal.invalid("officeId", "lease.problem.chooseOffice");
        }
        Office office = em.find(Office.class, wanted, LockModeType.PESSIMISTIC_WRITE);
        if (office == null) {
            throw Refusal.invalid("officeId", "lease.problem.office");
        }
        office.refuseLease(lease.house(), lease.startsOn(), lease.endsOn());
        return office;
    }

    /** Locks the lease's NGO, so that its applications are decided one at a time. */
    public void lockNgoOf(Lease lease) {
        em.find(Ngo.class, lease.ngo().id(), LockModeType.PESSIMISTIC_WRITE);
    }

    /** A renewal names a lease of the same NGO and House. */
    public void refuseRenewalOfAnother(Long renewalOf, Ngo ngo, House house) {
        if (renewalOf == null) {
            return;
        }
        Lease renewed = em.find(Lease.class, renewalOf);
        if (renewed == null
                || !renewed.ngo().id().equals(ngo.id())
                || !renewed.house().id().equals(house.id())) {
            throw Refusal.invalid("renewalOf", "lease.problem.renewal");
        }
    }

    /** The applications and leases of some NGOs, latest first. */
    public List<LeaseView> ofNgos(Set<Long> ngoIds) {
        if (ngoIds.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT l FROM Lease l JOIN FETCH l.ngo JOIN FETCH l.house WHERE l.ngo.id IN :ngos ORDER BY l.createdAt DESC, l.id DESC",
                        Lease.class)
                .setParameter("ngos", ngoIds)
                .getResultList()
                .stream()
                .map(LeaseView::of)
                .toList();
    }

    /** Sent applications and leases a member of staff may see, open ones first. */
    public List<LeaseView> queueFor(Caller caller) {
        return em
                .createQuery(
                        "SELECT l FROM Lease l JOIN FETCH l.ngo JOIN FETCH l.house h WHERE l.status <> :draft ORDER BY l.submittedAt DESC, l.id DESC",
                        Lease.class)
                .setParameter("draft", LeaseStatus.DRAFT)
                .setMaxResults(2000)
                .getResultList()
                .stream()
                .filter(l -> AccessPolicy.may(caller, Action.VIEW_LEASE, LeaseScopes.staff(l)))
                .sorted(Comparator.comparing((Lease l) -> !LeaseStatus.OPEN.contains(l.status())))
                .map(LeaseView::of)
                .toList();
    }

    /** Approved leases whose first day has come, and active ones past their last day. */
    public List<Lease> dueToActivateOrEnd(LocalDate today) {
        return em.createQuery(
                        "SELECT l FROM Lease l WHERE (l.status = :approved AND l.startsOn <= :today) OR (l.status = :active AND l.endsOn < :today)",
                        Lease.class)
                .setParameter("approved", LeaseStatus.APPROVED)
                .setParameter("active", LeaseStatus.ACTIVE)
                .setParameter("today", today)
                .getResultList();
    }
}
