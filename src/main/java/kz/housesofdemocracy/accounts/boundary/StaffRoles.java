package kz.housesofdemocracy.accounts.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.control.AccountQueries;
import kz.housesofdemocracy.accounts.control.AccountSearch;
import kz.housesofdemocracy.accounts.control.StaffQueries;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.RoleGrant;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Inject private AccountQueries accounts;
    @Inject private StaffQueries staff;
    @Inject private AccountSearch search;

    /** An account as the administrator finds it. */
    @Schema(name = "StaffAccount", description = "An account as the administrator finds it.")
    public record AccountRow(
            @Schema(description = "The account's id.", required = true) long id,
            @Schema(description = "The e-mail address.", required = true) String email,
            @Schema(description = "The person's name.", required = true) String name,
            @Schema(
                            description = "PENDING (address not confirmed), ACTIVE or DISABLED.",
                            required = true,
                            enumeration = {"PENDING", "ACTIVE", "DISABLED"})
                    String status)
            implements java.io.Serializable {}

    /** One grant, with its scope named for people. */
    @Schema(name = "StaffGrant", description = "One role an account holds, with its scope.")
    public record GrantRow(
            @Schema(description = "The grant's id, for revoking it.", required = true) long id,
            @Schema(required = true) Role role,
            @Schema(description = "The House of a HOUSE_MANAGER grant, else null.", nullable = true)
                    Long houseId,
            @Schema(description = "That House's name in kk, ru and en, else null.", nullable = true)
                    LocalizedText houseName,
            @Schema(
                            description =
                                    "The ISO 3166-2 region code of an AKIMAT_APPROVER grant, else"
                                            + " null.",
                            nullable = true,
                            example = "KZ-71")
                    String regionCode,
            @Schema(
                            description = "That region's name in kk, ru and en, else null.",
                            nullable = true)
                    LocalizedText regionName)
            implements java.io.Serializable {}

    /** A page of accounts whose e-mail or name contains the query, ordered by e-mail. */
    public List<AccountRow> search(Caller caller, String query, int first, int size) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        return staff.search(query, first, size).stream()
                .map(a -> new AccountRow(a.id(), a.email(), a.displayName(), a.status().name()))
                .toList();
    }

    public long count(Caller caller, String query) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        return staff.count(query);
    }

    /** One account of the administrator's list, with its roles and their scopes. */
    public record AccountLine(
            long id, String email, String name, String status, List<GrantRow> grants)
            implements java.io.Serializable {

        public AccountRow row() {
            return new AccountRow(id, email, name, status);
        }
    }

    /** A page of accounts, filtered and sorted in the database; their grants in one more query. */
    public List<AccountLine> list(
            Caller caller,
            AccountSearch.Criteria filter,
            int first,
            int size,
            String sortBy,
            boolean ascending) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        List<Account> page = search.page(filter, first, size, sortBy, ascending);
        var grants = search.grantsOf(page.stream().map(Account::id).toList());
        return page.stream()
                .map(
                        a ->
                                new AccountLine(
                                        a.id(),
                                        a.email(),
                                        a.displayName(),
                                        a.status().name(),
                                        grants.getOrDefault(a.id(), List.of()).stream()
                                                .map(StaffRoles::row)
                                                .toList()))
                .toList();
    }

    public long countAccounts(Caller caller, AccountSearch.Criteria filter) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        return search.count(filter);
    }

    public List<GrantRow> grants(Caller caller, long accountId) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        staff.account(accountId);
        return accounts.grantsOf(accountId).stream().map(StaffRoles::row).toList();
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
        Account account = staff.account(accountId);
        refuseOwn(caller, accountId);
        House house = staff.houseOrNull(role, houseId);
        Region region = staff.regionOrNull(role, regionCode);
        InputCheck check =
                InputCheck.start().present("role", role).optionalText("reason", reason, 500);
        RoleGrant.checkScope(check, role, house, region);
        check.orRefuse();
        String scopeRegion = region == null ? null : region.code();
        if (staff.holds(accountId, role, house == null ? null : house.id(), scopeRegion)) {
            throw Refusal.conflict("duplicate-grant", "refusal.grant.duplicate");
        }
        RoleGrant grant = RoleGrant.of(account, role, house, region, clock.instant());
        em.persist(grant);
        String grantRegion = house != null ? house.region().code() : scopeRegion;
        audit.record(
                caller,
                "role.granted",
                Subject.of("account", accountId, grantRegion),
                grant.describe() + because(reason));
        return row(grant);
    }

    /** Grants the House-manager role for one House to the account with this e-mail address. */
    public GrantRow appointHouseManager(Caller caller, String email, long houseId) {
        AccessPolicy.require(caller, Action.MANAGE_ROLES, Scope.national());
        InputCheck.start().email("managerEmail", email).orRefuse();
        Account account = staff.accountByEmail("managerEmail", email);
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
        String grantRegion =
                grant.house() != null ? grant.house().region().code() : grant.regionCode();
        audit.record(
                caller,
                "role.revoked",
                Subject.of("account", accountId, grantRegion),
                grant.describe() + because(reason));
    }

    /** One of a person's staff roles with the name of what it covers. */
    public record ScopeRow(Role role, LocalizedText houseName, LocalizedText regionName)
            implements java.io.Serializable {}

    /** The caller's own staff roles, named for people (the staff area's first page). */
    public List<ScopeRow> scopesOf(Caller caller) {
        return accounts.grantsOf(caller.accountId()).stream()
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
    @Schema(name = "HouseStaffMember", description = "Someone who looks after a House.")
    public record StaffMember(
            @Schema(description = "The person's account id.", required = true) long accountId,
            @Schema(description = "The person's name.", required = true) String name,
            @Schema(description = "The person's e-mail address.", required = true) String email,
            @Schema(
                            description =
                                    "HOUSE_MANAGER of this House or AKIMAT_APPROVER of its"
                                            + " region.",
                            required = true)
                    Role role)
            implements java.io.Serializable {}

    /** A House's staff, for that House's managers, its region's approvers and administrators. */
    public List<StaffMember> houseStaff(Caller caller, long houseId) {
        House house = staff.house(houseId);
        AccessPolicy.require(
                caller, Action.VIEW_HOUSE_STAFF, Scope.house(house.id(), house.region().code()));
        return staff.staffOf(house).stream()
                .map(
                        g ->
                                new StaffMember(
                                        g.account().id(),
                                        g.account().displayName(),
                                        g.account().email(),
                                        g.role()))
                .toList();
    }

    private static void refuseOwn(Caller caller, long accountId) {
        if (caller.accountId() == accountId) {
            throw Refusal.conflict("own-roles", "refusal.grant.own");
        }
    }

    private static String because(String reason) {
        return reason == null || reason.isBlank() ? "" : "; " + reason.strip();
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
