package kz.housesofdemocracy.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.imports.entity.RowCheck;
import kz.housesofdemocracy.leases.entity.LeaseTerms;
import org.junit.jupiter.api.Test;

/** The months a running lease's row says are paid: by a date, by an amount, or both agreeing. */
class PaidRowsTest {

    /** Two years from 1 January 2026 at 200,000 a month, half subsidised: 100,000 a month. */
    private static final List<LeaseTerms.Month> SCHEDULE =
            LeaseTerms.schedule(
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    new BigDecimal("200000"),
                    50);

    private static RowCheck refused(LocalDate through, String amount) {
        PlaceRows.Wrong wrong =
                assertThrows(
                        PlaceRows.Wrong.class,
                        () ->
                                PaidRows.months(
                                        SCHEDULE,
                                        through,
                                        amount == null ? null : new BigDecimal(amount)));
        return wrong.refusal("row");
    }

    @Test
    void nothingPaidWhenTheRowSaysNothing() {
        assertEquals(0, PaidRows.months(SCHEDULE, null, null));
    }

    @Test
    void aDateCoversEveryMonthUpToAndIncludingItsOwn() {
        assertEquals(3, PaidRows.months(SCHEDULE, LocalDate.of(2026, 3, 31), null));
        assertEquals(3, PaidRows.months(SCHEDULE, LocalDate.of(2026, 3, 1), null));
        assertEquals(1, PaidRows.months(SCHEDULE, LocalDate.of(2026, 1, 15), null));
        assertEquals(24, PaidRows.months(SCHEDULE, LocalDate.of(2027, 12, 31), null));
    }

    @Test
    void anAmountCoversTheWholeMonthsItPays() {
        assertEquals(0, PaidRows.months(SCHEDULE, null, BigDecimal.ZERO));
        assertEquals(4, PaidRows.months(SCHEDULE, null, new BigDecimal("400000.00")));
        assertEquals(
                4, PaidRows.months(SCHEDULE, LocalDate.of(2026, 4, 30), new BigDecimal("400000")));
    }

    @Test
    void paymentsBeyondTheTermAreRefused() {
        RowCheck late = refused(LocalDate.of(2028, 1, 31), null);
        assertEquals("import.refused.leasePaidBeyondTerm", late.reasonKey());
        assertEquals(List.of("2028-01-31", "2027-12-31"), late.reasonArgs());
        assertEquals("import.refused.leasePaidBeyondTerm", refused(null, "2500000").reasonKey());
    }

    @Test
    void aDateBeforeTheTermIsRefused() {
        assertEquals(
                "import.refused.leasePaidBeforeStart",
                refused(LocalDate.of(2025, 12, 31), null).reasonKey());
    }

    @Test
    void anAmountThatIsNotWholeMonthsOrDisagreesWithTheDateIsRefused() {
        RowCheck odd = refused(null, "150000");
        assertEquals("import.refused.leasePaidAmount", odd.reasonKey());
        assertEquals(List.of("150000", "200000.00"), odd.reasonArgs());
        RowCheck disagree = refused(LocalDate.of(2026, 3, 31), "400000");
        assertEquals("import.refused.leasePaidAmount", disagree.reasonKey());
        assertEquals(List.of("400000", "300000.00"), disagree.reasonArgs());
        assertEquals("import.refused.leasePaidAmount", refused(null, "-1").reasonKey());
    }
}
