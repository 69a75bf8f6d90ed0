package kz.housesofdemocracy.ngos.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import kz.housesofdemocracy.ngos.control.Eligibility.Facts;
import kz.housesofdemocracy.ngos.control.Eligibility.Parameters;
import kz.housesofdemocracy.ngos.control.Eligibility.Rule;
import kz.housesofdemocracy.ngos.control.Eligibility.Verdict;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final Parameters POLICY = new Parameters(6, MonthDay.of(3, 31));

    private static Facts good(Set<Integer> filings) {
        return new Facts(
                IdentityStatus.VERIFIED,
                LocalDate.of(2020, 5, 1),
                filings,
                OperatingStatus.ACTIVE,
                true);
    }

    private static boolean passes(Facts facts, Rule rule, LocalDate today) {
        Verdict verdict = Eligibility.evaluate(facts, POLICY, today);
        return verdict.rules().stream()
                .filter(r -> r.rule() == rule)
                .findFirst()
                .orElseThrow()
                .passed();
    }

    @Test
    void anNgoMeetingEveryRuleIsEligibleAndReadsFiveResults() {
        Verdict verdict =
                Eligibility.evaluate(good(Set.of(2025)), POLICY, LocalDate.of(2026, 11, 29));
        assertTrue(verdict.eligible());
        assertEquals(5, verdict.rules().size());
        assertTrue(verdict.rules().stream().allMatch(r -> r.nextStepKey() == null));
    }

    @Test
    void theFilingForTheYearBeforeLastCountsUntil31MarchAndLapsesOn1April() {
        Facts filedFor2025 = good(Set.of(2025));
        assertTrue(passes(filedFor2025, Rule.FILING_CONFIRMED, LocalDate.of(2027, 3, 31)));
        assertFalse(passes(filedFor2025, Rule.FILING_CONFIRMED, LocalDate.of(2027, 4, 1)));
        assertTrue(passes(good(Set.of(2026)), Rule.FILING_CONFIRMED, LocalDate.of(2027, 4, 1)));
        assertFalse(passes(good(Set.of()), Rule.FILING_CONFIRMED, LocalDate.of(2027, 1, 10)));
        Verdict lapsed = Eligibility.evaluate(filedFor2025, POLICY, LocalDate.of(2027, 4, 1));
        assertFalse(lapsed.eligible());
        var filing = lapsed.rules().get(2);
        assertEquals("eligibility.filing.failed", filing.messageKey());
        assertEquals("2026", filing.arguments().get(0));
        assertEquals("eligibility.filing.next", filing.nextStepKey());
    }

    @Test
    void registeredForAtLeastNMonths() {
        Facts facts =
                new Facts(
                        IdentityStatus.VERIFIED,
                        LocalDate.of(2026, 5, 1),
                        Set.of(2025),
                        OperatingStatus.ACTIVE,
                        true);
        assertFalse(passes(facts, Rule.REGISTERED_LONG_ENOUGH, LocalDate.of(2026, 10, 31)));
        assertTrue(passes(facts, Rule.REGISTERED_LONG_ENOUGH, LocalDate.of(2026, 11, 1)));
        var result = Eligibility.evaluate(facts, POLICY, LocalDate.of(2026, 10, 31)).rules().get(1);
        assertEquals(java.util.List.of(6, "2026-11-01"), result.arguments());
        assertTrue(
                passes(facts, Rule.REGISTERED_LONG_ENOUGH, LocalDate.of(2026, 5, 1).plusMonths(0))
                        == false);
        assertTrue(
                Eligibility.evaluate(
                                facts,
                                new Parameters(0, MonthDay.of(3, 31)),
                                LocalDate.of(2026, 5, 1))
                        .rules()
                        .get(1)
                        .passed());
    }

    @Test
    void identitySuspensionAndAreasEachDecide() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertFalse(
                passes(
                        new Facts(
                                IdentityStatus.UNVERIFIED,
                                LocalDate.of(2020, 1, 1),
                                Set.of(2025),
                                OperatingStatus.ACTIVE,
                                true),
                        Rule.IDENTITY_VERIFIED,
                        today));
        assertFalse(
                passes(
                        new Facts(
                                IdentityStatus.REFUSED,
                                LocalDate.of(2020, 1, 1),
                                Set.of(2025),
                                OperatingStatus.ACTIVE,
                                true),
                        Rule.IDENTITY_VERIFIED,
                        today));
        assertFalse(
                passes(
                        new Facts(
                                IdentityStatus.VERIFIED,
                                LocalDate.of(2020, 1, 1),
                                Set.of(2025),
                                OperatingStatus.SUSPENDED,
                                true),
                        Rule.NOT_SUSPENDED,
                        today));
        assertFalse(
                passes(
                        new Facts(
                                IdentityStatus.VERIFIED,
                                LocalDate.of(2020, 1, 1),
                                Set.of(2025),
                                OperatingStatus.LIQUIDATED,
                                true),
                        Rule.NOT_SUSPENDED,
                        today));
        assertFalse(
                passes(
                        new Facts(
                                IdentityStatus.VERIFIED,
                                LocalDate.of(2020, 1, 1),
                                Set.of(2025),
                                OperatingStatus.ACTIVE,
                                false),
                        Rule.SIGNIFICANT_AREA,
                        today));
    }

    @Test
    void acceptedYearsFollowTheGraceDay() {
        assertEquals(
                Set.of(2026, 2025),
                Eligibility.acceptedFilingYears(POLICY, LocalDate.of(2027, 3, 31)));
        assertEquals(
                Set.of(2026), Eligibility.acceptedFilingYears(POLICY, LocalDate.of(2027, 4, 1)));
        assertEquals(
                LocalDate.of(2026, 5, 29),
                Eligibility.registeredBy(POLICY, LocalDate.of(2026, 11, 29)));
    }
}
