package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/filings.xhtml: the annual filings of the approver's regions, verified or refused. */
public final class StaffFilingsPage {

    private final Browser browser;

    private StaffFilingsPage(Browser browser) {
        this.browser = browser;
    }

    public static StaffFilingsPage open(Browser browser, URL base) {
        browser.open(base + "staff/filings.xhtml");
        return new StaffFilingsPage(browser);
    }

    /** Filters by a text (NGO name or BIN), a status ("" for any) and a year (null for any). */
    public StaffFilingsPage filter(String text, String status, Integer year) {
        browser.type(By.id("filings:text"), text);
        browser.select(By.id("filings:status"), status);
        browser.select(By.id("filings:year"), year == null ? "" : year.toString());
        browser.clickAjax(By.id("filings:find"));
        return this;
    }

    public ListTable table() {
        return new ListTable(browser, "filings", "filingTable");
    }

    /** Verifies the filing in the row that shows this NGO's name. */
    public StaffFilingsPage verify(String ngoName) {
        browser.clickAjax(Locators.control(Locators.row("filings:filingTable", ngoName), "verify"));
        return this;
    }

    /** Refuses the filing in the row that shows this NGO's name, with a reason of its own. */
    public StaffFilingsPage refuse(String ngoName, String reason) {
        browser.clickAjax(Locators.control(Locators.row("filings:filingTable", ngoName), "refuse"));
        browser.type(By.id("refuseForm:reason"), reason);
        browser.clickAjax(By.id("refuseForm:confirmRefuse"));
        browser.waitUntilGone(By.id("refuseDialog"));
        return this;
    }

    /** Tries to refuse without a reason; the dialog stays open with the message under the field. */
    public String refuseWithoutReason(String ngoName) {
        browser.clickAjax(Locators.control(Locators.row("filings:filingTable", ngoName), "refuse"));
        browser.clickAjax(By.id("refuseForm:confirmRefuse"));
        String error = browser.text(By.id("refuseForm:reason-error"));
        browser.driver()
                .findElement(By.cssSelector("#refuseDialog .ui-dialog-titlebar-close"))
                .click();
        browser.waitUntilGone(By.id("refuseDialog"));
        return error;
    }

    public String messages() {
        return browser.messages();
    }
}
