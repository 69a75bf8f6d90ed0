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
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;

/**
 * NGOs whose identity nobody has checked yet, for the akimat approvers of their region (as
 * DECIDE_ON_NGO allows), never an NGO the approver represents. Oldest registration first.
 */
@ApplicationScoped
public class NgosWaiting implements WaitingQueue {

    public static final String KIND = "ngo";

    private static final String WHERE =
            " WHERE n.identity = :unverified"
                    + " AND n.region.code IN :regions AND n.id NOT IN :own";

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
        return bind(em.createQuery("SELECT COUNT(n) FROM Ngo n" + WHERE, Long.class), scope)
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
                                "SELECT n, n.createdAt FROM Ngo n"
                                        + WHERE
                                        + " ORDER BY n.createdAt, n.id",
                                Object[].class),
                        scope)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> item((Ngo) row[0], (Instant) row[1]))
                .toList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, WaitingScope scope) {
        return query.setParameter("unverified", IdentityStatus.UNVERIFIED)
                .setParameter("regions", scope.regions())
                .setParameter("own", scope.ownNgos());
    }

    private static WaitingItem item(Ngo n, Instant since) {
        List<Serializable> args =
                List.of(n.id(), n.name(), n.bin() == null ? "—" : n.bin().toString());
        return new WaitingItem(
                KIND, n.id(), since, "inbox.title.ngo", args, "/staff/ngo.xhtml?id=" + n.id());
    }
}
