package kz.housesofdemocracy.reports.control;

import java.math.BigDecimal;

/**
 * A room's month from the kept tables: the booking figures ({@code room_month_figures}) and the
 * open time ({@code room_month_open}). Available time is the open time inside the room's life less
 * blackouts (not event holds, which are use); used time is the checked-in time plus event holds.
 */
public final class RoomFigures {

    private RoomFigures() {}

    /** One month of a room. */
    public static Figures month(
            long openMinutes,
            long closedMinutes,
            long heldMinutes,
            long bookedMinutes,
            long usedMinutes,
            long heldBookings,
            long noShows,
            BigDecimal marketValue,
            BigDecimal subsidy,
            BigDecimal charged) {
        return Figures.rooms(
                openMinutes - closedMinutes,
                bookedMinutes,
                usedMinutes + heldMinutes,
                heldBookings,
                noShows,
                marketValue,
                subsidy,
                charged);
    }
}
