package kz.housesofdemocracy.premises.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** A visitor in Chromium: the home page in each language, the switcher, a House page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageIT {

    private static final By HEADING = By.tagName("h1");
    private static final By ABAI = By.cssSelector("#region-KZ-10 .region-card__name");
    private static final By SHYMKENT_EMPTY = By.cssSelector("#region-KZ-79 .region-card__empty");

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
            browser.open(base.toString());
            assertEquals(language, browser.htmlLang());
            assertEquals(Bundle.text(language, "home.heading"), browser.text(HEADING));
            assertEquals(abai, browser.text(ABAI));
            assertEquals(Bundle.text(language, "home.noHouseYet"), browser.text(SHYMKENT_EMPTY));
        }
    }

    @Test
    void theSwitcherChangesTheLanguageAndItSticksForTheVisit() {
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.open(base.toString());
            assertEquals("Абай облысы", browser.text(ABAI));

            browser.clickAndWait(By.id("lang-ru"));
            assertEquals("ru", browser.htmlLang());
            assertEquals("область Абай", browser.text(ABAI));
            assertEquals(Bundle.text("ru", "home.heading"), browser.text(HEADING));
            assertEquals("true", browser.find(By.id("lang-ru")).getAttribute("aria-current"));

            // Opening a House keeps the chosen language.
            browser.clickAndWait(By.cssSelector("#region-KZ-71 .house-link"));
            assertEquals("ru", browser.htmlLang());
            assertEquals("Дом демократии города Астаны", browser.text(By.id("house-name")));
            assertEquals("город Астана", browser.text(By.id("house-region")));
            String hall = browser.text(By.id("room-1"));
            assertTrue(hall.contains("Большой зал"), hall);
            assertTrue(
                    hall.contains("25 000 ₸".replace(' ', '\u00a0')) || hall.contains("25 000 ₸"),
                    hall);
            assertTrue(hall.contains("Синхронн") || hall.contains("синхронн"), hall);

            // Switching on the House page keeps the House.
            browser.clickAndWait(By.id("lang-en"));
            assertEquals("en", browser.htmlLang());
            assertEquals("House of Democracy, Astana", browser.text(By.id("house-name")));
            assertTrue(browser.text(By.id("room-1")).contains("KZT 25,000"));
            assertTrue(browser.text(By.id("office-1")).contains("KZT 83,250"));
            assertEquals(
                    Bundle.text("en", "house.openingHours"), browser.text(By.id("opening-hours")));

            // Back on the home page in a later request, still English.
            browser.open(base.toString());
            assertEquals("Abai Region", browser.text(ABAI));
        }
    }

    @Test
    void theSwitcherAndHouseLinksWorkFromTheKeyboard() {
        try (Browser browser = Browser.withLanguages("en")) {
            browser.open(base.toString());
            var body = browser.find(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            var active = browser.driver().switchTo().activeElement();
            assertEquals(Bundle.text("en", "a11y.skipToContent"), active.getText().strip());
            // Focus the Kazakh link and follow it with Enter.
            browser.find(By.id("lang-kk")).sendKeys("");
            var kazakh = browser.find(By.id("lang-kk"));
            kazakh.sendKeys(Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(
                            browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(
                            d ->
                                    "kk"
                                            .equals(
                                                    d.findElement(By.tagName("html"))
                                                            .getAttribute("lang")));
            assertEquals("Абай облысы", browser.text(ABAI));
        }
    }

    @Test
    void onAPhoneSizedScreenNothingOverflowsSideways() {
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.driver().manage().window().setSize(new Dimension(375, 740));
            browser.open(base.toString());
            assertEquals("Абай облысы", browser.text(ABAI));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            long overflow =
                    (Long)
                            js.executeScript(
                                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, overflow);
        }
    }
}
