package kz.housesofdemocracy.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText full =
            new LocalizedText("Абай облысы", "область Абай", "Abai Region");

    @Test
    void givesTheTextInTheAskedLanguage() {
        assertEquals("Абай облысы", full.in(Locale.forLanguageTag("kk")));
        assertEquals("область Абай", full.in(Locale.forLanguageTag("ru-KZ")));
        assertEquals("Abai Region", full.in(Locale.ENGLISH));
    }

    @Test
    void fallsBackToAnotherLanguageWhenOneIsMissing() {
        LocalizedText russianOnly = new LocalizedText(null, "Только по-русски", " ");
        assertEquals("Только по-русски", russianOnly.in(Locale.ENGLISH));
        assertNull(russianOnly.exactly(Language.EN));
    }

    @Test
    void needsAtLeastOneLanguage() {
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText(" ", null, ""));
    }

    @Test
    void stripsAndComparesByContent() {
        assertEquals(new LocalizedText("a", "b", "c"), new LocalizedText(" a ", "b", "c "));
    }
}
