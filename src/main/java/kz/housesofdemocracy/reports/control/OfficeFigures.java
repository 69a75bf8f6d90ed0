package kz.housesofdemocracy.reports.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Offices by House and month: the m²-months offered (an office counts in every month from the one
 * it became available until it was retired or its House closed) and those leased, with the lease
 * money.
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
                Instant retired = retired(row, places.houses().get(row.house()));
                for (int m = 0; m < 12; m++) {
                    if (offered(row.availableFrom(), retired, scope, m + 1)) {
                        months[m] =
                                months[m].plus(
                                        Figures.offices(
                                                row.area(),
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
     * When the office stopped being offered: retired, or its House closed, whichever came first.
     */
    private static Instant retired(Row row, ReportPlaces.House owner) {
        Instant retired = row.retiredAt();
        if (owner != null
                && owner.closedAt() != null
                && (retired == null || owner.closedAt().isBefore(retired))) {
            return owner.closedAt();
        }
        return retired;
    }

    /**
     * True when the office was offered in the month: available by its last day, not retired at its
     * start.
     */
    private static boolean offered(
            LocalDate availableFrom, Instant retired, ReportScope scope, int month) {
        LocalDate monthStart = scope.first().withMonth(month);
        return !availableFrom.isAfter(monthStart.plusMonths(1).minusDays(1))
                && (retired == null || retired.isAfter(scope.monthStart(month)));
    }
}
