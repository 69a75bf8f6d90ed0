package kz.housesofdemocracy.premises.boundary;

import static kz.housesofdemocracy.testing.Pages.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.pages.FailPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Failures during ajax and expired views reach the person as translated text, never a trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorHandlingPageIT {

    @ArquillianResource private URL base;

    @Test
    void aFailingAjaxActionShowsAFriendlyDialog() {
        try (Browser browser = Browser.withLanguages("ru")) {
            String dialog = FailPage.open(browser, base).failingAjax();
            assertEquals(true, dialog.contains(Bundle.text("ru", "error.server.text")), dialog);
            assertNoStackTrace(browser.pageSource());
        }
    }

    @Test
    void anExpiredViewOnAPlainSubmitShowsTheExpiredPage() {
        try (Browser browser = Browser.withLanguages("en")) {
            FailPage.open(browser, base).expireTheView().plainSubmit();
            assertEquals(Bundle.text("en", "error.expired.title"), browser.heading());
        }
    }

    @Test
    void anExpiredViewDuringAjaxShowsTheExpiredDialog() {
        try (Browser browser = Browser.withLanguages("kk")) {
            String dialog = FailPage.open(browser, base).expireTheView().ajaxSubmitExpired();
            assertEquals(true, dialog.contains(Bundle.text("kk", "error.expired.text")), dialog);
        }
    }
}
