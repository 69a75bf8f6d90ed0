package kz.housesofdemocracy.ngos.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** The SQL form of the rules is given the same filing years as the Java form accepts. */
class EligibilityQueryTest {

    private static final Eligibility.Parameters POLICY =
            new Eligibility.Parameters(6, MonthDay.of(3, 31));

    @Test
    void inTheGracePeriodTheYearBeforeLastStillCounts() {
        assertArrayEquals(
                new int[] {2025, 2026},
                EligibilityQuery.filingYears(POLICY, LocalDate.of(2027, 3, 31)));
    }

    @Test
    void afterTheGracePeriodOnlyLastYearCounts() {
        assertArrayEquals(
                new int[] {2026, 2026},
                EligibilityQuery.filingYears(POLICY, LocalDate.of(2027, 4, 1)));
    }

    @Test
    void theSqlNamesEveryRule() {
        for (String part :
                new String[] {
                    "n.identity = 'VERIFIED'",
                    "n.registered_on <= ?registeredBy",
                    "n.operating = 'ACTIVE'",
                    "f.filing_year IN (?filingYear1, ?filingYear2)",
                    "a.socially_significant = TRUE"
                }) {
            assertTrue(EligibilityQuery.ELIGIBLE_SQL.contains(part), part);
        }
    }
}
