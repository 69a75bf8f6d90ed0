package kz.housesofdemocracy.platform;

import java.time.LocalDate;

/**
 * Something that decides when rooms are open changed: a House's weekly hours, a public holiday, a
 * blackout or an event's or lease's hold, the opening or closing date of a House, room or office.
 * Fired as a CDI event, synchronously, inside the transaction that made the change, by the
 * component that owns the thing; the reports keep each room's open time per month and observe it to
 * recompute the days concerned in the same transaction. A record of {@code platform} so that
 * components on any row can tell without depending on the reports.
 *
 * @param houseId the House concerned, or null for every House (a public holiday)
 * @param first the first day concerned, or null for every kept day
 * @param last the last day concerned (inclusive), or null for every kept day after {@code first}
 */
public record OpenTimeChanged(Long houseId, LocalDate first, LocalDate last) {

    /** Every House, the days from {@code first} to {@code last}. */
    public static OpenTimeChanged everywhere(LocalDate first, LocalDate last) {
        return new OpenTimeChanged(null, first, last);
    }

    /** One House, the days from {@code first} to {@code last} (nulls: every kept day). */
    public static OpenTimeChanged ofHouse(long houseId, LocalDate first, LocalDate last) {
        return new OpenTimeChanged(houseId, first, last);
    }
}
