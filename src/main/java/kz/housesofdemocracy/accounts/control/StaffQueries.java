package kz.housesofdemocracy.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.RoleGrant;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.persistence.TextSearch;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Region;

/**
 * What the administrator's staff screens read: accounts by e-mail or name, their grants, a House's
 * staff, and the House or region a grant would cover.
 */
@ApplicationScoped
public class StaffQueries {

    @PersistenceContext private EntityManager em;
    @Inject private AccountQueries accounts;

    /** A page of accounts whose e-mail or name contains the query, ordered by e-mail. */
    public List<Account> search(String query, int first, int size) {
        return em.createQuery(
                        "SELECT a FROM Account a WHERE LOWER(a.email) LIKE :q OR LOWER(a.displayName) LIKE :q ORDER BY a.email",
                        Account.class)
                .setParameter("q", TextSearch.contains(query))
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), 100))
                .getResultList();
    }

    public long count(String query) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM Account a WHERE LOWER(a.email) LIKE :q OR LOWER(a.displayName) LIKE :q",
                        Long.class)
                .setParameter("q", TextSearch.contains(query))
                .getSingleResult();
    }

    public Account account(long accountId) {
        return accounts.find(accountId)
                .orElseThrow(() -> Refusal.notFound("refusal.account.notFound"));
    }

    public Account accountByEmail(String field, String email) {
        return accounts.byEmail(Account.normalize(email))
                .orElseThrow(() -> Refusal.invalid(field, "validation.account.unknown"));
    }

    public House house(long houseId) {
        House house = em.find(House.class, houseId);
        if (house == null) {
            throw Refusal.notFound("problem.house.notFound", houseId);
        }
        return house;
    }

    /** The House a House-scoped role would cover, or null when there is none or no such House. */
    public House houseOrNull(Role role, Long houseId) {
        return role == null || !role.scopedToHouse() || houseId == null
                ? null
                : em.find(House.class, houseId);
    }

    /** The region a region-scoped role would cover, or null when there is none or no such one. */
    public Region regionOrNull(Role role, String regionCode) {
        return role == null || !role.scopedToRegion() || regionCode == null
                ? null
                : em.find(Region.class, regionCode);
    }

    /** Whether the account already holds this role with this scope. */
    public boolean holds(long accountId, Role role, Long houseId, String regionCode) {
        return accounts.grantsOf(accountId).stream()
                .anyMatch(g -> g.sameAs(role, houseId, regionCode));
    }

    /** A House's managers and its region's approvers, by role. */
    public List<RoleGrant> staffOf(House house) {
        return em.createQuery(
                        "SELECT g FROM RoleGrant g JOIN FETCH g.account WHERE g.house = :house"
                                + " OR (g.role = :approver AND g.region = :region) ORDER BY g.role, g.id",
                        RoleGrant.class)
                .setParameter("house", house)
                .setParameter("approver", Role.AKIMAT_APPROVER)
                .setParameter("region", house.region())
                .getResultList();
    }
}
