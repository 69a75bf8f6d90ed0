package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** admin/staff.xhtml: find an account, select it, grant it a role. */
public final class StaffRolesPage {

    private final Browser browser;

    private StaffRolesPage(Browser browser) {
        this.browser = browser;
    }

    public static StaffRolesPage open(Browser browser, URL base) {
        browser.open(base + "admin/staff.xhtml");
        return new StaffRolesPage(browser);
    }

    /** Searches and selects the first account found. */
    public StaffRolesPage selectFirst(String query) {
        browser.type(By.id("search:query"), query);
        browser.clickAjax(By.id("search:find"));
        browser.clickAjax(Locators.control(Locators.row("search:accountTable") + "[1]", "select"));
        return this;
    }

    /** Filters the accounts by text, role, region ("" for any of them). */
    public StaffRolesPage filter(String query, String role, String region) {
        browser.type(By.id("search:query"), query);
        browser.select(By.id("search:filterRole"), role);
        browser.select(By.id("search:filterRegion"), region);
        browser.clickAjax(By.id("search:find"));
        return this;
    }

    public ListTable table() {
        return new ListTable(browser, "search", "accountTable");
    }

    public String selectedAccount() {
        return browser.text(By.id("selected-account"));
    }

    public StaffRolesPage grant(String role, String houseId, String reason) {
        browser.select(By.id("grantForm:role"), role);
        browser.waitForAjax();
        browser.select(By.id("grantForm:houseId"), houseId);
        browser.type(By.id("grantForm:reason"), reason);
        browser.clickAjax(By.id("grantForm:grant"));
        return this;
    }

    public String grants() {
        return browser.text(By.id("grantForm:grantTable"));
    }
}
