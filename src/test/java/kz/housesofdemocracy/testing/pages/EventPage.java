package kz.housesofdemocracy.testing.pages;

import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** public/event.xhtml: one event, its seats, and registering for it. */
public final class EventPage {

    private final Browser browser;

    private EventPage(Browser browser) {
        this.browser = browser;
    }

    public static EventPage on(Browser browser) {
        return new EventPage(browser);
    }

    public String title() {
        return browser.text(By.id("event-title"));
    }

    public String seats() {
        return browser.text(By.id("event-seats"));
    }

    public EventPage name(String name) {
        browser.type(By.id("register:name"), name);
        return this;
    }

    public EventPage email(String email) {
        browser.type(By.id("register:email"), email);
        return this;
    }

    public EventPage organisation(String organisation) {
        browser.type(By.id("register:organisation"), organisation);
        return this;
    }

    public EventPage register() {
        browser.clickAndWait(By.id("register:submit"));
        return this;
    }

    public String emailError() {
        return browser.text(By.id("register:email-error"));
    }
}
