package kz.housesofdemocracy.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.RoleGrant;
import kz.housesofdemocracy.platform.persistence.TextSearch;

/**
 * The administrator's list of accounts: filtered by text, role, region (of the grant or of its
 * House) and House in the database, sorted by a known column, one page and one count per view.
 */
@ApplicationScoped
public class AccountSearch {

    /** Every part optional (null). */
    public record Criteria(String text, Role role, String regionCode, Long houseId)
            implements java.io.Serializable {}

    private static final Map<String, String> SORTABLE =
            Map.of(
                    "email", "email",
                    "name", "displayName",
                    "status", "status",
                    "createdAt", "createdAt");

    @PersistenceContext private EntityManager em;

    public List<Account> page(
            Criteria filter, int first, int size, String sortBy, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Account> query = cb.createQuery(Account.class);
        Root<Account> account = query.from(Account.class);
        var order = account.get(SORTABLE.getOrDefault(sortBy == null ? "" : sortBy, "email"));
        query.where(predicates(cb, query, account, filter))
                .orderBy(ascending ? cb.asc(order) : cb.desc(order), cb.asc(account.get("id")));
        return em.createQuery(query)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), 500))
                .getResultList();
    }

    public long count(Criteria filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Account> account = query.from(Account.class);
        query.select(cb.count(account)).where(predicates(cb, query, account, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** The grants of a page of accounts, in one query, by account id. */
    public Map<Long, List<RoleGrant>> grantsOf(List<Long> accountIds) {
        Map<Long, List<RoleGrant>> grants = new HashMap<>();
        if (accountIds.isEmpty()) {
            return grants;
        }
        em.createQuery(
                        "SELECT g FROM RoleGrant g LEFT JOIN FETCH g.house LEFT JOIN FETCH g.region"
                                + " WHERE g.account.id IN :ids ORDER BY g.role, g.id",
                        RoleGrant.class)
                .setParameter("ids", accountIds)
                .getResultList()
                .forEach(
                        g ->
                                grants.computeIfAbsent(g.account().id(), k -> new ArrayList<>())
                                        .add(g));
        return grants;
    }

    private static Predicate[] predicates(
            CriteriaBuilder cb, CriteriaQuery<?> query, Root<Account> account, Criteria filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = TextSearch.contains(filter.text());
            where.add(
                    cb.or(
                            cb.like(cb.lower(account.get("email")), like),
                            cb.like(cb.lower(account.get("displayName")), like)));
        }
        boolean byGrant =
                filter.role() != null
                        || filter.houseId() != null
                        || (filter.regionCode() != null && !filter.regionCode().isBlank());
        if (byGrant) {
            var sub = query.subquery(Long.class);
            Root<RoleGrant> grant = sub.from(RoleGrant.class);
            List<Predicate> about = new ArrayList<>();
            about.add(cb.equal(grant.get("account"), account));
            if (filter.role() != null) {
                about.add(cb.equal(grant.get("role"), filter.role()));
            }
            if (filter.houseId() != null) {
                about.add(cb.equal(grant.get("house").get("id"), filter.houseId()));
            }
            if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
                Join<RoleGrant, ?> house = grant.join("house", JoinType.LEFT);
                Join<?, ?> houseRegion = house.join("region", JoinType.LEFT);
                Join<RoleGrant, ?> region = grant.join("region", JoinType.LEFT);
                about.add(
                        cb.or(
                                cb.equal(region.get("code"), filter.regionCode()),
                                cb.equal(houseRegion.get("code"), filter.regionCode())));
            }
            sub.select(grant.get("id")).where(about.toArray(Predicate[]::new));
            where.add(cb.exists(sub));
        }
        return where.toArray(Predicate[]::new);
    }
}
