package kz.housesofdemocracy.testing.pages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import kz.housesofdemocracy.testing.Browser;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A lazy table's rows as the page shows them, and its exports fetched the way its buttons fetch
 * them: the form posted with the browser's own cookies and view state.
 */
public final class TableExport {

    /** A downloaded export: the file name the server gave and its rows, the header first. */
    public record File(String disposition, List<List<String>> rows) {}

    private TableExport() {}

    /** The texts of the cells of each row shown, top to bottom (none when the table is empty). */
    public static List<List<String>> rows(Browser browser, String table) {
        browser.find(By.id(table));
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row :
                browser.driver().findElements(By.xpath(Locators.row(table) + "[@data-ri]"))) {
            rows.add(
                    row.findElements(By.xpath("./td")).stream()
                            .map(WebElement::getText)
                            .map(String::strip)
                            .toList());
        }
        return rows;
    }

    /** The CSV export behind a button of a form, read into rows of values. */
    public static File csv(Browser browser, String form, String button) {
        String[] answer = fetch(browser, form, button);
        String text = new String(Base64.getDecoder().decode(answer[1]), StandardCharsets.UTF_8);
        return new File(answer[0], csvRows(text.replace("\uFEFF", "")));
    }

    /**
     * RFC 4180 records: fields quoted (quotes doubled inside, line breaks kept) or bare; blank
     * lines left out.
     */
    static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The XLSX export behind a button of a form, opened with POI. */
    public static File xlsx(Browser browser, String form, String button) {
        String[] answer = fetch(browser, form, button);
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(answer[1])))) {
            DataFormatter cells = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    values.add(cells.formatCellValue(row.getCell(c)));
                }
                rows.add(values);
            }
            return new File(answer[0], rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] fetch(Browser browser, String form, String button) {
        Object answer =
                ((JavascriptExecutor) browser.driver())
                        .executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + "var form = document.getElementById(arguments[0]);"
                                        + "var body = new URLSearchParams(new FormData(form));"
                                        + "body.append(arguments[1], arguments[1]);"
                                        + "fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'})"
                                        + ".then(function (r) { return r.arrayBuffer().then(function (b) {"
                                        + "  var bytes = new Uint8Array(b), s = '';"
                                        + "  for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }"
                                        + "  done([String(r.headers.get('Content-Disposition')), btoa(s)]); }); })"
                                        + ".catch(function (e) { done(['error', String(e)]); });",
                                form,
                                form + ":" + button);
        @SuppressWarnings("unchecked")
        List<Object> parts = (List<Object>) answer;
        if ("error".equals(parts.get(0))) {
            throw new AssertionError("export failed: " + parts.get(1));
        }
        return new String[] {String.valueOf(parts.get(0)), String.valueOf(parts.get(1))};
    }
}
