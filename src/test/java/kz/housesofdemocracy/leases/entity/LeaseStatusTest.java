package kz.housesofdemocracy.leases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of states: exactly the transitions of the issue are allowed, all others refused. */
class LeaseStatusTest {

    private static final Map<LeaseStatus, Set<LeaseStatus>> ALLOWED =
            Map.of(
                    LeaseStatus.DRAFT, EnumSet.of(LeaseStatus.SUBMITTED, LeaseStatus.WITHDRAWN),
                    LeaseStatus.SUBMITTED,
                            EnumSet.of(
                                    LeaseStatus.UNDER_REVIEW,
                                    LeaseStatus.WITHDRAWN,
                                    LeaseStatus.REJECTED),
                    LeaseStatus.UNDER_REVIEW,
                            EnumSet.of(
                                    LeaseStatus.APPROVED,
                                    LeaseStatus.REJECTED,
                                    LeaseStatus.WITHDRAWN),
                    LeaseStatus.APPROVED, EnumSet.of(LeaseStatus.ACTIVE, LeaseStatus.TERMINATED),
                    LeaseStatus.ACTIVE, EnumSet.of(LeaseStatus.ENDED, LeaseStatus.TERMINATED),
                    LeaseStatus.ENDED, EnumSet.noneOf(LeaseStatus.class),
                    LeaseStatus.REJECTED, EnumSet.noneOf(LeaseStatus.class),
                    LeaseStatus.WITHDRAWN, EnumSet.noneOf(LeaseStatus.class),
                    LeaseStatus.TERMINATED, EnumSet.noneOf(LeaseStatus.class));

    @Test
    void everyTransitionIsAllowedOrRefusedAsTheLifeOfALeaseSays() {
        int allowed = 0;
        for (LeaseStatus from : LeaseStatus.values()) {
            for (LeaseStatus to : LeaseStatus.values()) {
                boolean expected = ALLOWED.get(from).contains(to);
                assertEquals(expected, from.mayBecome(to), from + " → " + to);
                allowed += expected ? 1 : 0;
            }
        }
        assertEquals(12, allowed);
    }

    @Test
    void openAndHoldingStatesAreTheOnesThatWaitOrHoldAnOffice() {
        assertEquals(EnumSet.of(LeaseStatus.SUBMITTED, LeaseStatus.UNDER_REVIEW), LeaseStatus.OPEN);
        assertEquals(EnumSet.of(LeaseStatus.APPROVED, LeaseStatus.ACTIVE), LeaseStatus.HOLDING);
    }

    @Test
    void aForbiddenMoveNamesWhatStandsInItsWay() {
        assertEquals(
                "lease.problem.notDraft",
                LeaseStatus.SUBMITTED.problemBecoming(LeaseStatus.SUBMITTED));
        assertEquals(
                "lease.problem.notSubmitted",
                LeaseStatus.DRAFT.problemBecoming(LeaseStatus.UNDER_REVIEW));
        assertEquals(
                "lease.problem.notReviewed",
                LeaseStatus.SUBMITTED.problemBecoming(LeaseStatus.APPROVED));
        assertEquals(
                "lease.problem.decided",
                LeaseStatus.REJECTED.problemBecoming(LeaseStatus.APPROVED));
        assertEquals(
                "lease.problem.decided",
                LeaseStatus.APPROVED.problemBecoming(LeaseStatus.WITHDRAWN));
        assertEquals(
                "lease.problem.notHolding",
                LeaseStatus.ENDED.problemBecoming(LeaseStatus.TERMINATED));
    }
}
