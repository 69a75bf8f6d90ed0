package kz.housesofdemocracy.bookings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.housesofdemocracy.platform.Clocks;
import org.junit.jupiter.api.Test;

/** The rotating presence code, with a fixed clock: which codes a room takes, and when. */
class PresenceCodesTest {

    private static final byte[] SECRET =
            "a test secret of 32 bytes length".getBytes(StandardCharsets.US_ASCII);
    private static final Instant WINDOW_START = Instant.parse("2026-12-07T05:00:00Z");
    private static final Clock CLOCK =
            Clock.fixed(WINDOW_START.plusSeconds(90), ZoneOffset.UTC).withZone(Clocks.KAZAKHSTAN);

    private final PresenceCodes codes = new PresenceCodes(SECRET);

    @Test
    void aCodeIsSixDigitsAndTheSameWithinItsWindow() {
        String code = codes.current(7, CLOCK.instant());
        assertTrue(code.matches("\\d{6}"), code);
        assertEquals(code, codes.current(7, WINDOW_START));
        assertEquals(
                code, codes.current(7, WINDOW_START.plus(Duration.ofMinutes(5)).minusSeconds(1)));
        assertEquals(
                WINDOW_START.plus(PresenceCodes.WINDOW), PresenceCodes.nextChange(CLOCK.instant()));
    }

    @Test
    void theCurrentAndThePreviousWindowsCodesAreTakenOlderOnesNot() {
        Instant now = CLOCK.instant();
        long window = PresenceCodes.window(now);
        assertTrue(codes.accepts(7, codes.code(7, window), now), "current");
        assertTrue(codes.accepts(7, codes.code(7, window - 1), now), "just changed");
        assertFalse(codes.accepts(7, codes.code(7, window - 2), now), "ten minutes old");
        assertFalse(codes.accepts(7, codes.code(7, window + 1), now), "a future one");
        // Five minutes on, the code read now is the previous one and still works; ten on, not.
        String read = codes.current(7, now);
        assertTrue(codes.accepts(7, read, now.plus(PresenceCodes.WINDOW)));
        assertFalse(codes.accepts(7, read, now.plus(PresenceCodes.WINDOW.multipliedBy(2))));
    }

    @Test
    void anotherRoomsOrAnotherSecretsCodeIsRefused() {
        Instant now = CLOCK.instant();
        String seven = codes.current(7, now);
        assertNotEquals(seven, codes.current(8, now));
        assertFalse(codes.accepts(8, seven, now));
        PresenceCodes other =
                new PresenceCodes(
                        "another secret, also 32 bytes!!!".getBytes(StandardCharsets.US_ASCII));
        assertNotEquals(seven, other.current(7, now));
        assertFalse(other.accepts(7, seven, now));
    }

    @Test
    void typedCodesAreReadWithoutSpacesAndOnlyAsSixDigits() {
        Instant now = CLOCK.instant();
        String code = codes.current(7, now);
        assertTrue(codes.accepts(7, " " + code.substring(0, 3) + " " + code.substring(3), now));
        assertFalse(codes.accepts(7, null, now));
        assertFalse(codes.accepts(7, "", now));
        assertFalse(codes.accepts(7, code + "0", now));
        assertFalse(codes.accepts(7, code.substring(1), now));
        assertNull(PresenceCodes.normalized("12a456"));
        assertNull(PresenceCodes.normalized("１２３４５６"), "digits of other scripts are not codes");
        assertThrows(IllegalArgumentException.class, () -> new PresenceCodes(new byte[8]));
    }

    @Test
    void theCodeIsTheTruncatedHmacOfRoomAndWindow() throws Exception {
        // Recomputed here from the definition (HMAC-SHA256 of "room:{id}:window:{n}", dynamic
        // truncation as in RFC 4226, modulo a million), so a change of scheme shows.
        long window = WINDOW_START.getEpochSecond() / 300;
        assertEquals(window, PresenceCodes.window(CLOCK.instant()));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
        byte[] h = mac.doFinal(("room:7:window:" + window).getBytes(StandardCharsets.US_ASCII));
        int o = h[h.length - 1] & 0x0f;
        int value = java.nio.ByteBuffer.wrap(h, o, 4).getInt() & 0x7fffffff;
        assertEquals(String.format("%06d", value % 1_000_000), codes.current(7, CLOCK.instant()));
    }
}
