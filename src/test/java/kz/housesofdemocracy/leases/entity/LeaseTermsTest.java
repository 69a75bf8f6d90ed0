package kz.housesofdemocracy.leases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeaseTermsTest {

    @ParameterizedTest
    @CsvSource({
        "2027-01-01, 1, 2027-12-31, 365, 12",
        "2027-01-01, 2, 2028-12-31, 731, 24",
        "2027-01-01, 3, 2029-12-31, 1096, 36",
        "2028-01-01, 1, 2028-12-31, 366, 12",
        "2028-01-01, 3, 2030-12-31, 1096, 36"
    })
    void termsRunFromFirstOfJanuaryToThirtyFirstOfDecember(
            LocalDate start, int years, LocalDate last, long days, int months) {
        assertEquals(last, LeaseTerms.lastDay(start, years));
        assertEquals(days, ChronoUnit.DAYS.between(start, last) + 1, "leap years counted");
        List<LeaseTerms.Month> schedule =
                LeaseTerms.schedule(start, last, new BigDecimal("150000"), 50);
        assertEquals(months, schedule.size());
        assertEquals(YearMonth.from(start), schedule.get(0).month());
        assertEquals(YearMonth.from(last), schedule.get(months - 1).month());
    }

    @Test
    void aFebruaryOfALeapYearCostsTheSameAsAnyMonth() {
        List<LeaseTerms.Month> schedule =
                LeaseTerms.schedule(
                        LocalDate.of(2028, 1, 1),
                        LocalDate.of(2028, 12, 31),
                        new BigDecimal("100000"),
                        30);
        LeaseTerms.Month february = schedule.get(1);
        assertEquals(YearMonth.of(2028, 2), february.month());
        assertEquals(new BigDecimal("100000.00"), february.market());
        assertEquals(new BigDecimal("70000.00"), february.payment());
        assertEquals(new BigDecimal("30000.00"), february.subsidy());
    }

    @Test
    void paymentsAreRoundedToTheTiynAndAlwaysAddUp() {
        assertEquals(
                new BigDecimal("67000.00"), LeaseTerms.payment(new BigDecimal("100000.00"), 33));
        assertEquals(
                new BigDecimal("77777.77"), LeaseTerms.payment(new BigDecimal("123456.78"), 37));
        assertEquals(new BigDecimal("0.67"), LeaseTerms.payment(new BigDecimal("1.00"), 33));
        assertEquals(new BigDecimal("0.00"), LeaseTerms.payment(new BigDecimal("100000.00"), 100));
        assertEquals(
                new BigDecimal("100000.00"), LeaseTerms.payment(new BigDecimal("100000.00"), 0));
        for (LeaseTerms.Month m :
                LeaseTerms.schedule(
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        new BigDecimal("123456.78"),
                        37)) {
            assertEquals(m.market(), m.payment().add(m.subsidy()));
        }
        assertThrows(IllegalArgumentException.class, () -> LeaseTerms.payment(BigDecimal.TEN, 101));
    }

    @Test
    void aTermNotFromFirstOfJanuaryOrOfTheWrongLengthIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> LeaseTerms.lastDay(LocalDate.of(2027, 3, 1), 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> LeaseTerms.lastDay(LocalDate.of(2027, 1, 1), 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> LeaseTerms.lastDay(LocalDate.of(2027, 1, 1), 4));
        assertTrue(LeaseTerms.startsOnFirstOfJanuary(LocalDate.of(2030, 1, 1)));
        assertFalse(LeaseTerms.startsOnFirstOfJanuary(LocalDate.of(2030, 1, 2)));
        assertFalse(LeaseTerms.startsOnFirstOfJanuary(null));
    }

    @Test
    void aLeaseMayBeRenewedInItsLastYearOnly() {
        LocalDate last = LocalDate.of(2029, 12, 31);
        assertFalse(LeaseTerms.inLastYear(last, LocalDate.of(2028, 12, 31)));
        assertTrue(LeaseTerms.inLastYear(last, LocalDate.of(2029, 1, 1)));
        assertTrue(LeaseTerms.inLastYear(last, LocalDate.of(2029, 9, 15)));
        assertFalse(LeaseTerms.inLastYear(last, LocalDate.of(2030, 1, 1)));
    }
}
