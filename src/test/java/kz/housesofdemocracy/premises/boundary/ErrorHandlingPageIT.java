package kz.housesofdemocracy.premises.boundary;

import static kz.housesofdemocracy.testing.Pages.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Failures during ajax and expired views reach the person as translated text, never a trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorHandlingPageIT {

    @ArquillianResource private URL base;

    @Test
    void aFailingAjaxActionShowsAFriendlyDialog() {
        try (Browser browser = Browser.withLanguages("ru")) {
            browser.open(base + "it/fail.xhtml");
            browser.find(By.id("f:ajaxFail")).click();
            String dialog = browser.text(By.id("ajaxFailed"));
            assertEquals(true, dialog.contains(Bundle.text("ru", "error.server.text")), dialog);
            assertNoStackTrace(browser.driver().getPageSource());
        }
    }

    @Test
    void anExpiredViewOnAPlainSubmitShowsTheExpiredPage() {
        try (Browser browser = Browser.withLanguages("en")) {
            browser.open(base + "it/fail.xhtml");
            expireTheView(browser);
            browser.clickAndWait(By.id("f:plainSubmit"));
            assertEquals(Bundle.text("en", "error.expired.title"), browser.text(By.tagName("h1")));
        }
    }

    @Test
    void anExpiredViewDuringAjaxShowsTheExpiredDialog() {
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.open(base + "it/fail.xhtml");
            expireTheView(browser);
            browser.find(By.id("f:ajaxSubmit")).click();
            String dialog = browser.text(By.id("ajaxExpired"));
            assertEquals(true, dialog.contains(Bundle.text("kk", "error.expired.text")), dialog);
        }
    }

    /** Ends the session behind the page's back, as a 30-minute idle timeout would. */
    private static void expireTheView(Browser browser) {
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
    }
}
