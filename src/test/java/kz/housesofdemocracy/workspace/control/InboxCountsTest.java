package kz.housesofdemocracy.workspace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InboxCountsTest {

    @Test
    void theMenusGroupsAddTheirQueuesAndTheTotalAddsAll() {
        InboxCounts counts =
                InboxCounts.of(
                        Map.of(
                                "booking", 3L,
                                "series", 1L,
                                "ngo", 2L,
                                "filing", 0L,
                                "leaseRecommendation", 4L,
                                "leaseDecision", 5L));
        assertEquals(4, counts.of("booking"), "single bookings and series");
        assertEquals(9, counts.of("lease"), "recommendations and decisions");
        assertEquals(2, counts.of("ngo"));
        assertEquals(0, counts.of("nothing-of-that-name"));
        assertEquals(15, counts.total());
        assertEquals(0, InboxCounts.none().of("booking"));
    }
}
