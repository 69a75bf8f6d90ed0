package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** account/profile.xhtml: details (language) and sessions. */
public final class ProfilePage {

    private final Browser browser;

    private ProfilePage(Browser browser) {
        this.browser = browser;
    }

    /** The profile, where signing in lands. */
    public static ProfilePage on(Browser browser) {
        return new ProfilePage(browser);
    }

    public static ProfilePage open(Browser browser, URL base) {
        browser.open(base + "account/profile.xhtml");
        return new ProfilePage(browser);
    }

    public ProfilePage saveLanguage(String language) {
        browser.select(By.id("profile:language"), language);
        browser.clickAndWait(By.id("profile:save"));
        return this;
    }

    /** "Sign out everywhere", confirmed. */
    public Browser signOutEverywhere() {
        browser.find(By.id("sessions:signOutEverywhere")).click();
        return browser.confirmAndWait();
    }
}
