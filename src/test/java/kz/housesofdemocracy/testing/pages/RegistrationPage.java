package kz.housesofdemocracy.testing.pages;

import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/**
 * public/registration.xhtml, opened from a mailed link: confirming a registration, one registration
 * and cancelling it.
 */
public final class RegistrationPage {

    private final Browser browser;

    private RegistrationPage(Browser browser) {
        this.browser = browser;
    }

    public static RegistrationPage open(Browser browser, String mailedLink) {
        browser.open(mailedLink);
        return new RegistrationPage(browser);
    }

    public String event() {
        return browser.text(By.id("registration-event"));
    }

    /** The notice shown when the confirmation link has just confirmed the place. */
    public String confirmedNotice() {
        return browser.text(By.id("registration-confirmed"));
    }

    /** The notice shown for a used, lapsed or unknown confirmation link. */
    public String linkInvalid() {
        return browser.text(By.id("registration-link-invalid"));
    }

    public String status() {
        return browser.text(By.id("registration-status"));
    }

    /** Cancels, confirmed on the page that asks (no dialog: the page works without scripts). */
    public RegistrationPage cancel() {
        browser.clickAndWait(By.id("cancelRegistration"));
        browser.clickAndWait(By.id("cancel:confirmYes"));
        return this;
    }
}
