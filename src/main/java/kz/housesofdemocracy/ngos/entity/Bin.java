package kz.housesofdemocracy.ngos.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A business identification number: 12 digits. Digits 1–4 are the year and month of registration
 * (YYMM), 5 the entity type (4 resident legal entity, 5 non-resident, 6 individual entrepreneur in
 * joint activity), 6 the unit (0 head office, 1 branch, 2 representative office, 3 peasant farm),
 * 7–11 a serial, 12 a check digit. An NGO is a legal entity, so its type digit is 4 or 5.
 */
@Embeddable
public class Bin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "bin", length = 12)
    private String digits;

    protected Bin() {}

    private Bin(String digits) {
        this.digits = digits;
    }

    /** Why a text is not a usable NGO BIN, as a bundle key; empty when it is one. */
    public static Optional<String> problem(String text, LocalDate today) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("\\d{12}")) {
            return Optional.of("validation.bin.format");
        }
        if (!checkDigitMatches(s)) {
            return Optional.of("validation.bin.checkDigit");
        }
        char type = s.charAt(4);
        if (type != '4' && type != '5') {
            return Optional.of("validation.bin.notLegalEntity");
        }
        if (s.charAt(5) > '3') {
            return Optional.of("validation.bin.unit");
        }
        int month = Integer.parseInt(s.substring(2, 4));
        if (month < 1 || month > 12) {
            return Optional.of("validation.bin.month");
        }
        if (registrationMonth(s, today).isAfter(YearMonth.from(today))) {
            return Optional.of("validation.bin.future");
        }
        return Optional.empty();
    }

    /** A BIN that passed {@link #problem}; refuses anything else. */
    public static Bin of(String text, LocalDate today) {
        problem(text, today)
                .ifPresent(
                        p -> {
                            throw new IllegalArgumentException(p + ": " + text);
                        });
        return new Bin(text.strip());
    }

    /**
     * c = Σ d[i]·i mod 11 for i = 1..11; if c is 10, again with weights 3,4,…,11,1,2; if still 10
     * the number is invalid; otherwise c must equal the 12th digit.
     */
    static boolean checkDigitMatches(String s) {
        int c = weighted(s, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        if (c == 10) {
            c = weighted(s, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2});
        }
        return c != 10 && c == s.charAt(11) - '0';
    }

    private static int weighted(String s, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (s.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }

    /** The two-digit year is read within the century that keeps it from being in the future. */
    private static YearMonth registrationMonth(String s, LocalDate today) {
        int yy = Integer.parseInt(s.substring(0, 2));
        int month = Integer.parseInt(s.substring(2, 4));
        int century = today.getYear() / 100 * 100;
        int year = century + yy;
        if (year > today.getYear()) {
            year -= 100;
        }
        return YearMonth.of(year, month);
    }

    /** The month of registration the BIN encodes. */
    public YearMonth registered(LocalDate today) {
        return registrationMonth(digits, today);
    }

    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bin other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return digits;
    }
}
