package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import java.util.List;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * staff/bookings.xhtml: the queue of requests a House's staff approve or reject, and the list of
 * bookings in their scope; both lazy tables with filters, sorting, pages and exports. A rejection
 * or a cancellation asks for its reason in a dialog of its own.
 */
public final class StaffBookingsPage {

    /** The queue of requests waiting for approval. */
    public static final String QUEUE = "queue:pending";

    /** The list of bookings. */
    public static final String LIST = "lists:bookings";

    private final Browser browser;

    private StaffBookingsPage(Browser browser) {
        this.browser = browser;
    }

    public static StaffBookingsPage open(Browser browser, URL base, String language) {
        browser.open(base + "staff/bookings.xhtml?lang=" + language);
        return new StaffBookingsPage(browser);
    }

    /** "Approve" on the request that shows the texts (room, time). */
    public StaffBookingsPage approve(String... rowTexts) {
        browser.clickAjax(Locators.control(Locators.row(QUEUE, rowTexts), "approve"));
        return this;
    }

    /** "Reject" on a request, then the dialog's "Reject" with no reason; the message shown. */
    public String rejectWithoutReason(String... rowTexts) {
        openDialog(QUEUE, "reject", rowTexts);
        browser.clickAjax(By.id("reasonForm:confirmReject"));
        String error = browser.text(By.id("reasonForm:reason-error"));
        browser.click(By.id("reasonForm:close"));
        browser.waitUntilGone(By.id("reasonDialog"));
        return error;
    }

    /** What the reason dialog says it is about, after "Reject" on a request (then closed). */
    public String rejectDialogSubject(String... rowTexts) {
        openDialog(QUEUE, "reject", rowTexts);
        String subject = browser.text(By.id("reason-target"));
        browser.click(By.id("reasonForm:close"));
        browser.waitUntilGone(By.id("reasonDialog"));
        return subject;
    }

    /** "Reject" on the request that shows the texts, with a reason typed in its own dialog. */
    public StaffBookingsPage reject(String reason, String... rowTexts) {
        openDialog(QUEUE, "reject", rowTexts);
        browser.type(By.id("reasonForm:reason"), reason);
        browser.clickAjax(By.id("reasonForm:confirmReject"));
        browser.waitUntilGone(By.id("reasonDialog"));
        return this;
    }

    /** "Cancel" on a booking of the list, with a reason, confirmed. */
    public StaffBookingsPage cancel(String reason, String... rowTexts) {
        openDialog(LIST, "cancel", rowTexts);
        browser.type(By.id("reasonForm:reason"), reason);
        browser.click(By.id("reasonForm:confirmCancel"));
        browser.confirmAjax();
        browser.waitUntilGone(By.id("reasonDialog"));
        return this;
    }

    private void openDialog(String table, String control, String... rowTexts) {
        browser.clickAjax(Locators.control(Locators.row(table, rowTexts), control));
        browser.find(By.id("reasonForm:reason"));
    }

    /** The accessible name of a row's control ("approve", "reject", "cancel"). */
    public String accessibleName(String table, String control, String... rowTexts) {
        return browser.attribute(
                Locators.control(Locators.row(table, rowTexts), control), "aria-label");
    }

    /** Sets the filters (null leaves one as it is) and searches. */
    public StaffBookingsPage filter(
            String houseId, String status, String from, String to, String ngoText) {
        if (houseId != null) {
            browser.select(By.id("filters:house"), houseId);
        }
        if (status != null) {
            browser.select(By.id("filters:status"), status);
        }
        if (from != null) {
            browser.type(By.id("filters:from_input"), from);
        }
        if (to != null) {
            browser.type(By.id("filters:to_input"), to);
        }
        if (ngoText != null) {
            browser.type(By.id("filters:ngoText"), ngoText);
        }
        browser.clickAjax(By.id("filters:find"));
        return this;
    }

    /** The texts of a table's rows on the page shown, top to bottom (none when it is empty). */
    public List<String> rows(String table) {
        browser.find(By.id(table));
        return browser.driver().findElements(By.xpath(Locators.row(table))).stream()
                .filter(row -> row.getAttribute("data-ri") != null)
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    /** The first cell of each row shown (the booking's time). */
    public List<String> firstCells(String table) {
        browser.find(By.id(table));
        return browser
                .driver()
                .findElements(By.xpath(Locators.row(table) + "[@data-ri]/td[1]"))
                .stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    /** Clicks a column's header to sort by it (again: the other way). */
    public StaffBookingsPage sortBy(String table, String header) {
        browser.clickAjax(header(table, header));
        return this;
    }

    /**
     * Sorts the lists by a column ("when", "room", "house", "ngo", "status") through the filters.
     */
    public StaffBookingsPage order(String column, boolean descending) {
        browser.select(By.id("filters:order"), column);
        browser.select(By.id("filters:descending"), Boolean.toString(descending));
        browser.clickAjax(By.id("filters:find"));
        return this;
    }

    /** Sorts by a column's header from the keyboard (Enter on the focused header). */
    public StaffBookingsPage sortByKeyboard(String table, String header) {
        browser.find(header(table, header)).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitForAjax();
        return this;
    }

    /** A column header's sort state as the page tells assistive technology (aria-sort). */
    public String sortState(String table, String header) {
        return browser.attribute(header(table, header), "aria-sort")
                + "/"
                + browser.attribute(header(table, header), "aria-label");
    }

    private static By header(String table, String header) {
        return By.xpath(
                "//*[@id='"
                        + table
                        + "_head']//th[.//span[contains(@class,'ui-column-title') and normalize-space(.)='"
                        + header
                        + "']]");
    }

    public StaffBookingsPage rowsPerPage(String table, int rows) {
        browser.select(
                By.xpath(
                        "(//*[@id='"
                                + table
                                + "']//select[contains(@class,'ui-paginator-rpp-options')])[1]"),
                Integer.toString(rows));
        browser.waitForAjax();
        return this;
    }

    /** Goes to a page of a table by its number. */
    public StaffBookingsPage page(String table, int number) {
        browser.clickAjax(
                By.xpath(
                        "(//*[@id='"
                                + table
                                + "']//*[contains(@class,'ui-paginator-page') and normalize-space(.)='"
                                + number
                                + "'])[1]"));
        return this;
    }

    /** The CSV export of a form's table (the list: "lists", the queue: "queue"). */
    public TableExport.File csv(String form) {
        return TableExport.csv(browser, form, "exportCsv");
    }

    public TableExport.File xlsx(String form) {
        return TableExport.xlsx(browser, form, "exportXlsx");
    }

    public String queue() {
        return browser.text(By.id(QUEUE));
    }

    /** How many times the page shows a text (a confirmation should appear once). */
    public int timesShown(String text) {
        return browser.count(Locators.showing(text));
    }
}
