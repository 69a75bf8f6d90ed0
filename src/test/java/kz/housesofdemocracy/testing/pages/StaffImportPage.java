package kz.housesofdemocracy.testing.pages;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The import page (staff/import.xhtml) in its steps: the upload form, the mapping, the progress of
 * a pass, the report with its rows, the result. The page keeps one address for every step, and the
 * browser's own axe check runs once per address; {@link #axe} analyses the step shown now.
 */
public final class StaffImportPage {

    private static final By KIND = By.id("upload:kind");
    private static final By FILE = By.id("upload:file");
    private static final By SEND = By.id("upload:send");
    private static final By CHECK = By.id("mapping:check");
    private static final By REPORT_HEADING = By.id("report-heading");
    private static final By ROWS = By.cssSelector("[id='report:rows_data'] > tr");
    private static final By REFUSED_ONLY = By.id("report:refusedOnly");
    private static final By APPLY = By.id("report:apply");

    private final Browser browser;

    private StaffImportPage(Browser browser) {
        this.browser = browser;
    }

    public static StaffImportPage open(Browser browser, URL base) {
        browser.open(base + "staff/import.xhtml");
        return new StaffImportPage(browser);
    }

    public static StaffImportPage on(Browser browser) {
        return new StaffImportPage(browser);
    }

    /** The kinds offered, by value (NGOS, ROOMS, …). */
    public List<String> kinds() {
        return new Select(browser.find(KIND))
                .getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    /** Chooses the kind and uploads a file; the page that follows is the mapping (or an error). */
    public StaffImportPage upload(String kind, Path file) {
        browser.select(KIND, kind);
        browser.find(FILE).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait(SEND);
        return this;
    }

    /** The message next to the file field. */
    public String fileError() {
        return browser.text(By.id("upload:file-error"));
    }

    /** The job's id, from the page's address ({@code ?job=}). */
    public long jobId() {
        String url = browser.currentUrl();
        return Long.parseLong(url.substring(url.indexOf("job=") + 4).replaceAll("\\D.*$", ""));
    }

    /** The mapping's fields as shown: label (with its required mark) → the chosen column's text. */
    public Map<String, String> mapping() {
        browser.find(CHECK);
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        List<WebElement> selects =
                browser.driver().findElements(By.cssSelector("[id='mapping'] select"));
        for (WebElement select : selects) {
            String label =
                    browser.driver()
                            .findElement(
                                    By.cssSelector(
                                            "label[for='" + select.getAttribute("id") + "']"))
                            .getText()
                            .strip();
            shown.put(label, new Select(select).getFirstSelectedOption().getText().strip());
        }
        return shown;
    }

    /** Accepts the mapping as it is and runs the dry run; waits for its report. */
    public StaffImportPage checkAsSuggested() {
        browser.clickAndWait(CHECK);
        return waitForReport();
    }

    /**
     * Accepts the mapping and runs the dry run; returns the progress bar as it was on the first
     * page after the click, if the pass was still running then (read in one script, so never half a
     * page), and waits for the report.
     */
    public Optional<Progress> checkCatchingProgress() {
        browser.clickAndWait(CHECK);
        Optional<Progress> seen = progress();
        waitForReport();
        return seen;
    }

    /** The progress bar's state now: its label, value and maximum; empty when none is shown. */
    public Optional<Progress> progress() {
        Object read =
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var b = document.getElementById('progress-bar');"
                                        + " var l = document.getElementById('progress-label');"
                                        + " if (!b || !l) return null;"
                                        + " return [l.textContent.trim(), b.getAttribute('value'),"
                                        + " b.getAttribute('max'), l.getAttribute('for')];");
        if (!(read instanceof List<?> parts)) {
            return Optional.empty();
        }
        return Optional.of(
                new Progress(
                        String.valueOf(parts.get(0)),
                        (String) parts.get(1),
                        (String) parts.get(2),
                        String.valueOf(parts.get(3))));
    }

    /** What the progress bar showed: its label's text, value and max (null while unknown). */
    public record Progress(String label, String value, String max, String labelFor) {}

    /**
     * How far the report's table reaches beyond its box or the window, in pixels (0 when every cell
     * is read without scrolling sideways).
     */
    public long rowsSidewaysOverflow() {
        Object px =
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var t = document.getElementById('report:rows');"
                                        + " var w = t.querySelector('.ui-datatable-tablewrapper');"
                                        + " var over = Math.max(0, w.scrollWidth - w.clientWidth);"
                                        + " var width = document.documentElement.clientWidth;"
                                        + " t.querySelectorAll('td').forEach(function (c) {"
                                        + "   var r = c.getBoundingClientRect();"
                                        + "   over = Math.max(over, Math.ceil(r.right - width),"
                                        + "     Math.ceil(-r.left)); });"
                                        + " return over;");
        return ((Number) px).longValue();
    }

    /** Follows "import another file" on the result and waits for the upload form. */
    public StaffImportPage again() {
        browser.clickAndWait(By.id("report:again"));
        browser.find(KIND);
        return this;
    }

    /** The House chosen on the upload form (its id). */
    public String house() {
        return browser.attribute(By.id("upload:house"), "value");
    }

    /**
     * Ticks "refused only" from the keyboard (space on the focused box) and waits for the table.
     */
    public StaffImportPage refusedOnlyByKeyboard() {
        WebElement box = browser.find(REFUSED_ONLY);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", box);
        box.sendKeys(Keys.SPACE);
        browser.waitForAjax();
        return this;
    }

    /** Waits (a minute at most) until a pass is over and its report is shown. */
    public StaffImportPage waitForReport() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(
                        d -> {
                            try {
                                return !d.findElements(REPORT_HEADING).isEmpty()
                                        && d.findElements(By.id("progress-bar")).isEmpty();
                            } catch (WebDriverException swapping) {
                                return false;
                            }
                        });
        browser.find(REPORT_HEADING);
        return this;
    }

    public String reportHeading() {
        return browser.text(REPORT_HEADING);
    }

    /** A figure of the report: created, updated, unchanged, refused. */
    public String count(String which) {
        return browser.text(By.id("count-" + which));
    }

    /** The table's rows on the page shown, each as its cells' texts. */
    public List<List<String>> rows() {
        browser.find(By.id("report:rows"));
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : browser.driver().findElements(ROWS)) {
            List<String> cells =
                    row.findElements(By.tagName("td")).stream()
                            .map(c -> c.getText().strip())
                            .toList();
            if (cells.size() > 1) {
                rows.add(cells);
            }
        }
        return rows;
    }

    /** Ticks "refused only" and waits for the table to show only those. */
    public StaffImportPage refusedOnly() {
        browser.click(REFUSED_ONLY);
        browser.waitForAjax();
        return this;
    }

    /** The link to the spreadsheet of refused rows. */
    public String refusedDownload() {
        return browser.attribute(By.id("refused-download"), "href");
    }

    /** Asks to apply; returns the confirmation's question, then answers yes and waits. */
    public String applyConfirmingThat() {
        browser.click(APPLY);
        String question = browser.text(By.cssSelector(".ui-confirm-dialog-message"));
        browser.confirmAndWait();
        waitForReport();
        return question;
    }

    /** Saves a full-page screenshot. */
    public StaffImportPage screenshot(Path file) {
        ReportLooks.screenshot(browser, file);
        return this;
    }

    /**
     * Runs axe (WCAG 2.1 A/AA and label-in-name, as every browser test does) on the step shown now,
     * whatever the browser's own check already saw at this address; fails on a violation.
     */
    public StaffImportPage axe(String step) {
        browser.waitForAjax();
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        options.setRules(Map.of("label-content-name-mismatch", on));
        Results results =
                new AxeBuilder()
                        .withOptions(options)
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .disableIframeTesting()
                        .analyze(browser.driver());
        List<Rule> violations = results.getViolations();
        if (results.getErrorMessage() != null || !violations.isEmpty()) {
            throw new AssertionError(
                    "axe at the step "
                            + step
                            + ": "
                            + results.getErrorMessage()
                            + " "
                            + violations.stream()
                                    .map(
                                            r ->
                                                    r.getId()
                                                            + " "
                                                            + r.getNodes().stream()
                                                                    .limit(3)
                                                                    .map(n -> n.getHtml())
                                                                    .collect(
                                                                            Collectors.joining(
                                                                                    " | ")))
                                    .collect(Collectors.joining("; ")));
        }
        return this;
    }
}
