package kz.housesofdemocracy.bookings.control;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import kz.housesofdemocracy.bookings.entity.BookingStatus;

/**
 * Which of an NGO's bookings "my bookings" shows: those still ahead (soonest first), those over
 * (latest first), or those cancelled or rejected (latest first).
 */
public enum BookingFilter {
    UPCOMING(BookingStatus.HOLDING, true),
    PAST(EnumSet.of(BookingStatus.PENDING, BookingStatus.CONFIRMED, BookingStatus.NO_SHOW), false),
    CANCELLED(EnumSet.of(BookingStatus.CANCELLED, BookingStatus.REJECTED), null);

    private final Set<BookingStatus> statuses;
    private final Boolean ahead;

    BookingFilter(Set<BookingStatus> statuses, Boolean ahead) {
        this.statuses = statuses;
        this.ahead = ahead;
    }

    public Set<BookingStatus> statuses() {
        return statuses;
    }

    /** True: only bookings not yet over; false: only those over; null: either. */
    public Boolean ahead() {
        return ahead;
    }

    /** The name in an address ({@code ?show=past}). */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The filter an address names; upcoming when it names none. */
    public static BookingFilter fromTag(String tag) {
        for (BookingFilter filter : values()) {
            if (filter.tag().equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                return filter;
            }
        }
        return UPCOMING;
    }
}
