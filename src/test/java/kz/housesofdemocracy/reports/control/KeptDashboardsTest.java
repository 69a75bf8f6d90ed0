package kz.housesofdemocracy.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptDashboardsTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2026-12-07T05:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static OccupancyReport computed(Instant at) {
        return new OccupancyReport(
                2026, null, null, at, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    @Test
    void aScopesReportIsComputedAgainOnlyAfterAMinute() {
        Moving clock = new Moving();
        KeptDashboards kept = new KeptDashboards(clock);
        AtomicInteger computations = new AtomicInteger();
        java.util.function.Supplier<OccupancyReport> compute =
                () -> {
                    computations.incrementAndGet();
                    return computed(clock.now);
                };

        OccupancyReport first = kept.get(2026, null, null, compute);
        clock.now = clock.now.plus(Duration.ofSeconds(59));
        assertSame(first, kept.get(2026, null, null, compute), "within the minute: kept");
        assertEquals(1, computations.get());

        kept.get(2026, "KZ-71", null, compute);
        kept.get(2025, null, null, compute);
        assertEquals(3, computations.get(), "another region, another year: their own");

        clock.now = clock.now.plus(Duration.ofSeconds(2));
        OccupancyReport again = kept.get(2026, null, null, compute);
        assertEquals(4, computations.get(), "over a minute old: computed again");
        assertEquals(clock.now, again.computedAt());
    }
}
