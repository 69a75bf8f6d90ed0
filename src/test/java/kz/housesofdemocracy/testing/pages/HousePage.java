package kz.housesofdemocracy.testing.pages;

import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** public/house.xhtml: a House's name, region, opening hours, rooms and offices. */
public final class HousePage {

    private static final By ROOMS = By.id("room-table");

    private final Browser browser;

    private HousePage(Browser browser) {
        this.browser = browser;
    }

    public static HousePage on(Browser browser) {
        return new HousePage(browser);
    }

    public String name() {
        return browser.text(By.id("house-name"));
    }

    public String region() {
        return browser.text(By.id("house-region"));
    }

    public String openingHoursHeading() {
        return browser.text(By.id("opening-hours"));
    }

    /** A room's line in the rooms table. */
    public String room(long id) {
        return browser.text(By.id("room-" + id));
    }

    /** An office's line in the offices table. */
    public String office(long id) {
        return browser.text(By.id("office-" + id));
    }

    public String rooms() {
        return browser.text(ROOMS);
    }

    /** The alternative text of the first photo in the rooms table. */
    public String firstRoomPhotoAlt() {
        return photo().getAttribute("alt");
    }

    /** The width the first room photo decoded to (0 if it was not served). */
    public int firstRoomPhotoWidth() {
        return ((Number)
                        ((JavascriptExecutor) browser.driver())
                                .executeScript("return arguments[0].naturalWidth;", photo()))
                .intValue();
    }

    private WebElement photo() {
        return browser.find(By.cssSelector("#room-table img"));
    }
}
