package kz.housesofdemocracy.bookings.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import kz.housesofdemocracy.bookings.entity.BookingStatus;

/** What the booking path's native statements share: the holding statuses and bound instants. */
final class BookingSql {

    /** The statuses that hold a room, as an SQL list: {@code 'CONFIRMED', 'PENDING'}. */
    static final String HOLDING =
            BookingStatus.HOLDING.stream()
                    .map(s -> "'" + s.name() + "'")
                    .sorted()
                    .collect(Collectors.joining(", "));

    private BookingSql() {}

    /** An instant bound as the columns store it (TIMESTAMP WITH TIME ZONE, UTC). */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
