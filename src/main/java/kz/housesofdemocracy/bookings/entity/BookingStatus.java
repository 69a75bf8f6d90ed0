package kz.housesofdemocracy.bookings.entity;

import java.util.EnumSet;
import java.util.Set;

/** A booking's life: pending (needs approval) → confirmed or rejected; cancelled; no-show. */
public enum BookingStatus {
    PENDING,
    CONFIRMED,
    REJECTED,
    CANCELLED,
    NO_SHOW;

    /** The states that hold the room: two of these never overlap. */
    public static final Set<BookingStatus> HOLDING = EnumSet.of(PENDING, CONFIRMED);
}
