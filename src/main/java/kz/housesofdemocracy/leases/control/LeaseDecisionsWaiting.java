package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.WaitingItem;
import kz.housesofdemocracy.access.control.WaitingQueue;
import kz.housesofdemocracy.access.control.WaitingScope;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeaseStatus;

/**
 * Lease applications reviewed by their House and waiting for the akimat's decision (DECIDE_LEASE),
 * in the regions the caller approves in, never of an NGO they represent; oldest recommendation
 * first.
 */
@ApplicationScoped
public class LeaseDecisionsWaiting implements WaitingQueue {

    public static final String KIND = "leaseDecision";

    private static final String SCOPED = "h.region.code IN :regions";

    @PersistenceContext private EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public long count(Caller caller) {
        WaitingScope scope = WaitingScope.of(caller);
        return scope.approvesAny()
                ? LeasesWaiting.count(em, LeaseStatus.UNDER_REVIEW, SCOPED, scope)
                : 0;
    }

    @Override
    public List<WaitingItem> oldest(Caller caller, int limit) {
        WaitingScope scope = WaitingScope.of(caller);
        if (!scope.approvesAny()) {
            return List.of();
        }
        return LeasesWaiting.oldest(
                        em, LeaseStatus.UNDER_REVIEW, SCOPED, "recommendedAt", scope, limit)
                .stream()
                .map(
                        row ->
                                LeasesWaiting.item(
                                        KIND,
                                        "inbox.title.leaseDecision",
                                        (Lease) row[0],
                                        (Instant) row[1]))
                .toList();
    }
}
