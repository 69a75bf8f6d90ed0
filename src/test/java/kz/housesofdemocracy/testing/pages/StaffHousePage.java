package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/house.xhtml: a House as its staff keep it: rooms, quotas, the public page. */
public final class StaffHousePage {

    private final Browser browser;

    private StaffHousePage(Browser browser) {
        this.browser = browser;
    }

    public static StaffHousePage on(Browser browser) {
        return new StaffHousePage(browser);
    }

    public static StaffHousePage open(Browser browser, URL base, String id) {
        browser.open(base + "staff/house.xhtml?id=" + id);
        return new StaffHousePage(browser);
    }

    public static StaffHousePage open(Browser browser, URL base, long id, String language) {
        browser.open(base + "staff/house.xhtml?id=" + id + "&lang=" + language);
        return new StaffHousePage(browser);
    }

    public String name() {
        return browser.text(By.id("house-name"));
    }

    /** "Add a room", leading to an empty room form. */
    public RoomPage addRoom() {
        browser.clickAndWait(By.id("rooms:addRoom"));
        return RoomPage.on(browser);
    }

    /** Opens a room by its name in the rooms list. */
    public RoomPage room(String name) {
        browser.followLink(name);
        return RoomPage.on(browser);
    }

    public HousePage publicPage() {
        browser.clickAndWait(By.id("publicPage"));
        return HousePage.on(browser);
    }

    public StaffHousePage saveQuotas(String hoursPerMonth) {
        browser.type(By.id("quotas:hoursPerMonth"), hoursPerMonth);
        browser.clickAndWait(By.id("quotas:saveQuotas"));
        return this;
    }

    public StaffHousePage saveQuotas(String hoursPerMonth, String futureBookings) {
        browser.type(By.id("quotas:hoursPerMonth"), hoursPerMonth);
        browser.type(By.id("quotas:futureBookings"), futureBookings);
        browser.clickAndWait(By.id("quotas:saveQuotas"));
        return this;
    }

    public String hoursPerMonthError() {
        return browser.text(By.id("quotas:hoursPerMonth-error"));
    }
}
