package kz.housesofdemocracy.reports.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.platform.Clocks;

/**
 * Offices by House and month: the m²-months offered (an office counts for the days of its life:
 * from when it became available, and its House opened, until it was retired or its House closed)
 * and those leased, with the lease money.
 */
public final class OfficeFigures {

    /** An office with the lease payments of one month ({@code dueMonth} null when none). */
    public record Row(
            long office,
            long house,
            BigDecimal area,
            LocalDate availableFrom,
            Instant retiredAt,
            LocalDate dueMonth,
            BigDecimal market,
            BigDecimal payments,
            BigDecimal subsidy) {}

    private OfficeFigures() {}

    /** Twelve months of office figures for each House with offices. */
    public static Map<Long, Figures[]> byHouse(
            ReportScope scope, ReportPlaces places, List<Row> rows) {
        Map<Long, Figures[]> byHouse = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Row row : rows) {
            Figures[] months = byHouse.computeIfAbsent(row.house(), k -> Months.zeros());
            if (seen.add(row.office())) {
                ReportPlaces.House owner = places.houses().get(row.house());
                for (int m = 0; m < 12; m++) {
                    BigDecimal offered =
                            offered(
                                    row.area(),
                                    row.availableFrom(),
                                    row.retiredAt(),
                                    owner,
                                    scope.year(),
                                    m + 1);
                    if (offered.signum() > 0) {
                        months[m] =
                                months[m].plus(
                                        Figures.offices(
                                                offered,
                                                BigDecimal.ZERO,
                                                BigDecimal.ZERO,
                                                BigDecimal.ZERO,
                                                BigDecimal.ZERO));
                    }
                }
            }
            if (row.dueMonth() != null) {
                int m = row.dueMonth().getMonthValue() - 1;
                months[m] =
                        months[m].plus(
                                Figures.offices(
                                        BigDecimal.ZERO,
                                        row.area(),
                                        row.market(),
                                        row.payments(),
                                        row.subsidy()));
            }
        }
        return byHouse;
    }

    /**
     * The office's m²-months of a month: its area times the share of the month's days that fall in
     * its life, from the later of its {@code available_from} and its House's opening day until the
     * earlier of its retirement and the House's closing (a day counts when its start in the House's
     * zone comes before that moment).
     */
    static BigDecimal offered(
            BigDecimal area,
            LocalDate availableFrom,
            Instant retiredAt,
            ReportPlaces.House owner,
            int year,
            int month) {
        LocalDate from = availableFrom;
        Instant end = retiredAt;
        ZoneId zone = Clocks.KAZAKHSTAN;
        if (owner != null) {
            zone = owner.zone();
            if (owner.openedOn() != null && (from == null || owner.openedOn().isAfter(from))) {
                from = owner.openedOn();
            }
            if (owner.closedAt() != null && (end == null || owner.closedAt().isBefore(end))) {
                end = owner.closedAt();
            }
        }
        LocalDate first = LocalDate.of(year, month, 1);
        int length = first.lengthOfMonth();
        int days = 0;
        for (LocalDate day = first; day.getMonthValue() == month; day = day.plusDays(1)) {
            if ((from == null || !day.isBefore(from))
                    && (end == null || day.atStartOfDay(zone).toInstant().isBefore(end))) {
                days++;
            }
        }
        if (days == length) {
            return area;
        }
        return area.multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(length), 2, RoundingMode.HALF_UP);
    }
}
