package kz.housesofdemocracy.testing.pages;

import java.nio.file.Path;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** staff/room.xhtml: a room's details and its photos. */
public final class RoomPage {

    private static final By CAPACITY = By.id("room:capacity_input");
    private static final By UPLOAD = By.id("photos:upload");

    private final Browser browser;

    private RoomPage(Browser browser) {
        this.browser = browser;
    }

    public static RoomPage on(Browser browser) {
        return new RoomPage(browser);
    }

    public RoomPage kind(String kind) {
        browser.select(By.id("room:kind"), kind);
        return this;
    }

    public RoomPage name(String language, String name) {
        browser.type(By.id("room:name_" + language), name);
        return this;
    }

    public RoomPage capacity(int people) {
        browser.type(CAPACITY, Integer.toString(people));
        return this;
    }

    public RoomPage hourlyRate(String kzt) {
        browser.type(By.id("room:hourlyRateKzt_input"), kzt);
        return this;
    }

    /** Ticks a piece of equipment by its code. */
    public RoomPage equipment(String code) {
        browser.check(Locators.choice("room:equipment", code));
        return this;
    }

    public RoomPage stepFree() {
        browser.check(By.id("room:stepFree"));
        return this;
    }

    /** Saves; the page that follows (this form again when refused). */
    public RoomPage save() {
        browser.clickAndWait(By.id("room:save"));
        return this;
    }

    public String nameError(String language) {
        return browser.text(By.id("room:name_" + language + "-error"));
    }

    public String capacityError() {
        return browser.text(By.id("room:capacity-error"));
    }

    /** Uploads a file as a photo with its alternative text in one language. */
    public RoomPage uploadPhoto(Path file, String language, String alt) {
        browser.find(UPLOAD).sendKeys(file.toString());
        browser.type(By.id("photos:alt_" + language), alt);
        browser.clickAndWait(By.id("photos:uploadButton"));
        return this;
    }

    /** Uploads a file as a photo without a text. */
    public RoomPage uploadPhoto(Path file) {
        browser.find(UPLOAD).sendKeys(file.toString());
        browser.clickAndWait(By.id("photos:uploadButton"));
        return this;
    }

    public String photoMessages() {
        // Shown once, by the template's global messages (the form's own skips what those show).
        return browser.messages();
    }

    public String uploadError() {
        return browser.text(By.id("photos:upload-error"));
    }

    /** The alternative text of the first photo in the list. */
    public String firstPhotoAlt() {
        return browser.attribute(By.cssSelector("#photoList img"), "alt");
    }

    public StaffHousePage backToHouse() {
        browser.clickAndWait(By.id("backToHouse"));
        return StaffHousePage.on(browser);
    }
}
