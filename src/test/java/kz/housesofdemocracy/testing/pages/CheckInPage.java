package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** ngo/checkin.xhtml, where a room's code leads: check in to what is on now. */
public final class CheckInPage {

    private final Browser browser;

    private CheckInPage(Browser browser) {
        this.browser = browser;
    }

    public static CheckInPage open(Browser browser, URL base, long room, String language) {
        browser.open(base + "ngo/checkin.xhtml?room=" + room + "&lang=" + language);
        return new CheckInPage(browser);
    }

    public String nothingNow() {
        return browser.text(By.id("nothing-now"));
    }
}
