package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/ngos.xhtml: finding NGOs. */
public final class StaffNgosPage {

    private final Browser browser;

    private StaffNgosPage(Browser browser) {
        this.browser = browser;
    }

    public static StaffNgosPage open(Browser browser, URL base) {
        browser.open(base + "staff/ngos.xhtml");
        return new StaffNgosPage(browser);
    }

    /** Searches by a text only. */
    public StaffNgosPage search(String text) {
        browser.type(By.id("ngos:text"), text);
        browser.clickAjax(By.id("ngos:find"));
        return this;
    }

    public ListTable table() {
        return new ListTable(browser, "ngos", "ngoTable");
    }

    /** Searches by a text and opens the NGO found by its name. */
    public StaffNgoPage find(String text, String name) {
        browser.type(By.id("ngos:text"), text);
        browser.clickAjax(By.id("ngos:find"));
        browser.followLink(name);
        return StaffNgoPage.on(browser);
    }
}
