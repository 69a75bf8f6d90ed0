package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** ngo/register.xhtml: registering an NGO, its BIN checked as it is typed. */
public final class NgoRegistrationPage {

    private static final By BIN = By.id("register:bin");
    private static final By BIN_PROBLEM = By.id("binProblem");

    private final Browser browser;

    private NgoRegistrationPage(Browser browser) {
        this.browser = browser;
    }

    public static NgoRegistrationPage open(Browser browser, URL base, String language) {
        browser.open(base + "ngo/register.xhtml?lang=" + language);
        return new NgoRegistrationPage(browser);
    }

    public NgoRegistrationPage name(String language, String name) {
        browser.type(By.id("register:name_" + language), name);
        return this;
    }

    /** Types the BIN; the check that follows it is sent 300 ms after the last key. */
    public NgoRegistrationPage bin(String bin) {
        browser.type(BIN, bin);
        return this;
    }

    /** What the check as-you-type says about the BIN. */
    public String binProblem() {
        browser.waitForAjax();
        return browser.text(BIN_PROBLEM);
    }

    /**
     * Waits for the check of a good BIN to clear its problem: submitting while the check is on its
     * way races it for the flash cookie that carries the success message to the next page.
     */
    public NgoRegistrationPage binAccepted() {
        browser.waitUntilGone(BIN_PROBLEM);
        return this;
    }

    public NgoRegistrationPage details(
            String legalForm, String region, String address, String contactEmail) {
        browser.select(By.id("register:legalForm"), legalForm);
        browser.select(By.id("register:regionCode"), region);
        browser.type(By.id("register:address"), address);
        browser.type(By.id("register:contactEmail"), contactEmail);
        return this;
    }

    /** Ticks an area of work, a working language and a source of funding, by their codes. */
    public NgoRegistrationPage profile(String area, String language, String funding) {
        browser.check(Locators.choice("register:areas", area));
        browser.check(Locators.choice("register:languages", language));
        browser.check(Locators.choice("register:funding", funding));
        return this;
    }

    /** Sends the form and waits for the page that follows (this one when refused). */
    public NgoRegistrationPage submit() {
        browser.clickAndWait(By.id("register:submit"));
        return this;
    }

    public String binError() {
        return browser.text(By.id("register:bin-error"));
    }
}
