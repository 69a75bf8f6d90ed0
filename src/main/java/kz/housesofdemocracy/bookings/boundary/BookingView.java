package kz.housesofdemocracy.bookings.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booking as people see it: in the House's local time, with its money. */
@Schema(
        description =
                "A room booked for an NGO's program, in the House's local time, with its money"
                        + " in tenge.")
public record BookingView(
        long id,
        long roomId,
        LocalizedText roomName,
        long houseId,
        LocalizedText houseName,
        long ngoId,
        LocalizedText ngoName,
        @Schema(
                        description = "The day, in the House's local time (ISO 8601).",
                        example = "2026-12-08")
                LocalDate date,
        @Schema(
                        description = "Start, HH:mm:ss in the House's local time.",
                        type = SchemaType.STRING,
                        format = "time",
                        example = "14:00:00")
                LocalTime start,
        @Schema(
                        description = "End, HH:mm:ss in the House's local time.",
                        type = SchemaType.STRING,
                        format = "time",
                        example = "16:00:00")
                LocalTime end,
        @Schema(description = "The start as an instant (UTC).") Instant startsAt,
        @Schema(description = "The end as an instant (UTC).") Instant endsAt,
        @Schema(description = "What the room is used for.") String purpose,
        @Schema(description = "How many people come.") int attendees,
        @Schema(
                        description =
                                "PENDING (waits for approval), CONFIRMED, REJECTED, CANCELLED or NO_SHOW; PENDING and CONFIRMED hold the room.")
                BookingStatus status,
        @Schema(description = "What the room would cost at its hourly rate, in tenge.")
                BigDecimal marketValueKzt,
        @Schema(description = "The part the House's subsidy covers, in tenge.")
                BigDecimal subsidyKzt,
        @Schema(description = "What the NGO pays, in tenge: market value less subsidy.")
                BigDecimal chargedKzt,
        @Schema(description = "Why it was rejected; absent otherwise.") String decisionReason,
        @Schema(description = "Why it was cancelled, when a reason was given; absent otherwise.")
                String cancelReason,
        @Schema(description = "The recurring series it belongs to; absent for a single booking.")
                Long seriesId,
        @Schema(description = "When someone checked in (UTC); absent until then.")
                Instant checkedInAt)
        implements Serializable {

    static BookingView of(Booking b) {
        var zone = b.room().house().timeZone();
        var start = b.startsAt().atZone(zone);
        return new BookingView(
                b.id(),
                b.room().id(),
                b.room().name(),
                b.room().house().id(),
                b.room().house().name(),
                b.ngo().id(),
                b.ngo().name(),
                start.toLocalDate(),
                start.toLocalTime(),
                b.endsAt().atZone(zone).toLocalTime(),
                b.startsAt(),
                b.endsAt(),
                b.purpose(),
                b.attendees(),
                b.status(),
                b.marketValue().amount(),
                b.subsidy().amount(),
                b.charged().amount(),
                b.decisionReason(),
                b.cancelReason(),
                b.series() == null ? null : b.series().id(),
                b.checkedInAt());
    }

    public boolean holding() {
        return BookingStatus.HOLDING.contains(status);
    }
}
