package kz.housesofdemocracy.closures.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import org.junit.jupiter.api.Test;

class BlackoutTest {

    private static final Instant NINE = Instant.parse("2027-02-01T04:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2027-02-01T06:00:00Z");
    private static final Instant ONE = Instant.parse("2027-02-01T08:00:00Z");

    @Test
    void aWholeHouseBlackoutBlocksEveryRoomWhileItOverlaps() {
        Blackout closed = new Blackout(null, null, NINE, ELEVEN, " painting ", NINE);
        assertEquals("painting", closed.reason());
        assertEquals(Period.of(NINE, ELEVEN), closed.period());
        assertTrue(closed.blocks(7, Period.of(NINE.plusSeconds(60), ONE)));
        assertFalse(closed.blocks(7, Period.of(ELEVEN, ONE)), "touching is not overlapping");
        assertFalse(closed.blocks(7, ONE, ELEVEN), "an empty span is blocked by nothing");
    }

    @Test
    void aBlackoutEndsAfterItStartsOrIsRefusedWithTheFormsMessage() {
        assertEquals(Optional.of("validation.blackout.order"), Blackout.timesProblem(ELEVEN, NINE));
        assertEquals(Optional.empty(), Blackout.timesProblem(NINE, ELEVEN));
        Refusal refused =
                assertThrows(
                        Refusal.class, () -> new Blackout(null, null, ELEVEN, ELEVEN, "x", NINE));
        assertEquals("to", refused.fields().get(0).field());
        assertEquals("validation.blackout.order", refused.fields().get(0).key());
    }
}
