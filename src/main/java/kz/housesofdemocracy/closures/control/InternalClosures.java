package kz.housesofdemocracy.closures.control;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.premises.entity.House;

/**
 * Which closures are internal, and who may read why a room is closed: a room held for an event that
 * is not public shows only as closed to anyone outside the House's staff (its managers, its
 * region's approvers, who organise its events, and the national administrators: those who see the
 * House's bookings). Other blackouts keep their reason public.
 *
 * <p>Whether a hold is internal is the hold's own flag ({@link Blackout#internal()}), set by the
 * events component when it makes the hold: this component stays below events.
 */
public final class InternalClosures {

    private InternalClosures() {}

    /** Whether the caller reads the reasons of this House's internal closures. */
    public static boolean seesReasons(Caller caller, House house) {
        return caller != null
                && AccessPolicy.may(
                        caller,
                        Action.VIEW_HOUSE_BOOKINGS,
                        Scope.house(house.id(), house.region().code()));
    }

    /** The ids of the blackouts among these that hold rooms for internal events. */
    public static Set<Long> internal(Collection<Blackout> blackouts) {
        return blackouts.stream()
                .filter(Blackout::internal)
                .map(Blackout::id)
                .collect(Collectors.toSet());
    }
}
