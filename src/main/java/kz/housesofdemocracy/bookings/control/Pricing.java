package kz.housesofdemocracy.bookings.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.platform.Money;

/**
 * The money of a booking: market value is the hourly rate times the hours; the subsidy is the
 * House's share of it for an eligible NGO (100 % by default); the NGO is charged the rest.
 */
public final class Pricing {

    private Pricing() {}

    public static Booking.Price price(Money hourlyRate, Duration length, BigDecimal subsidyShare) {
        if (subsidyShare.signum() < 0 || subsidyShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a share is between 0 and 1");
        }
        BigDecimal hours =
                BigDecimal.valueOf(length.toMinutes())
                        .divide(BigDecimal.valueOf(60), 4, RoundingMode.UNNECESSARY);
        Money market = hourlyRate.times(hours);
        Money subsidy = market.times(subsidyShare);
        return new Booking.Price(
                market,
                subsidyShare.setScale(4, RoundingMode.HALF_UP),
                subsidy,
                market.minus(subsidy));
    }
}
