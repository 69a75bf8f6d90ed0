package kz.housesofdemocracy.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final Scope ASTANA_HOUSE = Scope.house(1, "KZ-71");
    private static final Scope ALMATY_HOUSE = Scope.house(2, "KZ-75");

    private static Caller person(long id, Caller.Grant... grants) {
        return new Caller(id, id + "@example.kz", "P" + id, Language.KK, List.of(grants));
    }

    private final Caller ngo = person(1, new Caller.Grant(Role.NGO_REPRESENTATIVE, null, null));
    private final Caller astanaManager = person(2, new Caller.Grant(Role.HOUSE_MANAGER, 1L, null));
    private final Caller astanaApprover =
            person(3, new Caller.Grant(Role.AKIMAT_APPROVER, null, "KZ-71"));
    private final Caller admin = person(4, new Caller.Grant(Role.NATIONAL_ADMIN, null, null));

    @Test
    void nobodySignedInMayNothing() {
        for (Action action : Action.values()) {
            assertFalse(AccessPolicy.may(null, action, Scope.national()), action.name());
        }
    }

    @Test
    void onlyStaffEnterTheStaffArea() {
        assertFalse(AccessPolicy.may(ngo, Action.ENTER_STAFF_AREA, Scope.national()));
        assertTrue(AccessPolicy.may(astanaManager, Action.ENTER_STAFF_AREA, Scope.national()));
        assertTrue(AccessPolicy.may(astanaApprover, Action.ENTER_STAFF_AREA, Scope.national()));
        assertTrue(AccessPolicy.may(admin, Action.ENTER_STAFF_AREA, Scope.national()));
    }

    @Test
    void aManagerManagesTheirHouseOnly() {
        assertTrue(AccessPolicy.may(astanaManager, Action.MANAGE_HOUSE, ASTANA_HOUSE));
        assertFalse(AccessPolicy.may(astanaManager, Action.MANAGE_HOUSE, ALMATY_HOUSE));
        assertFalse(AccessPolicy.may(astanaApprover, Action.MANAGE_HOUSE, ASTANA_HOUSE));
        assertFalse(AccessPolicy.may(ngo, Action.MANAGE_HOUSE, ASTANA_HOUSE));
        assertTrue(AccessPolicy.may(admin, Action.MANAGE_HOUSE, ALMATY_HOUSE));
    }

    @Test
    void anApproverSeesAndDecidesInTheirRegionOnly() {
        assertTrue(AccessPolicy.may(astanaApprover, Action.VIEW_HOUSE_STAFF, ASTANA_HOUSE));
        assertFalse(AccessPolicy.may(astanaApprover, Action.VIEW_HOUSE_STAFF, ALMATY_HOUSE));
        assertTrue(
                AccessPolicy.may(astanaApprover, Action.DECIDE_IN_REGION, Scope.region("KZ-71")));
        assertFalse(
                AccessPolicy.may(astanaApprover, Action.DECIDE_IN_REGION, Scope.region("KZ-75")));
        assertFalse(
                AccessPolicy.may(astanaManager, Action.DECIDE_IN_REGION, Scope.region("KZ-71")));
        // The national administrator does not stand in for the region's council.
        assertFalse(AccessPolicy.may(admin, Action.DECIDE_IN_REGION, Scope.region("KZ-71")));
    }

    @Test
    void onlyTheAdministratorManagesRolesAndReadsTheAudit() {
        for (Caller other : List.of(ngo, astanaManager, astanaApprover)) {
            assertFalse(AccessPolicy.may(other, Action.MANAGE_ROLES, Scope.national()));
            assertFalse(AccessPolicy.may(other, Action.READ_AUDIT, Scope.national()));
        }
        assertTrue(AccessPolicy.may(admin, Action.MANAGE_ROLES, Scope.national()));
        assertTrue(AccessPolicy.may(admin, Action.READ_AUDIT, Scope.national()));
    }

    @Test
    void everyoneUsesTheirOwnAccountOnly() {
        assertTrue(AccessPolicy.may(ngo, Action.USE_OWN_ACCOUNT, Scope.account(1)));
        assertFalse(AccessPolicy.may(ngo, Action.USE_OWN_ACCOUNT, Scope.account(2)));
        assertFalse(AccessPolicy.may(admin, Action.USE_OWN_ACCOUNT, Scope.account(1)));
    }

    @Test
    void requireRefusesWith401Or403() {
        assertEquals(
                401,
                assertThrows(
                                Refusal.class,
                                () ->
                                        AccessPolicy.require(
                                                null, Action.READ_AUDIT, Scope.national()))
                        .status());
        assertEquals(
                403,
                assertThrows(
                                Refusal.class,
                                () ->
                                        AccessPolicy.require(
                                                ngo, Action.READ_AUDIT, Scope.national()))
                        .status());
        AccessPolicy.require(admin, Action.READ_AUDIT, Scope.national());
    }
}
