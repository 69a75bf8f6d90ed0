package kz.housesofdemocracy.access.control;

import java.util.List;
import kz.housesofdemocracy.access.entity.Role;

/**
 * What a waiting queue filters by, read from the caller's grants: the Houses they manage, the
 * regions they approve in, and the NGOs they represent (never their own to decide: four eyes). The
 * lists are never empty, so they can be bound to {@code IN} as they are: an empty scope holds an id
 * and a code that match nothing.
 */
public record WaitingScope(List<Long> houses, List<String> regions, List<Long> ownNgos) {

    private static final List<Long> NO_ID = List.of(-1L);
    private static final List<String> NO_CODE = List.of("--");

    public static WaitingScope of(Caller caller) {
        List<Long> houses =
                caller.grants().stream()
                        .filter(g -> g.role() == Role.HOUSE_MANAGER)
                        .map(Caller.Grant::houseId)
                        .toList();
        List<String> regions =
                caller.grants().stream()
                        .filter(g -> g.role() == Role.AKIMAT_APPROVER)
                        .map(Caller.Grant::regionCode)
                        .toList();
        return new WaitingScope(
                houses.isEmpty() ? NO_ID : houses,
                regions.isEmpty() ? NO_CODE : regions,
                caller.ngos().isEmpty() ? NO_ID : List.copyOf(caller.ngos()));
    }

    public boolean managesAny() {
        return !houses.equals(NO_ID);
    }

    public boolean approvesAny() {
        return !regions.equals(NO_CODE);
    }
}
