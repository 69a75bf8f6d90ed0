package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/leases.xhtml with one application selected: its competition and the decisions. */
public final class StaffLeasePage {

    private static final By REASON_ERROR = By.id("decision:reason-error");

    private final Browser browser;

    private StaffLeasePage(Browser browser) {
        this.browser = browser;
    }

    public static StaffLeasePage open(Browser browser, URL base, long lease, String language) {
        browser.open(base + "staff/leases.xhtml?id=" + lease + "&lang=" + language);
        return new StaffLeasePage(browser);
    }

    /** The applications competing for the same offices. */
    public String competition() {
        return browser.text(By.id("competition"));
    }

    public String recommendation() {
        return browser.text(By.id("selected-recommendation"));
    }

    public String status() {
        return browser.text(By.id("selected-status"));
    }

    public StaffLeasePage recommend(String text) {
        browser.type(By.id("decision:recommendation"), text);
        browser.clickAjax(By.id("decision:recommend"));
        return this;
    }

    /** Approves under a council decision, confirmed. */
    public StaffLeasePage approve(String councilNumber, String councilDate) {
        browser.type(By.id("decision:councilNumber"), councilNumber);
        browser.type(By.id("decision:councilDate_input"), councilDate);
        browser.click(By.id("decision:approve"));
        browser.confirmAjax();
        return this;
    }

    /** "Reject" with no reason, confirmed; refused next to the reason. */
    public String rejectWithoutReason() {
        browser.clickAjax(By.id("decision:reject"));
        browser.confirmAjax();
        return browser.text(REASON_ERROR);
    }

    /** Rejects with a reason, confirmed. */
    public StaffLeasePage reject(String reason) {
        browser.type(By.id("decision:reason"), reason);
        browser.click(By.id("decision:reject"));
        browser.confirmAjax();
        return this;
    }
}
