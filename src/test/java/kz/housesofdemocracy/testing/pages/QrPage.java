package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/qr.xhtml: the sheet of check-in codes, one per room. */
public final class QrPage {

    private final Browser browser;

    private QrPage(Browser browser) {
        this.browser = browser;
    }

    public static QrPage open(Browser browser, URL base, long house, String language) {
        browser.open(base + "staff/qr.xhtml?house=" + house + "&lang=" + language);
        return new QrPage(browser);
    }

    /** The alternative text of a room's code. */
    public String codeAlt(long room) {
        return browser.attribute(By.cssSelector("#qr-" + room + " img"), "alt");
    }
}
