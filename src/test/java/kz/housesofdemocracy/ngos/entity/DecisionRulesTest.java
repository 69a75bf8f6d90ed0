package kz.housesofdemocracy.ngos.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.platform.Refusal;
import org.junit.jupiter.api.Test;

/** The rules a decision keeps, refused with what the person reads. */
class DecisionRulesTest {

    static final Instant NOW = Instant.parse("2026-05-04T06:00:00Z");

    static AnnualFiling filing() {
        return new AnnualFiling(null, 2025, LocalDate.of(2026, 3, 1), "No 1", null, NOW);
    }

    @Test
    void aRefusalNeedsAReason() {
        Refusal refusal = assertThrows(Refusal.class, () -> filing().decide(false, " ", NOW));
        assertEquals(422, refusal.status());
        assertEquals("validation.reason.required", refusal.fields().get(0).key());
    }

    @Test
    void aDecidedFilingIsNeitherDecidedAgainNorGivenAReceipt() {
        AnnualFiling filing = filing();
        filing.decide(true, null, NOW);
        assertEquals(FilingStatus.VERIFIED, filing.status());
        Refusal again = assertThrows(Refusal.class, () -> filing.decide(false, "late", NOW));
        assertEquals(409, again.status());
        assertEquals("refusal.filing.decided", again.key());
        Refusal receipt = assertThrows(Refusal.class, () -> filing.attachReceipt("key"));
        assertEquals("refusal.filing.decided", receipt.key());
    }

    @Test
    void anInvitationIsForItsAddressOnceWithinAWeek() {
        NgoInvitation invitation = new NgoInvitation(null, "a@example.kz", "hash", NOW);
        Refusal other = assertThrows(Refusal.class, () -> invitation.accept("b@example.kz", NOW));
        assertEquals(409, other.status());
        assertEquals("refusal.invitation.otherAddress", other.key());
        Refusal late =
                assertThrows(
                        Refusal.class,
                        () -> invitation.accept("a@example.kz", NOW.plus(NgoInvitation.VALIDITY)));
        assertEquals(410, late.status());
        assertDoesNotThrow(() -> invitation.accept("a@example.kz", NOW));
        Refusal twice = assertThrows(Refusal.class, () -> invitation.accept("a@example.kz", NOW));
        assertEquals("refusal.link.invalid", twice.key());
    }
}
