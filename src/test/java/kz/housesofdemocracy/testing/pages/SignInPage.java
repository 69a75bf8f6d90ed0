package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** sign-in.xhtml: e-mail, password, "sign in". */
public final class SignInPage {

    private static final By PASSWORD = By.id("signIn:password");

    private final Browser browser;

    private SignInPage(Browser browser) {
        this.browser = browser;
    }

    /** The sign-in page the browser is on (e.g. after a refused attempt). */
    public static SignInPage on(Browser browser) {
        return new SignInPage(browser);
    }

    /** Signs in and waits for the page that follows. */
    public static Browser signIn(Browser browser, URL base, String email, String password) {
        return browser.signIn(base.toString(), email, password);
    }

    /** What the password field holds (emptied after a refusal). */
    public String password() {
        return browser.attribute(PASSWORD, "value");
    }
}
