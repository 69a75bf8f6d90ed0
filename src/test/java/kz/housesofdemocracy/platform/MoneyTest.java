package kz.housesofdemocracy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTwoDecimalsAndComparesByValue() {
        assertEquals(new BigDecimal("25000.00"), Money.tenge(25_000).amount());
        assertEquals(Money.tenge(new BigDecimal("12.5")), Money.tenge(new BigDecimal("12.50")));
        assertEquals(
                Money.tenge(new BigDecimal("12.5")).hashCode(),
                Money.tenge(new BigDecimal("12.500")).hashCode());
    }

    @Test
    void multipliesAndRoundsHalfUpToTheTiyn() {
        Money hourly = Money.tenge(25_000);
        assertEquals(Money.tenge(62_500), hourly.times(new BigDecimal("2.5")));
        assertEquals(
                new BigDecimal("0.34"), Money.tenge(1).times(new BigDecimal("0.335")).amount());
    }

    @Test
    void addsAndSubtracts() {
        assertEquals(Money.tenge(30_000), Money.tenge(25_000).plus(Money.tenge(5_000)));
        assertEquals(Money.tenge(20_000), Money.tenge(25_000).minus(Money.tenge(5_000)));
        assertEquals(Money.ZERO, Money.tenge(5).minus(Money.tenge(5)));
    }

    @Test
    void refusesNegativeAmounts() {
        assertThrows(IllegalArgumentException.class, () -> Money.tenge(-1));
        assertThrows(IllegalArgumentException.class, () -> Money.tenge(5).minus(Money.tenge(6)));
        assertThrows(IllegalArgumentException.class, () -> Money.tenge((BigDecimal) null));
    }

    @Test
    void knowsWholeAmounts() {
        assertTrue(Money.tenge(83_250).isWhole());
        assertFalse(Money.tenge(new BigDecimal("0.50")).isWhole());
    }

    @Test
    void ordersByAmount() {
        assertTrue(Money.tenge(1).compareTo(Money.tenge(2)) < 0);
        assertEquals(0, Money.tenge(2).compareTo(Money.tenge(new BigDecimal("2.00"))));
    }
}
