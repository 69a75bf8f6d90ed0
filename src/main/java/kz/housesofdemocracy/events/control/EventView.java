package kz.housesofdemocracy.events.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as the calendar shows it, in its place's local time, with the seats left. */
@Schema(description = "An event, in its place's local time, with its registration figures.")
public record EventView(
        long id,
        @Schema(
                        description = "Who it is for: the whole country, a region, or one House.",
                        enumeration = {"NATIONAL", "REGIONAL", "HOUSE"})
                String scope,
        @Schema(
                        description = "The region's ISO 3166-2 code; null for national events.",
                        nullable = true)
                String regionCode,
        @Schema(description = "The House's id for HOUSE events, else null.", nullable = true)
                Long houseId,
        @Schema(description = "The House's name, for HOUSE events.", nullable = true)
                LocalizedText houseName,
        @Schema(description = "The title in Kazakh, Russian and English.") LocalizedText title,
        @Schema(description = "The description in Kazakh, Russian and English.")
                LocalizedText description,
        @Schema(description = "The start (UTC instant).") Instant startsAt,
        @Schema(description = "The end, exclusive (UTC instant).") Instant endsAt,
        @Schema(description = "The first day in the place's local time (ISO date).") LocalDate date,
        @Schema(description = "The local start time (HH:mm:ss).", type = SchemaType.STRING)
                LocalTime start,
        @Schema(description = "The last day in the place's local time (ISO date).")
                LocalDate endDate,
        @Schema(description = "The local end time (HH:mm:ss).", type = SchemaType.STRING)
                LocalTime end,
        @Schema(description = "Whether it takes whole days.") boolean allDay,
        @Schema(description = "Public events are listed for all and take registrations.")
                boolean publicEvent,
        @Schema(description = "Whether it takes registrations (it has a capacity).")
                boolean registration,
        @Schema(description = "Whether registrations are open now.") boolean registrationOpen,
        @Schema(
                        description = "The number of seats; null when it takes no registrations.",
                        nullable = true)
                Integer capacity,
        @Schema(description = "Registrations confirmed with a seat.") int confirmed,
        @Schema(description = "Registrations on the waitlist.") int waiting,
        @Schema(description = "Registrations whose link has not been followed yet.")
                int unconfirmed,
        @Schema(
                        description =
                                "When registration closes (UTC instant); null when it takes none.",
                        nullable = true)
                Instant registrationDeadline,
        @Schema(description = "Whether it has been cancelled.") boolean cancelled,
        @Schema(description = "The ids of the rooms it holds.") List<Long> heldRoomIds)
        implements Serializable {

    public Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }
}
