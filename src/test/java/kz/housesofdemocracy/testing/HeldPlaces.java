package kz.housesofdemocracy.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.premises.control.FutureCommitments;
import kz.housesofdemocracy.premises.entity.Office;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * Test-only commitments (deployed by the tests, never by the build): a room or office whose English
 * name starts with "[held]" is held by a booking next week, so that retiring it must be refused.
 * The real bookings and leases provide their own implementations.
 */
@ApplicationScoped
public class HeldPlaces implements FutureCommitments {

    public static final String MARK = "[held]";

    @PersistenceContext private EntityManager em;

    @Override
    public List<Commitment> onRoom(long roomId, Instant now) {
        Room room = em.find(Room.class, roomId);
        return held(room == null ? null : room.name().exactly(Language.EN), now);
    }

    @Override
    public List<Commitment> onOffice(long officeId, Instant now) {
        Office office = em.find(Office.class, officeId);
        return held(office == null ? null : office.name().exactly(Language.EN), now);
    }

    private static List<Commitment> held(String name, Instant now) {
        return name != null && name.startsWith(MARK)
                ? List.of(new Commitment("booking", "#TEST-1", now.plus(Duration.ofDays(7))))
                : List.of();
    }
}
