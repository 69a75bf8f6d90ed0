package kz.housesofdemocracy.reports.control;

import kz.housesofdemocracy.platform.Period;

/**
 * A House's or a room's blackout as a report counts it: time taken from the open time, or, when it
 * holds the space for an event, time used.
 */
public record Blackout(Long room, long house, Period period, boolean event) {

    /** True when the blackout closes the room: its own, or one of the whole House. */
    public boolean covers(ReportPlaces.Room r) {
        return house == r.house() && (room == null || room == r.id());
    }
}
