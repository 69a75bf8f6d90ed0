package kz.housesofdemocracy.events.control;

import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.events.entity.Event;

/**
 * Who organises which events: the national administrator every event, a region's approvers the
 * regional and House events of their region.
 */
public final class EventAccess {

    private EventAccess() {}

    /** Whether the caller organises events anywhere at all. */
    public static boolean organisesSomewhere(Caller caller) {
        return caller.holds(Role.NATIONAL_ADMIN) || caller.holds(Role.AKIMAT_APPROVER);
    }

    /** Whether the caller may organise an event of this region (null: a national event). */
    public static boolean organisesIn(Caller caller, String regionCode) {
        return AccessPolicy.may(caller, Action.ORGANISE_EVENT, scopeOf(regionCode));
    }

    public static boolean organises(Caller caller, Event event) {
        return organisesIn(caller, event.regionCode());
    }

    /** Refuses a caller who may not organise this event. */
    public static void requireOrganiser(Caller caller, Event event) {
        AccessPolicy.require(caller, Action.ORGANISE_EVENT, scopeOf(event.regionCode()));
    }

    /** Refuses a caller who may not organise events of this region (null: national ones). */
    public static void requireOrganiserIn(Caller caller, String regionCode) {
        AccessPolicy.require(caller, Action.ORGANISE_EVENT, scopeOf(regionCode));
    }

    private static Scope scopeOf(String regionCode) {
        return regionCode == null ? Scope.national() : Scope.region(regionCode);
    }
}
