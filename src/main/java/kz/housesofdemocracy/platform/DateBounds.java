package kz.housesofdemocracy.platform;

import java.time.LocalDate;

/**
 * The dates this system has any use for, in one place: every date that comes in (JSON, query, path)
 * must lie between them. Wide enough for an NGO registered in 1991 and a lease signed for decades;
 * narrow enough that "+999999-01-01" is refused instead of stored.
 */
public final class DateBounds {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private DateBounds() {}

    public static boolean yearWithin(long year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean within(LocalDate date) {
        return date != null && yearWithin(date.getYear());
    }
}
