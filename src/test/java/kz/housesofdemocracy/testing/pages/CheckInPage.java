package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/**
 * ngo/checkin.xhtml, where a room's code leads: type the front desk's code and check in to what is
 * on now.
 */
public final class CheckInPage {

    private static final By CODE = By.id("checkin:code");

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

    /** Types the presence code and checks in the first booking on now. */
    public CheckInPage checkInWith(String code) {
        browser.type(CODE, code);
        browser.clickAndWait(By.cssSelector("#current button[id$=':checkIn']"));
        return this;
    }

    /** The message beside the code field. */
    public String codeError() {
        return browser.text(By.id("checkin:code-message"));
    }

    /** The "checked in" mark of the booking on now. */
    public String checkedIn() {
        return browser.text(By.cssSelector("#current .checked-in"));
    }
}
