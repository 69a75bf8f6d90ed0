package kz.housesofdemocracy.leases.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.platform.DateSpan;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The arithmetic of a lease: terms start on 1 January and run for whole years, to 31 December; rent
 * is due by calendar month, so a leap year changes the days but not the months or amounts.
 */
public final class LeaseTerms {

    public static final int SHORTEST_YEARS = 1;
    public static final int LONGEST_YEARS = 3;

    private LeaseTerms() {}

    /** A month of the schedule: what the space is worth, what the NGO pays, the subsidy. */
    @Schema(description = "One month of a lease's payment schedule; amounts in tenge (KZT).")
    public record Month(
            @Schema(
                            type = SchemaType.STRING,
                            description = "The calendar month, yyyy-MM.",
                            pattern = "^[0-9]{4}-[0-9]{2}$",
                            example = "2027-01")
                    YearMonth month,
            @Schema(description = "The office's market rent for the month.", example = "120000.00")
                    BigDecimal market,
            @Schema(description = "What the NGO pays for the month.", example = "60000.00")
                    BigDecimal payment,
            @Schema(description = "What the state pays for the month.", example = "60000.00")
                    BigDecimal subsidy,
            @Schema(
                            description =
                                    "Whether the NGO has paid the month (recorded for leases"
                                            + " imported with their payments so far).")
                    boolean paid)
            implements java.io.Serializable {}

    public static boolean startsOnFirstOfJanuary(LocalDate day) {
        return day != null && MonthDay.from(day).equals(MonthDay.of(1, 1));
    }

    /** The last day of a term: 31 December of its last year. */
    public static LocalDate lastDay(LocalDate start, int years) {
        if (!startsOnFirstOfJanuary(start)) {
            throw new IllegalArgumentException("a term starts on 1 January: " + start);
        }
        if (years < SHORTEST_YEARS || years > LONGEST_YEARS) {
            throw new IllegalArgumentException("a term is 1 to 3 years: " + years);
        }
        return start.plusYears(years).minusDays(1);
    }

    /** The NGO's monthly payment: the market rent less the subsidy share, to the tiyn. */
    public static BigDecimal payment(BigDecimal monthlyRent, int subsidyPercent) {
        if (subsidyPercent < 0 || subsidyPercent > 100) {
            throw new IllegalArgumentException("a share is 0–100 %: " + subsidyPercent);
        }
        return monthlyRent
                .multiply(BigDecimal.valueOf(100L - subsidyPercent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /**
     * One row per calendar month from the start to the last day (inclusive). A lease ended early
     * keeps the month it ends in, in full, and loses the months after it.
     */
    public static List<Month> schedule(
            LocalDate start, LocalDate lastDay, BigDecimal monthlyRent, int subsidyPercent) {
        BigDecimal market = monthlyRent.setScale(2, RoundingMode.HALF_UP);
        BigDecimal payment = payment(market, subsidyPercent);
        BigDecimal subsidy = market.subtract(payment);
        List<Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start);
                !m.isAfter(YearMonth.from(lastDay));
                m = m.plusMonths(1)) {
            months.add(new Month(m, market, payment, subsidy, false));
        }
        return months;
    }

    /** Whether a lease is in its last year on a day: it may then be renewed through a window. */
    public static boolean inLastYear(LocalDate lastDay, LocalDate day) {
        return DateSpan.of(lastDay.minusYears(1).plusDays(1), lastDay).contains(day);
    }
}
