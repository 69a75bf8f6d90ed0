package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/**
 * staff/inbox.xhtml: what waits on the signed-in member of staff, one row per item (found by its
 * kind and id), with the counts by queue and the one-click decisions.
 */
public final class InboxPage {

    private final Browser browser;

    private InboxPage(Browser browser) {
        this.browser = browser;
    }

    /** The whole inbox, or one queue of it (kind null for all). */
    public static InboxPage open(Browser browser, URL base, String language, String kind) {
        browser.open(
                base
                        + "staff/inbox.xhtml?lang="
                        + language
                        + (kind == null ? "" : "&kind=" + kind));
        return new InboxPage(browser);
    }

    /** Saves a screenshot of the whole page (PNG) for a person to look at. */
    public InboxPage screenshot(java.nio.file.Path file) {
        ReportLooks.screenshot(browser, file);
        return this;
    }

    private static By row(String kind, long id) {
        return By.cssSelector("tr.inbox-" + kind + "-" + id);
    }

    private static By in(String kind, long id, String css) {
        return By.cssSelector("tr.inbox-" + kind + "-" + id + " " + css);
    }

    public boolean has(String kind, long id) {
        return browser.isPresent(row(kind, id));
    }

    /** How long the item has waited, as the page words it. */
    public String age(String kind, long id) {
        return browser.text(in(kind, id, "time"));
    }

    public String title(String kind, long id) {
        return browser.text(in(kind, id, ".inbox-title"));
    }

    /** The accessible name of one of the row's buttons ("approve", "reject", "recommend"). */
    public String actionName(String kind, long id, String action) {
        return browser.attribute(in(kind, id, "[id$=':" + action + "']"), "aria-label");
    }

    /** The count the page shows for a queue. */
    public long count(String kind) {
        return Long.parseLong(
                browser.text(By.cssSelector("span.inbox-count[data-kind='" + kind + "']"))
                        .replaceAll("\\D", ""));
    }

    public String total() {
        return browser.text(By.id("inbox-total"));
    }

    /** The table's text when nothing waits. */
    public String tableText() {
        return browser.text(By.cssSelector("[id='inbox:items'] .ui-datatable-empty-message"));
    }

    public InboxPage approve(String kind, long id) {
        browser.clickAndWait(in(kind, id, "button[id$=':approve']"));
        return this;
    }

    /** Opens the item's reject dialog, sends it empty, and returns the error beside the reason. */
    public String rejectWithoutReason(String kind, long id) {
        browser.clickAjax(in(kind, id, "button[id$=':reject']"));
        browser.clickAjax(By.id("rejectForm:confirmReject"));
        return browser.text(By.id("rejectForm:reason-error"));
    }

    /** The heading line of the open reject dialog: what is being rejected. */
    public String rejecting() {
        return browser.text(By.id("rejectWhat"));
    }

    public InboxPage reject(String kind, long id, String reason) {
        browser.clickAjax(in(kind, id, "button[id$=':reject']"));
        browser.type(By.id("rejectForm:reason"), reason);
        browser.clickAndWait(By.id("rejectForm:confirmReject"));
        return this;
    }

    public InboxPage recommend(String kind, long id, String text) {
        browser.clickAjax(in(kind, id, "button[id$=':recommend']"));
        browser.type(By.id("recommendForm:recommendation"), text);
        browser.clickAndWait(By.id("recommendForm:confirmRecommend"));
        return this;
    }
}
