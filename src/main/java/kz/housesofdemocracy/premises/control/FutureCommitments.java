package kz.housesofdemocracy.premises.control;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Schema(
            name = "FutureCommitment",
            description = "Something that still holds a room or office in the future.")
    record Commitment(
            @Schema(description = "What it is: \"booking\", \"lease\", …", example = "lease")
                    String kind,
            @Schema(description = "A reference people can look up.", example = "#12")
                    String reference,
            @Schema(description = "When it starts (UTC instant).") Instant start)
            implements java.io.Serializable {}

    List<Commitment> onRoom(long roomId, Instant now);

    List<Commitment> onOffice(long officeId, Instant now);
}
