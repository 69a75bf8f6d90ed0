package kz.housesofdemocracy.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

    private static Optional<String> check(String password) {
        return PasswordRules.broken(password, "aigerim.seitova@example.kz", "Айгерім Сейітова");
    }

    @Test
    void theListOfCommonPasswordsIsShipped() {
        assertTrue(CommonPasswords.size() > 49_000, "entries: " + CommonPasswords.size());
    }

    @ParameterizedTest
    @CsvSource({
        "'', validation.required",
        "Abcdefghij1, validation.password.short",
        "Ұзақ-сөз-10, validation.password.short",
        "aaaaaaaaaaaaaaaa, validation.password.common",
        "ababababababab, validation.password.common",
        "1qaz2wsx3edc, validation.password.common",
        "qwerty123456, validation.password.common",
        "Password2024!!, validation.password.common",
        "sunshine1234567, validation.password.common",
        "my-aigerim.seitova-pass, validation.password.personal",
        "Сейітова-2026-жыл, validation.password.personal"
    })
    void refusesWeakPasswordsNamingTheRule(String password, String rule) {
        assertEquals(Optional.of(rule), check(password));
    }

    @Test
    void refusesNullAndOverlongPasswords() {
        assertEquals(Optional.of("validation.required"), check(null));
        assertEquals(Optional.of("validation.password.long"), check("x7#".repeat(21) + "ab"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Demo-House-2026",
                "correct horse battery staple",
                "Қызғалдақ-гүлі-2026",
                "x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#x7#a"
            })
    void acceptsLongUncommonPasswords(String password) {
        assertEquals(Optional.empty(), check(password));
    }

    @Test
    void countsCharactersNotBytes() {
        // 12 Kazakh letters are 12 characters (24 bytes in UTF-8): long enough.
        assertEquals(Optional.empty(), check("Әңғұүһіөқәңғ"));
    }
}
