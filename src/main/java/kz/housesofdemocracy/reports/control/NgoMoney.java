package kz.housesofdemocracy.reports.control;

import java.math.BigDecimal;

/** An NGO's booked minutes and money (bookings and leases together) in a report's year. */
public record NgoMoney(long minutes, BigDecimal market, BigDecimal payments, BigDecimal subsidy) {

    /** Both together: an NGO's bookings and its leases. */
    public NgoMoney plus(NgoMoney other) {
        return new NgoMoney(
                minutes + other.minutes,
                market.add(other.market),
                payments.add(other.payments),
                subsidy.add(other.subsidy));
    }
}
