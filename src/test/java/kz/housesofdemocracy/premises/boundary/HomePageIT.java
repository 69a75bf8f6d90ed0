package kz.housesofdemocracy.premises.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.Collation;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.pages.HomePage;
import kz.housesofdemocracy.testing.pages.HousePage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A visitor in Chromium: the home page in each language, the switcher, a House page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

    /** Abai Region, whose name each language writes differently. */
    private static final String ABAI = "KZ-10";

    /** Shymkent, which has no House in the demo data. */
    private static final String SHYMKENT = "KZ-79";

    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");

    @ArquillianResource private URL base;

    @ParameterizedTest(name = "a browser asking for {0} reads the home page in {1}")
    @CsvSource({
        "kk, kk, Абай облысы",
        "ru, ru, область Абай",
        "en, en, Abai Region",
        "fr, kk, Абай облысы"
    })
    void theHomePageSpeaksTheBrowsersLanguage(String accept, String language, String abai) {
        try (Browser browser = Browser.withLanguages(accept)) {
            HomePage home = HomePage.open(browser, base);
            assertEquals(language, browser.htmlLang());
            assertEquals(Bundle.text(language, "home.heading"), browser.heading());
            assertEquals(abai, home.regionName(ABAI));
            assertEquals(
                    Bundle.text(language, "home.noHouseYet"), home.regionWithoutHouse(SHYMKENT));
        }
    }

    @Test
    void theSwitcherChangesTheLanguageAndItSticksForTheVisit() {
        try (Browser browser = Browser.withLanguages("kk")) {
            HomePage home = HomePage.open(browser, base);
            assertEquals("Абай облысы", home.regionName(ABAI));

            browser.switchLanguage("ru");
            assertEquals("ru", browser.htmlLang());
            assertEquals("область Абай", home.regionName(ABAI));
            assertEquals(Bundle.text("ru", "home.heading"), browser.heading());
            assertTrue(browser.isCurrentLanguage("ru"));

            // Opening a House keeps the chosen language.
            HousePage house = home.openHouseIn("KZ-71");
            assertEquals("ru", browser.htmlLang());
            assertEquals("Дом демократии города Астаны", house.name());
            assertEquals("город Астана", house.region());
            String hall = house.room(1);
            assertTrue(hall.contains("Большой зал"), hall);
            assertTrue(hall.replace('\u00a0', ' ').contains("25 000,00 ₸"), hall);
            assertTrue(hall.contains("Синхронн") || hall.contains("синхронн"), hall);

            // Switching on the House page keeps the House.
            browser.switchLanguage("en");
            assertEquals("en", browser.htmlLang());
            assertEquals("House of Democracy, Astana", house.name());
            assertTrue(house.room(1).replace('\u00a0', ' ').contains("25,000.00 ₸"));
            assertTrue(house.office(1).replace('\u00a0', ' ').contains("83,250.00 ₸"));
            assertEquals(Bundle.text("en", "house.openingHours"), house.openingHoursHeading());

            // Back on the home page in a later request, still English.
            assertEquals("Abai Region", HomePage.open(browser, base).regionName(ABAI));
        }
    }

    @Test
    void regionsAreListedInTheAlphabeticalOrderOfTheReadersLanguage() {
        try (Browser browser = Browser.withLanguages("kk")) {
            List<String> kazakh = HomePage.open(browser, base).regionNames();
            assertTrue(kazakh.size() >= 20, kazakh.toString());
            // Kazakh letters in their places: Ақмола before Алматы before Атырау (code-point
            // order put Атырау first), Қ after К, Ұ and Ү after У, not after Я.
            assertInOrder(kazakh, "Абай облысы", "Ақмола облысы", "Алматы облысы");
            assertInOrder(kazakh, "Алматы облысы", "Атырау облысы", "Батыс Қазақстан облысы");
            assertInOrder(kazakh, "Қарағанды облысы", "Қостанай облысы", "Қызылорда облысы");
            assertInOrder(kazakh, "Түркістан облысы", "Ұлытау облысы", "Шымкент қаласы");
            assertEquals(
                    Collation.sorted(kazakh, KK, t -> new LocalizedText(t, null, null)), kazakh);

            browser.switchLanguage("ru");
            List<String> russian = HomePage.open(browser, base).regionNames();
            assertEquals(
                    Collation.sorted(russian, RU, t -> new LocalizedText(null, t, null)), russian);
        }
    }

    private static void assertInOrder(List<String> names, String... expected) {
        int previous = -1;
        for (String name : expected) {
            int at = names.indexOf(name);
            assertTrue(at > previous, name + " out of order in " + names);
            previous = at;
        }
    }

    @Test
    void theSwitcherAndHouseLinksWorkFromTheKeyboard() {
        try (Browser browser = Browser.withLanguages("en")) {
            HomePage home = HomePage.open(browser, base);
            assertEquals(Bundle.text("en", "a11y.skipToContent"), home.tabFromTheTop());
            // Focus the Kazakh link and follow it with Enter.
            home.switchLanguageWithTheKeyboard("kk");
            assertEquals("Абай облысы", home.regionName(ABAI));
        }
    }

    @Test
    void onAPhoneSizedScreenNothingOverflowsSideways() {
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.windowSize(375, 740);
            assertEquals("Абай облысы", HomePage.open(browser, base).regionName(ABAI));
            assertEquals(0L, browser.sidewaysOverflow());
        }
    }
}
