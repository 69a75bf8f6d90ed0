package kz.housesofdemocracy.access.control;

import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.platform.Refusal;

/**
 * The one answer to "may this person do this to that?", used by pages and REST alike. Scopes are
 * checked against the object's own House and region, which the caller looks up from the stored
 * object: an id from a URL or form is never trusted to name its own scope.
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    public static boolean may(Caller caller, Action action, Scope scope) {
        if (caller == null) {
            return false;
        }
        boolean admin = caller.holds(Role.NATIONAL_ADMIN);
        return switch (action) {
            case ENTER_STAFF_AREA -> caller.isStaff();
            case VIEW_HOUSE_STAFF ->
                    admin
                            || (scope.houseId() != null && caller.managesHouse(scope.houseId()))
                            || (scope.regionCode() != null
                                    && caller.approvesIn(scope.regionCode()));
            case MANAGE_HOUSE ->
                    admin || (scope.houseId() != null && caller.managesHouse(scope.houseId()));
            case DECIDE_IN_REGION ->
                    scope.regionCode() != null && caller.approvesIn(scope.regionCode());
            case USE_OWN_ACCOUNT ->
                    scope.accountId() != null && scope.accountId() == caller.accountId();
            case MANAGE_ROLES, READ_AUDIT, ADMINISTER_PREMISES, EDIT_ELIGIBILITY_POLICY -> admin;
            case DECIDE_BOOKING ->
                    ((scope.houseId() != null && caller.managesHouse(scope.houseId()))
                                    || (scope.regionCode() != null
                                            && caller.approvesIn(scope.regionCode())))
                            && (scope.ngoId() == null || !caller.represents(scope.ngoId()));
            case VIEW_HOUSE_BOOKINGS ->
                    admin
                            || (scope.houseId() != null && caller.managesHouse(scope.houseId()))
                            || (scope.regionCode() != null
                                    && caller.approvesIn(scope.regionCode()));
            case VIEW_NGO ->
                    admin
                            || (scope.ngoId() != null && caller.represents(scope.ngoId()))
                            || (scope.regionCode() != null
                                    && caller.approvesIn(scope.regionCode()));
            case ACT_FOR_NGO -> scope.ngoId() != null && caller.represents(scope.ngoId());
            case DECIDE_ON_NGO ->
                    scope.regionCode() != null
                            && caller.approvesIn(scope.regionCode())
                            && (scope.ngoId() == null || !caller.represents(scope.ngoId()));
            case ORGANISE_EVENT ->
                    admin || (scope.regionCode() != null && caller.approvesIn(scope.regionCode()));
            case OPEN_LEASE_WINDOW ->
                    admin || (scope.regionCode() != null && caller.approvesIn(scope.regionCode()));
            case RECOMMEND_LEASE ->
                    (admin || (scope.houseId() != null && caller.managesHouse(scope.houseId())))
                            && (scope.ngoId() == null || !caller.represents(scope.ngoId()));
            case DECIDE_LEASE ->
                    scope.regionCode() != null
                            && caller.approvesIn(scope.regionCode())
                            && (scope.ngoId() == null || !caller.represents(scope.ngoId()));
            case VIEW_LEASE ->
                    admin
                            || (scope.ngoId() != null && caller.represents(scope.ngoId()))
                            || (scope.houseId() != null && caller.managesHouse(scope.houseId()))
                            || (scope.regionCode() != null
                                    && caller.approvesIn(scope.regionCode()));
            case READ_REPORT ->
                    admin || (scope.regionCode() != null && caller.approvesIn(scope.regionCode()));
            case IMPORT_NGOS ->
                    admin
                            || (scope.regionCode() == null
                                    ? caller.holds(Role.AKIMAT_APPROVER)
                                    : caller.approvesIn(scope.regionCode()));
            case LIST_NGOS ->
                    admin || (scope.regionCode() != null && caller.approvesIn(scope.regionCode()));
        };
    }

    /** Refuses (403, or 401 for nobody signed in) unless {@link #may} allows. */
    public static void require(Caller caller, Action action, Scope scope) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        if (!may(caller, action, scope)) {
            throw Refusal.forbidden();
        }
    }
}
