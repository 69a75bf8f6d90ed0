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
 * Submitted lease applications the House's manager is to review and recommend (RECOMMEND_LEASE), in
 * the Houses the caller manages, oldest submission first. The administrator may recommend too, as a
 * fallback, but these are a House's items, not national ones: they are not in an administrator's
 * inbox.
 */
@ApplicationScoped
public class LeaseRecommendationsWaiting implements WaitingQueue {

    public static final String KIND = "leaseRecommendation";

    private static final String SCOPED = "h.id IN :houses";

    @PersistenceContext private EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public long count(Caller caller) {
        WaitingScope scope = WaitingScope.of(caller);
        return scope.managesAny()
                ? LeasesWaiting.count(em, LeaseStatus.SUBMITTED, SCOPED, scope)
                : 0;
    }

    @Override
    public List<WaitingItem> oldest(Caller caller, int limit) {
        WaitingScope scope = WaitingScope.of(caller);
        if (!scope.managesAny()) {
            return List.of();
        }
        return LeasesWaiting.oldest(em, LeaseStatus.SUBMITTED, SCOPED, "submittedAt", scope, limit)
                .stream()
                .map(
                        row ->
                                LeasesWaiting.item(
                                        KIND,
                                        "inbox.title.leaseRecommendation",
                                        (Lease) row[0],
                                        (Instant) row[1]))
                .toList();
    }
}
