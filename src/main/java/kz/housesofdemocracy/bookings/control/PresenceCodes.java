package kz.housesofdemocracy.bookings.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The short code that proves someone stands at the room: an HMAC of the room and the current
 * five-minute window under a server secret, shown only on the House's front desk. The code of the
 * window just past is still taken, so a code read a moment before the change still works; older
 * ones, other rooms' and guessed ones are not.
 */
public final class PresenceCodes {

    /** How long a code is shown before the next one. */
    public static final Duration WINDOW = Duration.ofMinutes(5);

    /** How many digits a code has. */
    public static final int DIGITS = 6;

    private static final int MODULUS = 1_000_000;
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    public PresenceCodes(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("a presence secret needs at least 16 bytes");
        }
        this.key = key.clone();
    }

    /** The number of the window an instant falls in. */
    public static long window(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), WINDOW.toSeconds());
    }

    /** When the code shown at an instant gives way to the next one. */
    public static Instant nextChange(Instant at) {
        return Instant.ofEpochSecond((window(at) + 1) * WINDOW.toSeconds());
    }

    /** The code a room shows at an instant. */
    public String current(long roomId, Instant at) {
        return code(roomId, window(at));
    }

    /** A room's code of one window: six digits, leading zeros kept. */
    public String code(long roomId, long window) {
        byte[] mac = mac("room:" + roomId + ":window:" + window);
        int offset = mac[mac.length - 1] & 0x0f;
        int value =
                ((mac[offset] & 0x7f) << 24)
                        | ((mac[offset + 1] & 0xff) << 16)
                        | ((mac[offset + 2] & 0xff) << 8)
                        | (mac[offset + 3] & 0xff);
        return String.format("%0" + DIGITS + "d", value % MODULUS);
    }

    /**
     * Whether a typed code is the room's code of the current or the previous window (spaces
     * ignored).
     */
    public boolean accepts(long roomId, String typed, Instant at) {
        String code = normalized(typed);
        if (code == null) {
            return false;
        }
        long now = window(at);
        return same(code, code(roomId, now)) | same(code, code(roomId, now - 1));
    }

    /** The typed code without spaces, or null when it is not six digits. */
    public static String normalized(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replace(" ", "").replace("\u00a0", "").strip();
        return code.length() == DIGITS && code.chars().allMatch(c -> c >= '0' && c <= '9')
                ? code
                : null;
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(
                a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }
}
