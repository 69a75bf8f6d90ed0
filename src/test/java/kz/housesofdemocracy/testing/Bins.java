package kz.housesofdemocracy.testing;

import java.util.concurrent.atomic.AtomicInteger;

/** BINs for tests: valid and unique within a run, made with the check digit of the brief. */
public final class Bins {

    private static final AtomicInteger SERIAL =
            new AtomicInteger((int) (System.nanoTime() % 40_000) + 10_000);

    private Bins() {}

    /** A valid BIN of a resident legal entity registered in September 2020. */
    public static String fresh() {
        while (true) {
            String body = "2009" + "40" + String.format("%05d", SERIAL.incrementAndGet() % 100_000);
            String bin = withCheckDigit(body);
            if (bin != null) {
                return bin;
            }
        }
    }

    public static String withCheckDigit(String eleven) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (eleven.charAt(i) - '0') * (i + 1);
        }
        int c = sum % 11;
        if (c == 10) {
            int[] w = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (eleven.charAt(i) - '0') * w[i];
            }
            c = sum % 11;
        }
        return c == 10 ? null : eleven + c;
    }

    /** The same number with its check digit made wrong. */
    public static String withWrongCheckDigit(String bin) {
        char last = bin.charAt(11);
        return bin.substring(0, 11) + (last == '9' ? '0' : (char) (last + 1));
    }
}
