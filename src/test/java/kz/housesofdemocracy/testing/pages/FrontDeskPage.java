package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/frontdesk.xhtml: the House's screen at the entrance, each room's presence code of now. */
public final class FrontDeskPage {

    private final Browser browser;

    private FrontDeskPage(Browser browser) {
        this.browser = browser;
    }

    public static FrontDeskPage open(Browser browser, URL base, long house, String language) {
        browser.open(base + "staff/frontdesk.xhtml?house=" + house + "&lang=" + language);
        return new FrontDeskPage(browser);
    }

    /** The code a room shows now. */
    public String code(long room) {
        return browser.text(By.id("code-" + room));
    }

    /** The alternative text of a room's QR code. */
    public String qrAlt(long room) {
        return browser.attribute(By.cssSelector("#room-" + room + " img"), "alt");
    }
}
