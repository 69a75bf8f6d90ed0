package kz.housesofdemocracy.bookings.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** A booking as people see it: in the House's local time, with its money. */
public record BookingView(
        long id,
        long roomId,
        LocalizedText roomName,
        long houseId,
        LocalizedText houseName,
        long ngoId,
        LocalizedText ngoName,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        Instant startsAt,
        Instant endsAt,
        String purpose,
        int attendees,
        BookingStatus status,
        BigDecimal marketValueKzt,
        BigDecimal subsidyKzt,
        BigDecimal chargedKzt,
        String decisionReason,
        String cancelReason,
        Long seriesId,
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
