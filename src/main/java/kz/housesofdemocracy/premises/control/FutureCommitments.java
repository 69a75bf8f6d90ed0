package kz.housesofdemocracy.premises.control;

import java.time.Instant;
import java.util.List;

/**
 * What still holds a room, office or House in the future: bookings, leases, event holds. The
 * components that make them implement this; retiring and closing ask every implementation and
 * refuse (or list, for a House) while anything is left.
 */
public interface FutureCommitments {

    /**
     * One thing in the way: its kind ("booking", "lease", …), a reference people can look up, and
     * when it starts.
     */
    record Commitment(String kind, String reference, Instant start)
            implements java.io.Serializable {}

    List<Commitment> onRoom(long roomId, Instant now);

    List<Commitment> onOffice(long officeId, Instant now);
}
