package kz.housesofdemocracy.platform;

/**
 * Whether a text is a plain number as a person types it on any keyboard here: ASCII digits 0–9 and
 * nothing else. {@link Integer#parseInt} alone also accepts a sign and the digits of every script.
 */
public final class AsciiDigits {

    private AsciiDigits() {}

    /** One to maxDigits ASCII digits, no sign, no spaces, nothing else. */
    public static boolean only(String text, int maxDigits) {
        if (text == null || text.isEmpty() || text.length() > maxDigits) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the text holds a digit of another script (Arabic-Indic, Devanagari, full-width…).
     */
    public static boolean hasForeignDigit(String text) {
        return text != null
                && text.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'));
    }
}
