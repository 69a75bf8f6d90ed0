package kz.housesofdemocracy.testing.pages;

import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** ngo/ngo.xhtml: an NGO as its representative sees it: identity, eligibility, filings. */
public final class NgoPage {

    private final Browser browser;

    private NgoPage(Browser browser) {
        this.browser = browser;
    }

    public static NgoPage on(Browser browser) {
        return new NgoPage(browser);
    }

    /** Opens the page by its address (as the browser showed it after registering). */
    public static NgoPage open(Browser browser, String address) {
        browser.open(address);
        return new NgoPage(browser);
    }

    public String name() {
        return browser.text(By.id("ngo-name"));
    }

    public String identity() {
        return browser.text(By.id("ngo-identity"));
    }

    /** What the page says about one eligibility rule, e.g. IDENTITY_VERIFIED. */
    public String rule(String code) {
        return browser.text(By.id("rule-" + code));
    }

    public String verdict() {
        return browser.text(By.id("eligibility-verdict"));
    }

    /** Records a yearly filing. */
    public NgoPage recordFiling(String reference, int year, String filedOn) {
        browser.type(By.id("filing:reference"), reference);
        browser.type(By.id("filing:year_input"), Integer.toString(year));
        browser.type(By.id("filing:filedOn_input"), filedOn);
        browser.clickAndWait(By.id("filing:save"));
        return this;
    }

    public String filings() {
        return browser.text(By.id("filingTable"));
    }
}
