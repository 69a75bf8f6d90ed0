package kz.housesofdemocracy.reports.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of a place (room, House, region, nation) for a month or a year. Minutes and money are
 * summed; rates are derived, so that rolling rooms up into Houses and regions stays exact.
 */
@Schema(
        name = "ReportFigures",
        description =
                "The figures of a place for a month or the year: rooms in minutes and tenge,"
                        + " offices in m²-months and tenge. Rates are left to the reader"
                        + " (utilisation = bookedMinutes ÷ availableMinutes).")
public record Figures(
        @Schema(description = "Minutes the rooms were open for booking.", required = true)
                long availableMinutes,
        @Schema(description = "Minutes booked.", required = true) long bookedMinutes,
        @Schema(description = "Minutes used: checked in, or held by events.", required = true)
                long usedMinutes,
        @Schema(description = "Bookings that held a room.", required = true) long heldBookings,
        @Schema(description = "Of those, no-shows.", required = true) long noShows,
        @Schema(description = "The market value of the booked time, in tenge.", required = true)
                BigDecimal marketValue,
        @Schema(description = "The state's subsidy for rooms, in tenge.", required = true)
                BigDecimal subsidy,
        @Schema(description = "What the NGOs were charged for rooms, in tenge.", required = true)
                BigDecimal charged,
        @Schema(description = "Office area available, in m²-months.", required = true)
                BigDecimal officeM2MonthsAvailable,
        @Schema(description = "Office area leased, in m²-months.", required = true)
                BigDecimal officeM2MonthsLeased,
        @Schema(description = "The market value of the leased offices, in tenge.", required = true)
                BigDecimal leaseMarketValue,
        @Schema(description = "What the NGOs pay for offices, in tenge.", required = true)
                BigDecimal leasePayments,
        @Schema(description = "The state's subsidy for offices, in tenge.", required = true)
                BigDecimal leaseSubsidy)
        implements Serializable {

    public static final Figures ZERO =
            new Figures(
                    0,
                    0,
                    0,
                    0,
                    0,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO);

    /** What bookings of rooms add up to: time and money, no offices. */
    public static Figures rooms(
            long availableMinutes,
            long bookedMinutes,
            long usedMinutes,
            long heldBookings,
            long noShows,
            BigDecimal marketValue,
            BigDecimal subsidy,
            BigDecimal charged) {
        return new Figures(
                availableMinutes,
                bookedMinutes,
                usedMinutes,
                heldBookings,
                noShows,
                marketValue,
                subsidy,
                charged,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    /** What offices add up to: m²-months and lease money, no rooms. */
    public static Figures offices(
            BigDecimal m2MonthsAvailable,
            BigDecimal m2MonthsLeased,
            BigDecimal marketValue,
            BigDecimal payments,
            BigDecimal subsidy) {
        return new Figures(
                0,
                0,
                0,
                0,
                0,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                m2MonthsAvailable,
                m2MonthsLeased,
                marketValue,
                payments,
                subsidy);
    }

    public Figures plus(Figures o) {
        return new Figures(
                availableMinutes + o.availableMinutes,
                bookedMinutes + o.bookedMinutes,
                usedMinutes + o.usedMinutes,
                heldBookings + o.heldBookings,
                noShows + o.noShows,
                marketValue.add(o.marketValue),
                subsidy.add(o.subsidy),
                charged.add(o.charged),
                officeM2MonthsAvailable.add(o.officeM2MonthsAvailable),
                officeM2MonthsLeased.add(o.officeM2MonthsLeased),
                leaseMarketValue.add(o.leaseMarketValue),
                leasePayments.add(o.leasePayments),
                leaseSubsidy.add(o.leaseSubsidy));
    }

    /** Booked ÷ available, in per cent with one decimal; zero when nothing was available. */
    public BigDecimal utilisation() {
        return percent(bookedMinutes, availableMinutes);
    }

    /** Used (checked in, event holds) ÷ available, in per cent. */
    public BigDecimal usedShare() {
        return percent(usedMinutes, availableMinutes);
    }

    /** No-shows ÷ bookings that held a room, in per cent. */
    public BigDecimal noShowRate() {
        return percent(noShows, heldBookings);
    }

    /** Leased ÷ available office m²-months, in per cent. */
    public BigDecimal officeOccupancy() {
        return officeM2MonthsAvailable.signum() == 0
                ? BigDecimal.ZERO.setScale(1)
                : officeM2MonthsLeased
                        .multiply(BigDecimal.valueOf(100))
                        .divide(officeM2MonthsAvailable, 1, RoundingMode.HALF_UP);
    }

    public BigDecimal availableHours() {
        return hours(availableMinutes);
    }

    public BigDecimal bookedHours() {
        return hours(bookedMinutes);
    }

    public BigDecimal usedHours() {
        return hours(usedMinutes);
    }

    /** Market value given in rooms and offices together. */
    public BigDecimal totalMarketValue() {
        return marketValue.add(leaseMarketValue);
    }

    /** What the NGOs pay for rooms and offices together. */
    public BigDecimal totalPayments() {
        return charged.add(leasePayments);
    }

    /** The state's subsidy for rooms and offices together. */
    public BigDecimal totalSubsidy() {
        return subsidy.add(leaseSubsidy);
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100)
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
