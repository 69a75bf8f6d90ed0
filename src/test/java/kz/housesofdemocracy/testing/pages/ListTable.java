package kz.housesofdemocracy.testing.pages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import kz.housesofdemocracy.testing.Browser;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A lazy PrimeFaces list (a data table with sortable columns, a paginator and CSV/XLSX export
 * buttons from the table-export include): its cells read back, a column sorted, the next page, and
 * the exported file fetched with the browser's own session.
 */
public final class ListTable {

    /** An exported file: the name the server gave it and its rows (the header row first). */
    public record Export(String fileName, List<List<String>> rows) {
        public List<List<String>> body() {
            return rows.subList(1, rows.size());
        }
    }

    private final Browser browser;
    private final String formId;
    private final String tableId;

    ListTable(Browser browser, String formId, String tableId) {
        this.browser = browser;
        this.formId = formId;
        this.tableId = tableId;
    }

    private String id() {
        return formId + ":" + tableId;
    }

    /** The texts of one column (by the column's id), top to bottom, of the page shown. */
    public List<String> column(String columnId) {
        int index = columnIndex(columnId);
        List<String> texts = new ArrayList<>();
        for (WebElement row : rows()) {
            texts.add(row.findElements(By.xpath("./td")).get(index).getText().strip());
        }
        return texts;
    }

    /** The rows of the page shown (an empty table shows none). */
    public List<WebElement> rows() {
        return browser.driver()
                .findElements(
                        By.xpath(
                                "//tbody[@id='"
                                        + id()
                                        + "_data']/tr[not(contains(@class,'ui-datatable-empty-message'))]"));
    }

    /** The row keys (the ids of the rows' objects) of the page shown. */
    public List<String> rowKeys() {
        return rows().stream().map(r -> r.getAttribute("data-rk")).toList();
    }

    /** Sorts by a column ascending: clicks its title until the header says so. */
    public ListTable sortAscending(String columnId) {
        return sortUntil(columnId, "ascending");
    }

    /** Sorts by a column descending: clicks its title until the header says so. */
    public ListTable sortDescending(String columnId) {
        return sortUntil(columnId, "descending");
    }

    private ListTable sortUntil(String columnId, String order) {
        By header = By.id(id() + ":" + columnId);
        for (int click = 0; click < 3; click++) {
            if (order.equals(browser.find(header).getAttribute("aria-sort"))) {
                return this;
            }
            browser.clickAjax(
                    By.xpath(
                            "//th[@id='"
                                    + id()
                                    + ":"
                                    + columnId
                                    + "']/span[contains(@class,'ui-column-title')]"));
        }
        String now = browser.find(header).getAttribute("aria-sort");
        if (!order.equals(now)) {
            throw new AssertionError(
                    columnId
                            + " is not sorted "
                            + order
                            + ": aria-sort="
                            + now
                            + ", "
                            + column(columnId));
        }
        return this;
    }

    public ListTable nextPage() {
        browser.clickAjax(
                By.xpath(
                        "//*[@id='"
                                + id()
                                + "_paginator_bottom']//*[contains(@class,'ui-paginator-next')]"));
        return this;
    }

    /** The accessible names (aria-label) of the controls in the rows whose ids end so. */
    public List<String> accessibleNames(String controlId) {
        return browser
                .driver()
                .findElements(
                        By.xpath(
                                "//tbody[@id='"
                                        + id()
                                        + "_data']//*[substring(@id, string-length(@id) - "
                                        + controlId.length()
                                        + ") = ':"
                                        + controlId
                                        + "']"))
                .stream()
                .map(e -> e.getAttribute("aria-label"))
                .toList();
    }

    /** The CSV export of the filtered rows, fetched as the export button would. */
    public Export csv() {
        List<?> answer = fetch("exportCsv", false);
        String text = (String) answer.get(1);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                rows.add(csvLine(line));
            }
        }
        return new Export((String) answer.get(0), rows);
    }

    /** The XLSX export of the filtered rows, opened with POI. */
    public Export xlsx() {
        List<?> answer = fetch("exportXlsx", true);
        byte[] bytes = Base64.getDecoder().decode((String) answer.get(1));
        List<List<String>> rows = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Export((String) answer.get(0), rows);
    }

    private List<?> fetch(String buttonId, boolean binary) {
        var driver = browser.driver();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String script =
                "const [formId, button, binary, done] = arguments;"
                        + "const form = document.getElementById(formId);"
                        + "const data = new URLSearchParams(new FormData(form));"
                        + "data.append(button, button);"
                        + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                        + ".then(r => { const name = r.headers.get('Content-Disposition') || '';"
                        + "  return binary"
                        + "   ? r.arrayBuffer().then(b => { const a = new Uint8Array(b); let s = '';"
                        + "       for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                        + "       done([name, btoa(s)]); })"
                        + "   : r.text().then(t => done([name, t])); })"
                        + ".catch(e => done(['', 'ERROR ' + e]));";
        return (List<?>)
                ((JavascriptExecutor) driver)
                        .executeAsyncScript(script, formId, formId + ":" + buttonId, binary);
    }

    private int columnIndex(String columnId) {
        List<WebElement> headers =
                browser.driver().findElements(By.xpath("//*[@id='" + id() + "_head']/tr/th"));
        for (int i = 0; i < headers.size(); i++) {
            if ((id() + ":" + columnId).equals(headers.get(i).getAttribute("id"))) {
                return i;
            }
        }
        throw new AssertionError("no column " + columnId + " in " + id());
    }

    /** One line of CSV (RFC 4180, as {@link TableExport#csvRows} reads it). */
    static List<String> csvLine(String line) {
        List<List<String>> rows = TableExport.csvRows(line);
        return rows.isEmpty() ? List.of() : rows.get(0);
    }
}
