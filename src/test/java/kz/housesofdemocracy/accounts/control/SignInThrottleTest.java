package kz.housesofdemocracy.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final Instant now = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void anAddressThatKeepsFailingHasToWaitLongerAndLonger() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertEquals(0, throttle.waitSeconds("10.0.0.1", now));
            throttle.failed("10.0.0.1", now);
        }
        long first = throttle.waitSeconds("10.0.0.1", now);
        assertTrue(first > 0, "waits after the free failures");
        throttle.failed("10.0.0.1", now);
        assertTrue(
                throttle.waitSeconds("10.0.0.1", now) > first,
                "waits longer after another failure");
        assertEquals(0, throttle.waitSeconds("10.0.0.2", now), "other addresses are not affected");
        assertEquals(
                0,
                throttle.waitSeconds("10.0.0.1", now.plus(SignInThrottle.WINDOW).plusSeconds(1)));
    }

    @Test
    void failuresCountOverASlidingWindowWhateverSucceedsInBetween() {
        SignInThrottle throttle = new SignInThrottle();
        int half = SignInThrottle.FREE_FAILURES / 2;
        for (int i = 0; i < half; i++) {
            throttle.failed("10.0.0.1", now);
        }
        // No success clears anything: there is nothing to call. Ten minutes later, the rest.
        Instant later = now.plusSeconds(10 * 60);
        for (int i = half; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.failed("10.0.0.1", later);
        }
        assertTrue(throttle.waitSeconds("10.0.0.1", later) > 0, "all failures in the window");
        assertTrue(
                throttle.waitSeconds("10.0.0.1", later.plusSeconds(5)) > 0,
                "still braked a moment later");
        // Once the first ones slide out of the window, the address may try again.
        Instant slid = now.plus(SignInThrottle.WINDOW).plusSeconds(61);
        assertEquals(0, throttle.waitSeconds("10.0.0.1", slid));
    }

    @Test
    void sprayingManyAccountsFromOneAddressIsBrakedByTheSameCount() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.failed("10.0.0.1", now);
            throttle.unknownEmailFailed("person" + i + "@example.kz", now);
        }
        assertTrue(throttle.waitSeconds("10.0.0.1", now) > 0);
    }

    @Test
    void unknownAddressesLockLikeRealAccounts() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < 4; i++) {
            assertFalse(throttle.unknownEmailFailed("nobody@example.kz", now));
        }
        assertTrue(throttle.unknownEmailFailed("nobody@example.kz", now));
        assertTrue(throttle.unknownEmailLocked("nobody@example.kz", now.plusSeconds(60)));
        assertFalse(throttle.unknownEmailLocked("nobody@example.kz", now.plusSeconds(15 * 60 + 1)));
    }
}
