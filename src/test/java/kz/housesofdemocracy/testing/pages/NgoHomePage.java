package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** ngo/index.xhtml: the NGOs a representative acts for. */
public final class NgoHomePage {

    private final Browser browser;

    private NgoHomePage(Browser browser) {
        this.browser = browser;
    }

    public static NgoHomePage open(Browser browser, URL base) {
        browser.open(base + "ngo/index.xhtml");
        return new NgoHomePage(browser);
    }

    public String myNgos() {
        return browser.text(By.id("my-ngos"));
    }
}
