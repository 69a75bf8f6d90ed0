package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** admin/houses.xhtml: the Houses with their subsidy shares, and opening a new one. */
public final class AdminHousesPage {

    private final Browser browser;

    private AdminHousesPage(Browser browser) {
        this.browser = browser;
    }

    public static AdminHousesPage open(Browser browser, URL base) {
        browser.open(base + "admin/houses.xhtml");
        return new AdminHousesPage(browser);
    }

    /** Opens a House in a region with names and an address in Kazakh; the new House's page. */
    public StaffHousePage openHouse(String region, String nameKk, String nameRu, String addressKk) {
        browser.select(By.id("open:regionCode"), region);
        browser.type(By.id("open:name_kk"), nameKk);
        browser.type(By.id("open:name_ru"), nameRu);
        browser.type(By.id("open:address_kk"), addressKk);
        browser.clickAndWait(By.id("open:submit"));
        return StaffHousePage.on(browser);
    }

    /** The subsidy share shown for a House (its row is the one linking to it). */
    public String subsidy(String house) {
        return browser.attribute(subsidyField(house), "value");
    }

    public AdminHousesPage saveSubsidy(String house, String percent) {
        browser.type(subsidyField(house), percent);
        browser.clickAjax(Locators.control(houseRow(house), "saveSubsidy"));
        return this;
    }

    private static By subsidyField(String house) {
        return Locators.control(houseRow(house), "subsidy");
    }

    private static String houseRow(String house) {
        return Locators.row("list:houseTable") + "[.//a[contains(@href, 'id=" + house + "')]]";
    }
}
