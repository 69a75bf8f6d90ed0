package kz.housesofdemocracy.bookings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.platform.Money;
import org.junit.jupiter.api.Test;

class PricingTest {

    @Test
    void aFullySubsidisedHallForTwoAndAHalfHours() {
        Booking.Price price =
                Pricing.price(Money.tenge(25_000), Duration.ofMinutes(150), BigDecimal.ONE);
        assertEquals(Money.tenge(62_500), price.marketValue());
        assertEquals(Money.tenge(62_500), price.subsidy());
        assertEquals(Money.ZERO, price.charged());
        assertEquals(new BigDecimal("1.0000"), price.subsidyShare());
    }

    @Test
    void aPartialShareSplitsTheMarketValueExactly() {
        Booking.Price price =
                Pricing.price(
                        Money.tenge(new BigDecimal("6500.50")),
                        Duration.ofMinutes(90),
                        new BigDecimal("0.7"));
        assertEquals(Money.tenge(new BigDecimal("9750.75")), price.marketValue());
        assertEquals(Money.tenge(new BigDecimal("6825.53")), price.subsidy());
        assertEquals(Money.tenge(new BigDecimal("2925.22")), price.charged());
        assertEquals(price.marketValue(), price.subsidy().plus(price.charged()));
    }

    @Test
    void refusesImpossibleShares() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Pricing.price(Money.tenge(1), Duration.ofHours(1), new BigDecimal("1.01")));
    }
}
