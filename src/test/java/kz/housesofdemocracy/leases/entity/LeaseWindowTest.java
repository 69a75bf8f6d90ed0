package kz.housesofdemocracy.leases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.Refusal;
import org.junit.jupiter.api.Test;

/** A window's dates: refused as the staff read it, open on its days, overlapping by whole days. */
class LeaseWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate JANUARY = LocalDate.of(2027, 1, 1);

    private static LeaseWindow open(LocalDate opens, LocalDate closes, LocalDate start) {
        return LeaseWindow.open("KZ-71", opens, closes, start, 1L, TODAY, Instant.EPOCH);
    }

    @Test
    void aWindowInTheFutureForTheNextJanuaryOpens() {
        LeaseWindow w = open(TODAY, TODAY.plusMonths(1), JANUARY);
        assertTrue(w.isOpenOn(TODAY));
        assertTrue(w.isOpenOn(TODAY.plusMonths(1)));
        assertFalse(w.isOpenOn(TODAY.plusMonths(1).plusDays(1)));
        assertTrue(w.overlaps(DateSpan.of(TODAY.plusMonths(1), JANUARY)));
        assertFalse(w.overlaps(DateSpan.of(TODAY.plusMonths(1).plusDays(1), JANUARY)));
    }

    @Test
    void impossibleDatesAreRefusedEachWithItsField() {
        Refusal r = assertThrows(Refusal.class, () -> open(TODAY, TODAY.minusDays(1), JANUARY));
        assertEquals(422, r.status());
        assertEquals(
                List.of("lease.window.problem.order"),
                r.fields().stream().map(Refusal.FieldProblem::key).toList());
        Refusal notJanuary =
                assertThrows(
                        Refusal.class, () -> open(TODAY, TODAY.plusDays(5), JANUARY.plusDays(1)));
        assertEquals("lease.problem.january", notJanuary.fields().get(0).key());
        Refusal afterStart = assertThrows(Refusal.class, () -> open(TODAY, JANUARY, JANUARY));
        assertEquals("lease.window.problem.start", afterStart.fields().get(0).key());
        Refusal missing = assertThrows(Refusal.class, () -> open(null, TODAY, JANUARY));
        assertEquals("opensOn", missing.fields().get(0).field());
    }

    @Test
    void anApplicationOutsideTheWindowIsRefusedNamingItsDays() {
        LeaseWindow w = open(TODAY, TODAY.plusDays(10), JANUARY);
        Refusal r = assertThrows(Refusal.class, () -> w.refuseUnlessOpenOn(TODAY.plusDays(11)));
        assertEquals("houseId", r.fields().get(0).field());
        assertEquals("lease.problem.window", r.fields().get(0).key());
    }
}
