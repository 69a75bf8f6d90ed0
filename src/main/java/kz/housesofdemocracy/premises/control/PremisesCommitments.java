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
