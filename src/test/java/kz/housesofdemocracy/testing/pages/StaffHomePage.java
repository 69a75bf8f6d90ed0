package kz.housesofdemocracy.testing.pages;

import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/index.xhtml, where staff land after signing in: heading and their scopes. */
public final class StaffHomePage {

    private final Browser browser;

    private StaffHomePage(Browser browser) {
        this.browser = browser;
    }

    public static StaffHomePage on(Browser browser) {
        return new StaffHomePage(browser);
    }

    public String heading() {
        return browser.text(By.id("staff-heading"));
    }

    public String scopes() {
        return browser.text(By.id("staff-scopes"));
    }
}
