package kz.housesofdemocracy.reports.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.platform.Period;

/**
 * Rooms by month: the bookings summed in SQL plus the room's time. Available time is the open time
 * less blackouts (not event holds, which are use) and less the time after the room was retired or
 * its House closed; used time includes event holds.
 */
public final class RoomFigures {

    private RoomFigures() {}

    /** Twelve months of figures for every room of the places, in their order. */
    public static Map<Long, Figures[]> byRoom(
            ReportScope scope,
            ReportPlaces places,
            Set<LocalDate> daysOff,
            List<Blackout> blackouts,
            Map<Long, Figures[]> bookings) {
        Map<Long, Figures[]> byRoom = new LinkedHashMap<>();
        for (ReportPlaces.Room room : places.rooms()) {
            ReportPlaces.House house = places.houses().get(room.house());
            OpenTime open =
                    new OpenTime(scope.year(), house.zone(), places.week(room.house()), daysOff);
            byRoom.put(
                    room.id(),
                    months(
                            open,
                            room,
                            house,
                            blackouts,
                            bookings.getOrDefault(room.id(), Months.zeros())));
        }
        return byRoom;
    }

    private static Figures[] months(
            OpenTime open,
            ReportPlaces.Room room,
            ReportPlaces.House house,
            List<Blackout> blackouts,
            Figures[] booked) {
        List<Period> closed = new ArrayList<>();
        List<Period> held = new ArrayList<>();
        for (Blackout b : blackouts) {
            if (b.covers(room)) {
                (b.event() ? held : closed).add(b.period());
            }
        }
        if (room.retiredAt() != null) {
            closed.add(Period.of(room.retiredAt(), Instant.MAX));
        }
        if (house.closedAt() != null) {
            closed.add(Period.of(house.closedAt(), Instant.MAX));
        }
        long[] openMinutes = open.open();
        long[] closedMinutes = open.covered(closed);
        long[] heldMinutes = open.covered(held);
        Figures[] months = new Figures[12];
        for (int m = 0; m < 12; m++) {
            months[m] =
                    booked[m].plus(
                            Figures.rooms(
                                    openMinutes[m] - closedMinutes[m],
                                    0,
                                    heldMinutes[m],
                                    0,
                                    0,
                                    BigDecimal.ZERO,
                                    BigDecimal.ZERO,
                                    BigDecimal.ZERO));
        }
        return months;
    }
}
