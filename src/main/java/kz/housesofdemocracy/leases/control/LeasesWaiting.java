package kz.housesofdemocracy.leases.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import kz.housesofdemocracy.access.control.WaitingItem;
import kz.housesofdemocracy.access.control.WaitingScope;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeaseStatus;

/**
 * What the two lease queues share: applications in one status, scoped by a condition on the House
 * (h) and never of an NGO the caller represents, oldest by a given moment first.
 */
final class LeasesWaiting {

    private LeasesWaiting() {}

    static long count(EntityManager em, LeaseStatus status, String scoped, WaitingScope scope) {
        return bind(
                        em.createQuery(
                                "SELECT COUNT(l) FROM Lease l JOIN l.house h" + where(scoped),
                                Long.class),
                        status,
                        scope)
                .getSingleResult();
    }

    static List<Object[]> oldest(
            EntityManager em,
            LeaseStatus status,
            String scoped,
            String since,
            WaitingScope scope,
            int limit) {
        return bind(
                        em.createQuery(
                                "SELECT l, l."
                                        + since
                                        + ", h, n FROM Lease l JOIN l.house h JOIN l.ngo n"
                                        + where(scoped)
                                        + " ORDER BY l."
                                        + since
                                        + ", l.id",
                                Object[].class),
                        status,
                        scope)
                .setMaxResults(limit)
                .getResultList();
    }

    static WaitingItem item(String kind, String titleKey, Lease l, Instant since) {
        List<Serializable> args =
                List.of(
                        l.id(),
                        l.ngo().name(),
                        l.house().name(),
                        l.years(),
                        l.startsOn().getYear());
        return new WaitingItem(
                kind,
                l.id(),
                since != null ? since : l.createdAt(),
                titleKey,
                args,
                "/staff/leases.xhtml?id=" + l.id());
    }

    private static String where(String scoped) {
        return " WHERE l.status = :status AND " + scoped + " AND l.ngo.id NOT IN :own";
    }

    private static <T> TypedQuery<T> bind(
            TypedQuery<T> query, LeaseStatus status, WaitingScope scope) {
        query.setParameter("status", status).setParameter("own", scope.ownNgos());
        if (query.getParameters().stream().anyMatch(p -> "houses".equals(p.getName()))) {
            query.setParameter("houses", scope.houses());
        }
        if (query.getParameters().stream().anyMatch(p -> "regions".equals(p.getName()))) {
            query.setParameter("regions", scope.regions());
        }
        return query;
    }
}
