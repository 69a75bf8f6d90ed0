package kz.housesofdemocracy.premises.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.control.FutureCommitments.Commitment;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * What every component that books or leases premises still holds in the future: listed before a
 * House closes, and in the way of retiring a room or an office.
 */
@ApplicationScoped
public class PremisesCommitments {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject private Instance<FutureCommitments> commitments;

    /** Everything on a House's rooms and offices, earliest first. */
    public List<Commitment> onHouse(House house, Instant now) {
        List<Commitment> all = new ArrayList<>();
        for (Room room : house.rooms()) {
            all.addAll(onRoom(room.id(), now));
        }
        for (Office office : house.offices()) {
            all.addAll(onOffice(office.id(), now));
        }
        all.sort(Comparator.comparing(Commitment::start));
        return all;
    }

    public void refuseRetiring(Room room, Instant now) {
        refuseIfAny(onRoom(room.id(), now));
    }

    public void refuseRetiring(Office office, Instant now) {
        refuseIfAny(onOffice(office.id(), now));
    }

    /**
     * Refuses a room's new life (from {@code opens} until {@code closes}, null: no bound) while
     * bookings or holds would lie outside it, naming how many, next to the date in their way.
     */
    public void refuseOutsideLife(Room room, Instant opens, Instant closes) {
        refuseOutside(
                "openedOn",
                "closedOn",
                c -> c.countOnRoomOutside(room.id(), opens, null),
                c -> closes == null ? 0 : c.countOnRoomOutside(room.id(), null, closes));
    }

    /** The same for an office: leases outside its first day and closing moment. */
    public void refuseOutsideLife(Office office, Instant opens, Instant closes) {
        refuseOutside(
                "availableFrom",
                "closedOn",
                c -> c.countOnOfficeOutside(office.id(), opens, null),
                c -> closes == null ? 0 : c.countOnOfficeOutside(office.id(), null, closes));
    }

    /** The same for a House: everything on its rooms and offices. */
    public void refuseOutsideLife(House house, Instant opens, Instant closes) {
        refuseOutside(
                "openedOn",
                "closedOn",
                c -> {
                    long n = 0;
                    for (Room room : house.rooms()) {
                        n += c.countOnRoomOutside(room.id(), opens, null);
                    }
                    for (Office office : house.offices()) {
                        n += c.countOnOfficeOutside(office.id(), opens, null);
                    }
                    return n;
                },
                c -> {
                    long n = 0;
                    if (closes != null) {
                        for (Room room : house.rooms()) {
                            n += c.countOnRoomOutside(room.id(), null, closes);
                        }
                        for (Office office : house.offices()) {
                            n += c.countOnOfficeOutside(office.id(), null, closes);
                        }
                    }
                    return n;
                });
    }

    private void refuseOutside(
            String openField,
            String closeField,
            java.util.function.ToLongFunction<FutureCommitments> before,
            java.util.function.ToLongFunction<FutureCommitments> after) {
        long early = 0;
        long late = 0;
        for (FutureCommitments c : commitments) {
            early += before.applyAsLong(c);
            late += after.applyAsLong(c);
        }
        if (early > 0 || late > 0) {
            List<Refusal.FieldProblem> problems = new ArrayList<>();
            if (early > 0) {
                problems.add(
                        new Refusal.FieldProblem(
                                openField,
                                "validation.life.committedBefore",
                                new Object[] {early}));
            }
            if (late > 0) {
                problems.add(
                        new Refusal.FieldProblem(
                                closeField, "validation.life.committedAfter", new Object[] {late}));
            }
            throw Refusal.invalid(problems);
        }
    }

    private List<Commitment> onRoom(long roomId, Instant now) {
        List<Commitment> all = new ArrayList<>();
        commitments.forEach(c -> all.addAll(c.onRoom(roomId, now)));
        return all;
    }

    private List<Commitment> onOffice(long officeId, Instant now) {
        List<Commitment> all = new ArrayList<>();
        commitments.forEach(c -> all.addAll(c.onOffice(officeId, now)));
        return all;
    }

    /**
     * Refuses with the count and the list of what is in the way ("booking #12 2026-12-03 10:00").
     */
    private static void refuseIfAny(List<Commitment> found) {
        if (!found.isEmpty()) {
            String which =
                    found.stream()
                            .sorted(Comparator.comparing(Commitment::start))
                            .limit(10)
                            .map(
                                    c ->
                                            c.kind()
                                                    + " "
                                                    + c.reference()
                                                    + " "
                                                    + WHEN.format(
                                                            c.start().atZone(Clocks.KAZAKHSTAN)))
                            .collect(Collectors.joining(", "));
            throw Refusal.conflict(
                    "still-committed", "refusal.retire.committed", found.size(), which);
        }
    }
}
