package kz.housesofdemocracy.reports.control;

import kz.housesofdemocracy.platform.Period;

/**
 * A House's or a room's blackout as the open time counts it: time taken from the open time, or,
 * when it holds the space for an event, time used.
 */
public record Blackout(Long room, long house, Period period, boolean event) {}
