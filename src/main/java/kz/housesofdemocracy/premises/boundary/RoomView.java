package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Room;
import kz.housesofdemocracy.premises.entity.RoomKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A room as people choose it: what it is, how many it seats, what it has, what an hour costs. */
@Schema(
        description =
                "A room as people choose it: what it is, how many it seats, what it has, what an"
                        + " hour costs, and its booking rules.")
public record RoomView(
        long id,
        RoomKind kind,
        LocalizedText name,
        @Schema(description = "How many people it seats.", example = "20") int capacity,
        @Schema(description = "Reachable without steps (wheelchair access).") boolean stepFree,
        @Schema(description = "The market rate of an hour, in tenge.", example = "5000")
                BigDecimal hourlyRateKzt,
        @Schema(description = "Bookings wait for staff approval instead of being confirmed.")
                boolean needsApproval,
        @Schema(description = "False once retired: no longer bookable.") boolean active,
        @Schema(description = "Shortest booking, in minutes (whole half-hours).", example = "30")
                int minMinutes,
        @Schema(description = "Longest booking, in minutes (whole half-hours).", example = "480")
                int maxMinutes,
        @Schema(description = "How many days ahead it may be booked.", example = "90")
                int horizonDays,
        @Schema(description = "Notice a booking needs, in minutes.", example = "120")
                int noticeMinutes,
        List<EquipmentView> equipment,
        List<PhotoView> photos,
        @Schema(description = "The House it belongs to.", example = "1") long houseId,
        @Schema(
                        description =
                                "Its own first day (ISO 8601, in the House's zone); it counts from the"
                                        + " later of this and its House's.",
                        example = "2027-01-01")
                java.time.LocalDate openedOn,
        @Schema(
                        description =
                                "The day it stops counting (it closes at the start of it, in the"
                                        + " House's zone); null while no closing date is set.",
                        example = "2030-01-01")
                java.time.LocalDate closedOn)
        implements Serializable {

    static RoomView of(Room room, List<PhotoView> photos) {
        return new RoomView(
                room.id(),
                room.kind(),
                room.name(),
                room.capacity().people(),
                room.stepFree(),
                room.hourlyRate().amount(),
                room.needsApproval(),
                room.isActive(),
                room.rules().minMinutes(),
                room.rules().maxMinutes(),
                room.rules().horizonDays(),
                room.rules().noticeMinutes(),
                room.equipment().stream().map(EquipmentView::of).toList(),
                photos,
                room.house().id(),
                room.openedOn(),
                room.closedOn());
    }
}
