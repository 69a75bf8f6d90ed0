package kz.housesofdemocracy.testing.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The header of every page: the menu row (entries by id, with the waiting counts), the "Menu"
 * button that folds it on a phone, its groups (Houses, Administration), and the breadcrumbs of a
 * drill-down page.
 */
public final class SiteMenu {

    private static final By MENU = By.id("site-menu");
    private static final By TOGGLE = By.id("menu-toggle");

    private final Browser browser;

    private SiteMenu(Browser browser) {
        this.browser = browser;
    }

    public static SiteMenu on(Browser browser) {
        return new SiteMenu(browser);
    }

    /**
     * Every link of the menu, folded groups included, by id, with its address, in the order of the
     * page.
     */
    public Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (WebElement link :
                browser.driver().findElement(MENU).findElements(By.cssSelector("a[id]"))) {
            entries.put(link.getAttribute("id"), link.getAttribute("href"));
        }
        return entries;
    }

    /** An entry's text as a person reads it (its label, and its count if it shows one). */
    public String label(String id) {
        return (String)
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var label = document.querySelector('#' + arguments[0] + ' .site-menu__label');"
                                        + " return label ? label.textContent.trim() : null;",
                                id);
    }

    /** The accessible texts of the waiting counts shown in the menu ("3 waiting"). */
    public List<String> countTexts() {
        return browser
                .driver()
                .findElement(MENU)
                .findElements(By.cssSelector(".badge .sr-only"))
                .stream()
                .map(e -> e.getAttribute("textContent").strip())
                .toList();
    }

    /** The id of the entry marked as the current page, or null. */
    public String current() {
        List<WebElement> current =
                browser.driver()
                        .findElement(MENU)
                        .findElements(By.cssSelector("a[aria-current='page']"));
        return current.isEmpty() ? null : current.get(0).getAttribute("id");
    }

    public boolean isShown() {
        return browser.driver().findElement(MENU).isDisplayed();
    }

    public boolean isToggleShown() {
        return browser.driver().findElement(TOGGLE).isDisplayed();
    }

    public String toggleExpanded() {
        return browser.driver().findElement(TOGGLE).getAttribute("aria-expanded");
    }

    /** Presses Enter on the "Menu" button, as a keyboard user does. */
    public SiteMenu toggleByKeyboard() {
        browser.find(TOGGLE).sendKeys(Keys.ENTER);
        return this;
    }

    /** Opens a group (its summary's id: nav-houses, nav-admin) with the keyboard. */
    public SiteMenu openGroupByKeyboard(String summaryId) {
        browser.find(By.id(summaryId)).sendKeys(Keys.ENTER);
        return this;
    }

    /** Presses Escape where the focus is. */
    public SiteMenu escape() {
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        return this;
    }

    public boolean isEntryShown(String id) {
        return browser.driver().findElement(By.id(id)).isDisplayed();
    }

    /**
     * Whether the header is one row (every part beside the brand) with the menu in one row below.
     */
    public boolean headerIsOneRowAndMenuRow() {
        return Boolean.TRUE.equals(
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var parts = Array.from(document.querySelector('.site-header__inner').children)"
                                        + "  .filter(function (e) { return e.getClientRects().length > 0; });"
                                        + "var brand = parts[0].getBoundingClientRect();"
                                        + "var oneRow = parts.every(function (e) { var r = e.getBoundingClientRect();"
                                        + "  return r.top < brand.bottom && r.bottom > brand.top; });"
                                        + "var tops = Array.from(document.querySelectorAll('#site-menu .site-menu__list > li'))"
                                        + "  .map(function (li) { return Math.round(li.getBoundingClientRect().top); });"
                                        + "return oneRow && new Set(tops).size <= 1;"));
    }

    /** The breadcrumbs as read, one text per crumb, the page itself last. */
    public List<String> crumbs() {
        return browser.driver().findElements(By.cssSelector("nav.breadcrumbs li")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    /** Follows a breadcrumb (crumb-staff, crumb-house, crumb-ngos, …) back up. */
    public Browser backTo(String crumbId) {
        return browser.clickAndWait(By.id(crumbId));
    }
}
