package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** sign-up.xhtml: name, e-mail, password twice, language. */
public final class SignUpPage {

    private static final By NAME = By.id("signUp:name");

    private final Browser browser;

    private SignUpPage(Browser browser) {
        this.browser = browser;
    }

    public static SignUpPage open(Browser browser, URL base) {
        browser.open(base + "sign-up.xhtml");
        return new SignUpPage(browser);
    }

    public SignUpPage fill(String name, String email, String password, String repeat) {
        browser.type(NAME, name);
        browser.type(By.id("signUp:email"), email);
        browser.type(By.id("signUp:password"), password);
        browser.type(By.id("signUp:repeat"), repeat);
        return this;
    }

    public SignUpPage language(String language) {
        browser.select(By.id("signUp:language"), language);
        return this;
    }

    /** Sends the form and waits for the page that follows. */
    public Browser submit() {
        return browser.clickAndWait(By.id("signUp:submit"));
    }

    /** Sends the form expecting it to come back with the problems. */
    public SignUpPage submitRefused() {
        browser.find(By.id("signUp:submit")).click();
        return this;
    }

    public String passwordError() {
        return browser.text(By.id("signUp:password-error"));
    }

    public String name() {
        return browser.attribute(NAME, "value");
    }
}
