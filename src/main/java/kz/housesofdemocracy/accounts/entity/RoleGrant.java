package kz.housesofdemocracy.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Region;

/** One role held by one person, with its scope: a House for managers, a region for approvers. */
@Entity
@Table(name = "role_grant")
@NamedQuery(
        name = RoleGrant.OF_ACCOUNT,
        query =
                "SELECT g FROM RoleGrant g LEFT JOIN FETCH g.house LEFT JOIN FETCH g.region"
                        + " WHERE g.account.id = :account ORDER BY g.id")
public class RoleGrant {

    public static final String OF_ACCOUNT = "RoleGrant.ofAccount";

    @Id
    @SequenceGenerator(
            name = "role_grant_seq",
            sequenceName = "role_grant_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_grant_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "house_id")
    private House house;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    private Region region;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    protected RoleGrant() {}

    private RoleGrant(Account account, Role role, House house, Region region, Instant now) {
        this.account = account;
        this.role = role;
        this.house = house;
        this.region = region;
        this.grantedAt = now;
    }

    /** A grant whose scope matches its role; anything else is refused. */
    public static RoleGrant of(
            Account account, Role role, House house, Region region, Instant now) {
        InputCheck check = InputCheck.start();
        checkScope(check, role, house, region);
        check.orRefuse();
        if (!role.scopedToHouse() && house != null || !role.scopedToRegion() && region != null) {
            throw new IllegalArgumentException("role " + role + " takes no such scope");
        }
        return new RoleGrant(account, role, house, region, now);
    }

    /** A House-scoped role needs its House, a region-scoped one its region (field problems). */
    public static void checkScope(InputCheck check, Role role, House house, Region region) {
        if (role != null && role.scopedToHouse()) {
            check.when(house == null, "houseId", "validation.house.required");
        }
        if (role != null && role.scopedToRegion()) {
            check.when(region == null, "regionCode", "validation.region.required");
        }
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public Role role() {
        return role;
    }

    public House house() {
        return house;
    }

    public Region region() {
        return region;
    }

    public Long houseId() {
        return house == null ? null : house.id();
    }

    public String regionCode() {
        return region == null ? null : region.code();
    }

    /** The role and its scope, as the audit log reads it: "HOUSE_MANAGER house 12". */
    public String describe() {
        return role
                + (houseId() != null ? " house " + houseId() : "")
                + (regionCode() != null ? " region " + regionCode() : "");
    }

    public boolean sameAs(Role otherRole, Long otherHouseId, String otherRegionCode) {
        return role == otherRole
                && java.util.Objects.equals(houseId(), otherHouseId)
                && java.util.Objects.equals(regionCode(), otherRegionCode);
    }
}
