package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** admin/audit.xhtml: the audit trail, in words. */
public final class AdminAuditPage {

    private final Browser browser;

    private AdminAuditPage(Browser browser) {
        this.browser = browser;
    }

    public static AdminAuditPage open(Browser browser, URL base) {
        browser.open(base + "admin/audit.xhtml");
        return new AdminAuditPage(browser);
    }

    /** Filters by actor, an action's key ("" for any) and a region's code ("" for any). */
    public AdminAuditPage filter(String actor, String action, String region) {
        browser.type(By.id("audit:actor"), actor);
        browser.select(By.id("audit:action"), action);
        browser.select(By.id("audit:region"), region);
        browser.clickAjax(By.id("audit:find"));
        return this;
    }

    /** The words the action filter shows for a key. */
    public String actionChoice(String key) {
        return browser.text(By.xpath("//select[@id='audit:action']/option[@value='" + key + "']"));
    }

    public ListTable table() {
        return new ListTable(browser, "audit", "lines");
    }
}
