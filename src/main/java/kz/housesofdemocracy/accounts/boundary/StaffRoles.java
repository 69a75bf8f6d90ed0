package kz.housesofdemocracy.accounts.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.RoleGrant;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Region;

/**
 * The national administrator's staff roles: who manages which House, who approves in which region.
 * Nobody changes their own roles (four eyes), and every change is audited with its scope and
 * reason.
 */
@Stateless
public class StaffRoles {

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;

    /** An account as the administrator finds it. */
    public record AccountRow(long id, String email, String name, String status)
            implements java.io.Serializable {}

    /** One grant, with its scope named for people. */
    public record GrantRow(
            long id,
            Role role,
            Long houseId,
            LocalizedText houseName,
            String regionCode,
            LocalizedText regionName)
            implements java.io.Serializable {}

    /** A page of accounts whose e-mail or name contains the query, ordered by e-mail. */
    public List<AccountRow> search(Caller caller, String query, int first, int size) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        return em
                .createQuery(
                        "SELECT a FROM Account a WHERE LOWER(a.email) LIKE :q OR LOWER(a.displayName) LIKE :q ORDER BY a.email",
                        Account.class)
                .setParameter("q", like(query))
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), 100))
                .getResultList()
                .stream()
                .map(a -> new AccountRow(a.id(), a.email(), a.displayName(), a.status().name()))
                .toList();
    }

    public long count(Caller caller, String query) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        return em.createQuery(
                        "SELECT COUNT(a) FROM Account a WHERE LOWER(a.email) LIKE :q OR LOWER(a.displayName) LIKE :q",
                        Long.class)
                .setParameter("q", like(query))
                .getSingleResult();
    }

    public List<GrantRow> grants(Caller caller, long accountId) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        account(accountId);
        return em
                .createNamedQuery(RoleGrant.OF_ACCOUNT, RoleGrant.class)
                .setParameter("account", accountId)
                .getResultList()
                .stream()
                .map(StaffRoles::row)
                .toList();
    }

    /** Grants a role; refuses a scope that does not fit the role, a duplicate, or oneself. */
    public GrantRow grant(
            Caller caller,
            long accountId,
            Role role,
            Long houseId,
            String regionCode,
            String reason) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        Account account = account(accountId);
        refuseOwn(caller, accountId);
        InputCheck check =
                InputCheck.start().present("role", role).optionalText("reason", reason, 500);
        House house = null;
        Region region = null;
        if (role != null && role.scopedToHouse()) {
            house = houseId == null ? null : em.find(House.class, houseId);
            check.when(house == null, "houseId", "validation.house.required");
        }
        if (role != null && role.scopedToRegion()) {
            region = regionCode == null ? null : em.find(Region.class, regionCode);
            check.when(region == null, "regionCode", "validation.region.required");
        }
        check.orRefuse();
        Long scopeHouse = house == null ? null : house.id();
        String scopeRegion = region == null ? null : region.code();
        boolean duplicate =
                em
                        .createNamedQuery(RoleGrant.OF_ACCOUNT, RoleGrant.class)
                        .setParameter("account", accountId)
                        .getResultList()
                        .stream()
                        .anyMatch(g -> g.sameAs(role, scopeHouse, scopeRegion));
        if (duplicate) {
            throw Refusal.conflict("duplicate-grant", "refusal.grant.duplicate");
        }
        RoleGrant grant = RoleGrant.of(account, role, house, region, clock.instant());
        em.persist(grant);
        audit.record(
                caller,
                "role.granted",
                Subject.of(
                        "account", accountId, house != null ? house.region().code() : scopeRegion),
                describe(grant)
                        + (reason == null || reason.isBlank() ? "" : "; " + reason.strip()));
        return row(grant);
    }

    /** Grants the House-manager role for one House to the account with this e-mail address. */
    public GrantRow appointHouseManager(Caller caller, String email, long houseId) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        InputCheck.start().email("managerEmail", email).orRefuse();
        Account account =
                em
                        .createNamedQuery(Account.BY_EMAIL, Account.class)
                        .setParameter("email", Account.normalize(email))
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        Refusal.invalid(
                                                "managerEmail", "validation.account.unknown"));
        return grant(caller, account.id(), Role.HOUSE_MANAGER, houseId, null, null);
    }

    public void revoke(Caller caller, long accountId, long grantId, String reason) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        refuseOwn(caller, accountId);
        InputCheck.start().optionalText("reason", reason, 500).orRefuse();
        RoleGrant grant = em.find(RoleGrant.class, grantId);
        if (grant == null || !grant.account().id().equals(accountId)) {
            throw Refusal.notFound("refusal.grant.notFound");
        }
        em.remove(grant);
        audit.record(
                caller,
                "role.revoked",
                Subject.of(
                        "account",
                        accountId,
                        grant.house() != null ? grant.house().region().code() : grant.regionCode()),
                describe(grant)
                        + (reason == null || reason.isBlank() ? "" : "; " + reason.strip()));
    }

    /** One of a person's staff roles with the name of what it covers. */
    public record ScopeRow(Role role, LocalizedText houseName, LocalizedText regionName)
            implements java.io.Serializable {}

    /** The caller's own staff roles, named for people (the staff area's first page). */
    public List<ScopeRow> scopesOf(Caller caller) {
        return em
                .createNamedQuery(RoleGrant.OF_ACCOUNT, RoleGrant.class)
                .setParameter("account", caller.accountId())
                .getResultList()
                .stream()
                .filter(g -> g.role().isStaff())
                .map(
                        g ->
                                new ScopeRow(
                                        g.role(),
                                        g.house() == null ? null : g.house().name(),
                                        g.region() == null ? null : g.region().name()))
                .toList();
    }

    /** Someone who looks after a House: its managers and its region's approvers. */
    public record StaffMember(long accountId, String name, String email, Role role)
            implements java.io.Serializable {}

    /** A House's staff, for that House's managers, its region's approvers and administrators. */
    public List<StaffMember> houseStaff(Caller caller, long houseId) {
        House house = em.find(House.class, houseId);
        if (house == null) {
            throw Refusal.notFound("problem.house.notFound", houseId);
        }
        AccessPolicy.require(
                caller, Action.VIEW_HOUSE_STAFF, Scope.house(house.id(), house.region().code()));
        return em
                .createQuery(
                        "SELECT g FROM RoleGrant g JOIN FETCH g.account WHERE g.house = :house"
                                + " OR (g.role = :approver AND g.region = :region) ORDER BY g.role, g.id",
                        RoleGrant.class)
                .setParameter("house", house)
                .setParameter("approver", Role.AKIMAT_APPROVER)
                .setParameter("region", house.region())
                .getResultList()
                .stream()
                .map(
                        g ->
                                new StaffMember(
                                        g.account().id(),
                                        g.account().displayName(),
                                        g.account().email(),
                                        g.role()))
                .toList();
    }

    private Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw Refusal.notFound("refusal.account.notFound");
        }
        return account;
    }

    private static void refuseOwn(Caller caller, long accountId) {
        if (caller.accountId() == accountId) {
            throw Refusal.conflict("own-roles", "refusal.grant.own");
        }
    }

    private static String like(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return "%" + q.replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    private static String describe(RoleGrant grant) {
        return grant.role()
                + (grant.houseId() != null ? " house " + grant.houseId() : "")
                + (grant.regionCode() != null ? " region " + grant.regionCode() : "");
    }

    private static GrantRow row(RoleGrant g) {
        return new GrantRow(
                g.id(),
                g.role(),
                g.houseId(),
                g.house() == null ? null : g.house().name(),
                g.regionCode(),
                g.region() == null ? null : g.region().name());
    }
}
