package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** ngo/leases.xhtml: applying for an office, and my applications with their status. */
public final class LeaseApplicationPage {

    private final Browser browser;

    private LeaseApplicationPage(Browser browser) {
        this.browser = browser;
    }

    public static LeaseApplicationPage open(Browser browser, URL base, String language) {
        browser.open(base + "ngo/leases.xhtml?lang=" + language);
        return new LeaseApplicationPage(browser);
    }

    /** Picks NGO, House (the office list follows it), office and term. */
    public LeaseApplicationPage choose(long ngo, long house, long office, int years) {
        browser.select(By.id("apply:ngoId"), Long.toString(ngo));
        browser.select(By.id("apply:houseId"), Long.toString(house));
        browser.waitForAjax();
        browser.select(By.id("apply:officeId"), Long.toString(office));
        browser.select(By.id("apply:years"), Integer.toString(years));
        return this;
    }

    public LeaseApplicationPage purpose(String text) {
        browser.type(By.id("apply:purpose"), text);
        return this;
    }

    public LeaseApplicationPage staff(int people) {
        browser.type(By.id("apply:staffCount_input"), Integer.toString(people));
        return this;
    }

    public LeaseApplicationPage submit() {
        browser.clickAndWait(By.id("apply:submit"));
        return this;
    }

    public String purposeError() {
        return browser.text(By.id("apply:purpose-error"));
    }

    /** The status of one of my applications. */
    public String status(long lease) {
        return browser.text(By.id("lease-status-" + lease));
    }

    /** The reason given with a decision on one of my applications. */
    public String reason(long lease) {
        return browser.text(By.id("lease-reason-" + lease));
    }
}
