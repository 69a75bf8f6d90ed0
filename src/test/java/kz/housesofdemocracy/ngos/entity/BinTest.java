package kz.housesofdemocracy.ngos.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BinTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @ValueSource(strings = {"940140000385", "990140004654"})
    void theSamplesOfTheBriefAreValid(String bin) {
        assertEquals(Optional.empty(), Bin.problem(bin, TODAY));
    }

    @Test
    void theInvalidSampleFailsItsCheckDigit() {
        assertEquals(Optional.of("validation.bin.checkDigit"), Bin.problem("940149000385", TODAY));
    }

    @ParameterizedTest
    @CsvSource({
        "'', validation.bin.format",
        "94014000038, validation.bin.format",
        "9401400003851, validation.bin.format",
        "94014000038a, validation.bin.format",
        "940140000386, validation.bin.checkDigit"
    })
    void refusesWithTheRuleItBreaks(String bin, String rule) {
        assertEquals(Optional.of(rule), Bin.problem(bin, TODAY));
    }

    @Test
    void refusesNonLegalEntitiesBadMonthsAndFutureRegistrations() {
        assertEquals(
                Optional.of("validation.bin.notLegalEntity"),
                Bin.problem(withCheckDigit("94016000038"), TODAY));
        assertEquals(
                Optional.of("validation.bin.month"),
                Bin.problem(withCheckDigit("94134000038"), TODAY));
        assertEquals(
                Optional.of("validation.bin.unit"),
                Bin.problem(withCheckDigit("94014700038"), TODAY));
        assertEquals(
                Optional.of("validation.bin.future"),
                Bin.problem(withCheckDigit("26124000038"), TODAY));
        assertEquals(
                Optional.empty(),
                Bin.problem(withCheckDigit("26114000038"), TODAY),
                "this month is not the future");
    }

    @Test
    void readsTheRegistrationMonthInTheRightCentury() {
        assertEquals(YearMonth.of(1994, 1), Bin.of("940140000385", TODAY).registered(TODAY));
        assertEquals(
                YearMonth.of(2019, 5),
                Bin.of(withCheckDigit("19054000038"), TODAY).registered(TODAY));
    }

    @Test
    void generatedNumbersAgreeWithTheSecondWeightingRule() {
        Random random = new Random(42);
        int secondPass = 0;
        for (int n = 0; n < 5_000; n++) {
            String body =
                    String.format(
                            "%02d%02d%d%d%05d",
                            random.nextInt(26),
                            1 + random.nextInt(12),
                            4 + random.nextInt(2),
                            random.nextInt(4),
                            random.nextInt(100_000));
            String bin = withCheckDigit(body);
            if (bin == null) {
                continue; // both weightings give 10: no valid BIN with this body
            }
            assertTrue(Bin.checkDigitMatches(bin), bin);
            for (int wrong = 0; wrong <= 9; wrong++) {
                if (wrong != bin.charAt(11) - '0') {
                    assertFalse(Bin.checkDigitMatches(body + wrong), body + wrong);
                }
            }
            if (firstWeighting(body) == 10) {
                secondPass++;
            }
        }
        assertTrue(secondPass > 100, "the second weighting was exercised " + secondPass + " times");
    }

    @Test
    void ofRefusesInvalidNumbers() {
        assertThrows(IllegalArgumentException.class, () -> Bin.of("940149000385", TODAY));
    }

    /** An independent computation of the check digit from the brief; null when none exists. */
    static String withCheckDigit(String eleven) {
        int c = firstWeighting(eleven);
        if (c == 10) {
            int[] w = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
            int sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (eleven.charAt(i) - '0') * w[i];
            }
            c = sum % 11;
        }
        return c == 10 ? null : eleven + c;
    }

    private static int firstWeighting(String eleven) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (eleven.charAt(i) - '0') * (i + 1);
        }
        return sum % 11;
    }
}
