package kz.housesofdemocracy.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An NGO's bookings and leases, read apart, add up to what one sum over both gave. */
class NgoMoneyTest {

    @Test
    void bookingsAndLeasesAddUpFigureByFigure() {
        NgoMoney bookings =
                new NgoMoney(
                        90,
                        new BigDecimal("12500.00"),
                        new BigDecimal("0.00"),
                        new BigDecimal("12500.00"));
        NgoMoney leases =
                new NgoMoney(
                        0,
                        new BigDecimal("40000.00"),
                        new BigDecimal("20000.00"),
                        new BigDecimal("20000.00"));
        assertEquals(
                new NgoMoney(
                        90,
                        new BigDecimal("52500.00"),
                        new BigDecimal("20000.00"),
                        new BigDecimal("32500.00")),
                bookings.plus(leases));
    }
}
