package kz.housesofdemocracy.ngos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.WaitingItem;
import kz.housesofdemocracy.access.control.WaitingQueue;
import kz.housesofdemocracy.access.control.WaitingScope;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;

/**
 * Annual filings waiting to be verified, for the akimat approvers of the NGO's region (as
 * DECIDE_ON_NGO allows: a House manager does not verify filings), never of an NGO the approver
 * represents. Oldest filing first.
 */
@ApplicationScoped
public class FilingsWaiting implements WaitingQueue {

    public static final String KIND = "filing";

    private static final String WHERE =
            " WHERE f.status = :pending" + " AND n.region.code IN :regions AND n.id NOT IN :own";

    @PersistenceContext private EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public long count(Caller caller) {
        WaitingScope scope = WaitingScope.of(caller);
        if (!scope.approvesAny()) {
            return 0;
        }
        return bind(
                        em.createQuery(
                                "SELECT COUNT(f) FROM AnnualFiling f JOIN f.ngo n" + WHERE,
                                Long.class),
                        scope)
                .getSingleResult();
    }

    @Override
    public List<WaitingItem> oldest(Caller caller, int limit) {
        WaitingScope scope = WaitingScope.of(caller);
        if (!scope.approvesAny()) {
            return List.of();
        }
        return bind(
                        em.createQuery(
                                "SELECT f, f.createdAt, n FROM AnnualFiling f JOIN f.ngo n"
                                        + WHERE
                                        + " ORDER BY f.createdAt, f.id",
                                Object[].class),
                        scope)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> item((AnnualFiling) row[0], (Instant) row[1]))
                .toList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, WaitingScope scope) {
        return query.setParameter("pending", FilingStatus.PENDING)
                .setParameter("regions", scope.regions())
                .setParameter("own", scope.ownNgos());
    }

    private static WaitingItem item(AnnualFiling f, Instant since) {
        List<Serializable> args = List.of(f.id(), f.year(), f.ngo().name(), f.reference());
        return new WaitingItem(
                KIND,
                f.id(),
                since,
                "inbox.title.filing",
                args,
                "/staff/ngo.xhtml?id=" + f.ngo().id());
    }
}
