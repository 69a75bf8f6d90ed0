package kz.housesofdemocracy.bookings.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one booking adds to the kept figures of its room and month (and of its NGO, House and
 * month): its minutes, the minutes used (checked in), one held booking, a no-show, its money. A
 * booking counts while it is confirmed or a no-show, in the month (first day, in Kazakhstan) in
 * which it starts. The same record carries a difference between two such states, which is what the
 * ledger adds to the tables.
 */
public record BookingFigures(
        LocalDate month,
        long bookedMinutes,
        long usedMinutes,
        long heldBookings,
        long noShows,
        BigDecimal marketValue,
        BigDecimal subsidy,
        BigDecimal charged) {

    /** Where the differences go: the kept tables, in the booking's own transaction. */
    public interface Ledger {
        /** Adds each change to the room's and to the NGO's row of its month. */
        void apply(long roomId, long ngoId, List<BookingFigures> changes);
    }

    /**
     * What moving from one counted state to another adds, per month: nothing, one month's
     * difference, or (the booking moved to another month) minus the old and plus the new. A null
     * state is a booking that does not count. Months whose difference is zero are left out.
     */
    public static List<BookingFigures> changes(BookingFigures before, BookingFigures after) {
        List<BookingFigures> changes = new ArrayList<>(2);
        if (before != null && after != null && before.month.equals(after.month)) {
            add(changes, after.minus(before));
        } else {
            if (before != null) {
                add(changes, before.negated());
            }
            if (after != null) {
                add(changes, after);
            }
        }
        return changes;
    }

    private static void add(List<BookingFigures> changes, BookingFigures change) {
        if (!change.isZero()) {
            changes.add(change);
        }
    }

    public BookingFigures minus(BookingFigures other) {
        return new BookingFigures(
                month,
                bookedMinutes - other.bookedMinutes,
                usedMinutes - other.usedMinutes,
                heldBookings - other.heldBookings,
                noShows - other.noShows,
                marketValue.subtract(other.marketValue),
                subsidy.subtract(other.subsidy),
                charged.subtract(other.charged));
    }

    public BookingFigures negated() {
        return new BookingFigures(
                month,
                -bookedMinutes,
                -usedMinutes,
                -heldBookings,
                -noShows,
                marketValue.negate(),
                subsidy.negate(),
                charged.negate());
    }

    /** Whether this difference moves nothing at all. */
    public boolean isZero() {
        return usedMinutes == 0 && heldBookings == 0 && noShows == 0 && !movesNgoFigures();
    }

    /** Whether this difference moves the NGO's figures (minutes and money; not use, no-shows). */
    public boolean movesNgoFigures() {
        return bookedMinutes != 0
                || marketValue.signum() != 0
                || subsidy.signum() != 0
                || charged.signum() != 0;
    }
}
