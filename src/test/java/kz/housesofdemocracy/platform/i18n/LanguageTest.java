package kz.housesofdemocracy.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kk | KK",
                "kk-KZ | KK",
                "KK-kz | KK",
                "ru | RU",
                "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7 | RU",
                "en-US,en;q=0.9 | EN",
                "fr,kk;q=0.5 | KK",
                "fr,en;q=0.5,ru;q=0.8 | RU",
                "fr | KK",
                "de-DE,de;q=0.9 | KK",
                "* | KK",
                "'' | KK",
                ";;;q=abc | KK",
                "en;q=0 | KK"
            })
    void picksOurLanguageFromTheHeader(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }

    @Test
    void noHeaderMeansKazakh() {
        assertEquals(Language.KK, Language.fromAcceptLanguage(null));
    }

    @Test
    void mapsLocalesAndTags() {
        assertEquals(Language.RU, Language.of(Locale.forLanguageTag("ru-KZ")));
        assertEquals(Language.KK, Language.of(Locale.GERMAN));
        assertEquals(Language.KK, Language.of(null));
        assertEquals("kk", Language.KK.locale().getLanguage());
        assertEquals("en", Language.EN.tag());
        assertEquals(Language.EN, Language.fromTag(" EN ").orElseThrow());
    }

    @ParameterizedTest(name = "query \"{0}\" without lang is \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "lang=ru | ''",
                "id=1&lang=ru | id=1",
                "lang=ru&id=1&x=%20 | id=1&x=%20",
                "language=ru&lang | language=ru",
                "'' | ''"
            })
    void dropsTheLanguageParameterFromAQuery(String query, String expected) {
        assertEquals(expected, LanguageFilter.withoutLanguage(query));
    }
}
