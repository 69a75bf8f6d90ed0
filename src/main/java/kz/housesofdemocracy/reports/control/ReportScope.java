package kz.housesofdemocracy.reports.control;

import java.time.Instant;
import java.time.LocalDate;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.Period;

/**
 * What a report covers: a year, and the nation, a region ({@code regionCode}) or a House ({@code
 * houseId}, with no region). The year runs from 1 January to 1 January in Kazakhstan's time.
 */
public record ReportScope(int year, String regionCode, Long houseId) {

    /** The calendar days of the year. */
    public DateSpan days() {
        return DateSpan.of(first(), next().minusDays(1));
    }

    /** The year as instants, from its first midnight to the next year's. */
    public Period period() {
        return Period.of(midnight(first()), midnight(next()));
    }

    /** The first midnight of a month (1 = January). */
    public Instant monthStart(int month) {
        return midnight(first().withMonth(month));
    }

    public LocalDate first() {
        return LocalDate.of(year, 1, 1);
    }

    /** 1 January of the following year. */
    public LocalDate next() {
        return first().plusYears(1);
    }

    public boolean national() {
        return regionCode == null && houseId == null;
    }

    /** The SQL condition on a House {@code h} that keeps this scope's rows. */
    String houseFilter() {
        return houseId != null
                ? " AND h.id = ?h"
                : regionCode != null ? " AND h.region_code = ?r" : "";
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(Clocks.KAZAKHSTAN).toInstant();
    }
}
