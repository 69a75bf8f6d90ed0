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

    /**
     * How many things, past or future and not cancelled, would lie outside a room's life if it
     * counted from {@code opens} until {@code closes}: starting before {@code opens}, or not over
     * by {@code closes} (a null bound: none that side). None by default.
     */
    default long countOnRoomOutside(long roomId, Instant opens, Instant closes) {
        return 0;
    }

    /**
     * The same for an office; by default the commitments {@link #onOffice} lists: those starting
     * before {@code opens}, and those still running on the day of {@code closes}.
     */
    default long countOnOfficeOutside(long officeId, Instant opens, Instant closes) {
        java.util.Set<String> outside = new java.util.HashSet<>();
        if (opens != null) {
            onOffice(officeId, Instant.EPOCH).stream()
                    .filter(c -> c.start().isBefore(opens))
                    .forEach(c -> outside.add(c.kind() + c.reference()));
        }
        if (closes != null) {
            onOffice(officeId, closes).forEach(c -> outside.add(c.kind() + c.reference()));
        }
        return outside.size();
    }
}
