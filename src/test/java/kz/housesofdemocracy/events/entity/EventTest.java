package kz.housesofdemocracy.events.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final Instant NOW = Instant.parse("2027-01-10T05:00:00Z");
    private static final Instant START = Instant.parse("2027-02-01T05:00:00Z");
    private static final Instant END = Instant.parse("2027-02-01T13:00:00Z");

    private static Event forum(Instant start, Instant end) {
        return new Event(
                Event.Scope.NATIONAL,
                null,
                null,
                new LocalizedText("Форум", "Форум", "Forum"),
                null,
                start,
                end,
                true,
                null,
                NOW);
    }

    private static int hashes;

    /** Registers and follows the confirmation link at once. */
    private static Registration register(Event event, List<Registration> before, String email) {
        Registration r = pending(event, before, email);
        event.confirm(r, before, "cancel-" + hashes++, NOW);
        return r;
    }

    private static Registration pending(Event event, List<Registration> before, String email) {
        Registration r =
                event.register(
                        before,
                        "Айгерим",
                        email,
                        null,
                        Language.KK,
                        "confirm-" + hashes++,
                        "unsent-" + hashes++,
                        NOW);
        before.add(r);
        return r;
    }

    @Test
    void anEventEndsAfterItStartsOrIsRefusedWithTheFormsMessage() {
        assertEquals(Optional.of("event.problem.order"), Event.timesProblem(END, START));
        assertEquals(Optional.of("event.problem.order"), Event.timesProblem(START, START));
        assertEquals(Optional.empty(), Event.timesProblem(START, END));
        Refusal refused = assertThrows(Refusal.class, () -> forum(END, START));
        assertEquals(422, refused.status());
        assertEquals("end", refused.fields().get(0).field());
        assertEquals("event.problem.order", refused.fields().get(0).key());
    }

    @Test
    void capacityIsFromOneToAHundredThousand() {
        assertEquals(Optional.empty(), Event.capacityProblem(null));
        assertEquals(Optional.empty(), Event.capacityProblem(1));
        assertEquals(Optional.empty(), Event.capacityProblem(100_000));
        assertEquals(Optional.of("event.problem.capacity"), Event.capacityProblem(0));
        assertEquals(Optional.of("event.problem.capacity"), Event.capacityProblem(100_001));
        Refusal refused =
                assertThrows(Refusal.class, () -> forum(START, END).takeRegistrations(0, null));
        assertEquals("capacity", refused.fields().get(0).field());
    }

    @Test
    void seatsGoFirstThenTheWaitlistAndOneEmailRegistersOnce() {
        Event event = forum(START, END);
        event.takeRegistrations(1, null);
        List<Registration> before = new ArrayList<>();
        assertTrue(register(event, before, "a@example.kz").isConfirmed());
        assertTrue(register(event, before, "b@example.kz").isWaiting());
        Refusal twice =
                assertThrows(Refusal.class, () -> register(event, before, " A@Example.kz "));
        assertEquals(409, twice.status());
        assertEquals("registration.already", twice.key());
    }

    @Test
    void aCancelledRegistrationLetsTheEmailRegisterAgainButNotCancelTwice() {
        Event event = forum(START, END);
        event.takeRegistrations(5, null);
        List<Registration> before = new ArrayList<>();
        Registration first = register(event, before, "a@example.kz");
        first.cancel(NOW);
        Refusal again = assertThrows(Refusal.class, () -> first.cancel(NOW));
        assertEquals("registration-cancelled", again.type());
        assertEquals("registration.cancelledAlready", again.key());
        assertTrue(register(event, before, "a@example.kz").isConfirmed());
    }

    @Test
    void registrationClosesAtTheDeadlineAndWhenTheEventIsCancelled() {
        Event event = forum(START, END);
        assertThrows(Refusal.class, () -> register(event, new ArrayList<>(), "a@example.kz"));
        event.takeRegistrations(5, NOW.plusSeconds(60));
        assertTrue(event.registrationOpen(NOW));
        assertFalse(event.registrationOpen(NOW.plusSeconds(60)));
        event.cancel(NOW);
        Refusal closed =
                assertThrows(
                        Refusal.class, () -> register(event, new ArrayList<>(), "a@example.kz"));
        assertEquals("registration.closed", closed.key());
    }

    @Test
    void aRegistrationIsPendingAndTakesNoSeatUntilItsLinkIsFollowed() {
        Event event = forum(START, END);
        event.takeRegistrations(1, null);
        List<Registration> before = new ArrayList<>();
        Registration first = pending(event, before, "a@example.kz");
        Registration second = pending(event, before, "b@example.kz");
        assertTrue(first.isPending());
        assertEquals(NOW.plus(Event.CONFIRMATION_TIME), first.confirmBy());
        // The second confirms first: the one seat is theirs, whoever asked first.
        event.confirm(second, before, "cancel-b", NOW);
        assertTrue(second.isConfirmed());
        event.confirm(first, before, "cancel-a", NOW.plusSeconds(60));
        assertTrue(first.isWaiting());
        assertEquals(null, first.confirmBy());
        // A link works once.
        Refusal again = assertThrows(Refusal.class, () -> event.confirm(first, before, "x", NOW));
        assertEquals(410, again.status());
        assertEquals("registration.linkInvalid", again.key());
    }

    @Test
    void anUnconfirmedRegistrationLapsesAfterADayOrAtTheStartAndFreesTheAddress() {
        Event soon = forum(NOW.plusSeconds(3600), END);
        soon.takeRegistrations(5, null);
        assertEquals(NOW.plusSeconds(3600), soon.confirmationDeadline(NOW));

        Event event = forum(START, END);
        event.takeRegistrations(5, null);
        List<Registration> before = new ArrayList<>();
        Registration r = pending(event, before, "a@example.kz");
        Instant later = NOW.plus(Event.CONFIRMATION_TIME);
        assertTrue(r.awaitsConfirmation(later.minusSeconds(1)));
        assertTrue(r.isLapsed(later));
        assertFalse(r.stands(later));
        Refusal lapsed = assertThrows(Refusal.class, () -> event.confirm(r, before, "x", later));
        assertEquals("registration.linkInvalid", lapsed.key());
        // While pending the address holds its place; once lapsed it may register anew.
        assertEquals(Optional.of(r), event.standingFor(before, " A@example.KZ", NOW));
        assertEquals(Optional.empty(), event.standingFor(before, "a@example.kz", later));
    }

    @Test
    void aCancelledEventIsNotCancelledTwiceAndOffersNoFreedSeats() {
        Event event = forum(START, END);
        assertTrue(event.offersFreedSeats(NOW));
        assertFalse(event.offersFreedSeats(START));
        event.cancel(NOW);
        assertFalse(event.offersFreedSeats(NOW));
        Refusal twice = assertThrows(Refusal.class, () -> event.cancel(NOW));
        assertEquals(409, twice.status());
        assertEquals("event.cancelled", twice.key());
    }
}
