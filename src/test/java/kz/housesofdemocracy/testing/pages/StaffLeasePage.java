package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import java.util.List;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/**
 * staff/leases.xhtml: the lazy lists of applications and leases (filters, exports, row buttons),
 * and with one application selected its competition and the decisions.
 */
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

    /** The list of applications waiting for a decision. */
    public static final String APPLICATIONS = "queue:applications";

    /** The list of approved and active leases. */
    public static final String LEASES = "leases:active";

    /** The page without an application selected: the lists. */
    public static StaffLeasePage openLists(Browser browser, URL base, String language) {
        browser.open(base + "staff/leases.xhtml?lang=" + language);
        return new StaffLeasePage(browser);
    }

    /** Searches the lists for NGOs whose name contains a text. */
    public StaffLeasePage filterByNgo(String text) {
        browser.type(By.id("filters:ngoText"), text);
        browser.clickAjax(By.id("filters:find"));
        return this;
    }

    /** The cells of each row a list shows. */
    public List<List<String>> rows(String table) {
        return TableExport.rows(browser, table);
    }

    /** The accessible name of a row's button ("review"). */
    public String accessibleName(String table, String... rowTexts) {
        return browser.attribute(
                Locators.control(Locators.row(table, rowTexts), "review"), "aria-label");
    }

    /** A list's CSV export ("queue" for applications, "leases" for leases). */
    public TableExport.File csv(String form) {
        return TableExport.csv(browser, form, "exportCsv");
    }

    public TableExport.File xlsx(String form) {
        return TableExport.xlsx(browser, form, "exportXlsx");
    }

    /** The table of application windows. */
    public String windows() {
        return browser.text(By.id("window:windows"));
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
