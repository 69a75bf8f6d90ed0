package kz.housesofdemocracy.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver: nothing is downloaded at test time,
 * and the flags keep it from reaching for the network.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Accessibility accessibility;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.accessibility = new Accessibility(driver);
    }

    /**
     * A fresh browser (no cookies) whose Accept-Language is the given list, e.g. "ru" or
     * "fr,kk;q=0.5".
     */
    public static Browser withLanguages(String acceptLanguage) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--force-prefers-reduced-motion",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--window-size=1280,900",
                "--lang=" + acceptLanguage.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new File(
                                        System.getProperty(
                                                "it.chromedriver", "/usr/bin/chromedriver")))
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        waitForAjax();
        accessibility.check();
        checkContentSecurityPolicy();
        return this;
    }

    /**
     * Lets one axe rule fail on one page (a path ending, e.g. "/staff/qr.xhtml") for a reason that
     * no fix can remove; the reason is required and belongs in the test beside the call. Prefer
     * fixing the page.
     */
    public Browser tolerate(String pathEnd, String axeRule, String reason) {
        accessibility.tolerate(pathEnd, axeRule, reason);
        return this;
    }

    /**
     * Waits for a visible element; on timeout the failure says where the browser was and what it
     * saw. A document (or an open dialog) that axe has not seen yet, reached by a click that did
     * not go through this class, is analysed first.
     */
    public WebElement find(By by) {
        WebElement found = waitForVisible(by);
        if (accessibility.isUnchecked()) {
            waitForAjax();
            accessibility.check();
        }
        checkContentSecurityPolicy();
        return found;
    }

    /**
     * Installed in every document before its own scripts run: each Content-Security-Policy
     * violation the document reports (an inline script or handler without the page's nonce, an
     * eval, a file from elsewhere) is kept in the tab's session storage, so that one met just
     * before a navigation is still there to be read on the next page of the same origin.
     */
    private static final String CSP_RECORDER =
            "document.addEventListener('securitypolicyviolation', function (e) {"
                    + "  var line = e.effectiveDirective + ' refused '"
                    + "    + (e.blockedURI || 'inline') + ' in ' + e.documentURI"
                    + "    + (e.sourceFile ? ' (' + e.sourceFile + ':' + e.lineNumber + ')' : '')"
                    + "    + (e.sample ? ': ' + e.sample : '');"
                    + "  try {"
                    + "    var seen = JSON.parse(sessionStorage.getItem('hodCsp') || '[]');"
                    + "    seen.push(line);"
                    + "    sessionStorage.setItem('hodCsp', JSON.stringify(seen));"
                    + "  } catch (unavailable) {}"
                    + "});";

    private static final String CSP_VIOLATIONS =
            "try { var seen = sessionStorage.getItem('hodCsp');"
                    + " sessionStorage.removeItem('hodCsp'); return seen; }"
                    + " catch (unavailable) { return null; }";

    /**
     * Fails the test on any Content-Security-Policy violation a page of the application reported
     * since the last look: every browser test thereby checks the policy on every page it visits.
     */
    public Browser checkContentSecurityPolicy() {
        Object seen;
        try {
            seen = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(CSP_VIOLATIONS);
        } catch (org.openqa.selenium.WebDriverException swapping) {
            return this; // the document is being replaced: the next look reads what it kept
        }
        if (seen != null && !"[]".equals(seen)) {
            throw new AssertionError(
                    "the page broke its Content-Security-Policy at "
                            + driver.getCurrentUrl()
                            + ": "
                            + seen);
        }
        return this;
    }

    private WebElement waitForVisible(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(
                            d -> {
                                try {
                                    return ExpectedConditions.visibilityOfElementLocated(by)
                                            .apply(d);
                                } catch (org.openqa.selenium.WebDriverException swapping) {
                                    // the document is being replaced; ask again
                                    return null;
                                }
                            });
        } catch (TimeoutException e) {
            String page;
            try {
                page = driver.findElement(By.tagName("main")).getText();
            } catch (RuntimeException noMain) {
                page = driver.getPageSource();
            }
            throw new AssertionError(
                    "no visible "
                            + by
                            + " at "
                            + driver.getCurrentUrl()
                            + "; the page said: "
                            + (page.length() > 4000 ? page.substring(0, 4000) + "…" : page),
                    e);
        }
    }

    public String text(By by) {
        return find(by).getText().strip();
    }

    /** Clicks a link or button that leads to a new page and waits until that page is there. */
    public Browser clickAndWait(By by) {
        WebElement element = find(by);
        settleFocus();
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(element));
        waitForAjax();
        accessibility.check();
        return this;
    }

    /**
     * Whether an element has left the page. While Chromium swaps documents, asking about an old
     * node can also fail with "does not belong to the document": that too means it is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException
                | org.openqa.selenium.NoSuchElementException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Clicks something that sends an ajax request and waits until PrimeFaces has applied the
     * answer.
     */
    public Browser clickAjax(By by) {
        WebElement element = find(by);
        settleFocus();
        element.click();
        waitForAjax();
        accessibility.check();
        return this;
    }

    /**
     * Leaves the field being typed in before a click: its blur handlers (number formatting) may
     * move the page, and a click during that move lands nowhere.
     */
    private void settleFocus() {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();");
        waitForAjax();
    }

    public Browser waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        ((org.openqa.selenium.JavascriptExecutor) d)
                                                .executeScript(
                                                        "return document.readyState === 'complete'"
                                                                + " && (!window.jQuery || jQuery.active === 0)"
                                                                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
        return this;
    }

    /**
     * Waits until nothing matching {@code by} is on the page: the outcome of an ajax request that
     * PrimeFaces sends after a delay (a keyup with {@code delay}), which {@link #waitForAjax()}
     * cannot see coming because it is not queued until its timer fires.
     */
    public Browser waitUntilGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(by).stream().noneMatch(Browser::isShown));
        return waitForAjax();
    }

    private static boolean isShown(WebElement element) {
        try {
            return element.isDisplayed();
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return false;
        }
    }

    /** Scrolls an element to the middle of the window and clicks it (checkboxes, links). */
    public Browser click(By by) {
        WebElement element = find(by);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        return this;
    }

    /** Ticks a checkbox (once, whatever the scrolling does) and waits until it shows ticked. */
    public Browser check(By by) {
        WebElement box = find(by);
        if (!box.isSelected()) {
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("arguments[0].click();", box);
        }
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(by).isSelected());
        return this;
    }

    /**
     * Clears a field and types into it. Number fields that format themselves do not always obey
     * clear(), so whatever is left is selected and typed over.
     */
    public Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        field.sendKeys(text);
        return this;
    }

    /** Picks an option of a select by its value. */
    public Browser select(By by, String value) {
        new org.openqa.selenium.support.ui.Select(find(by)).selectByValue(value);
        return this;
    }

    /** Signs in through the sign-in page and waits for the page that follows. */
    public Browser signIn(String base, String email, String password) {
        open(base + "sign-in.xhtml");
        type(By.id("signIn:email"), email);
        type(By.id("signIn:password"), password);
        return clickAndWait(By.id("signIn:submit"));
    }

    /** The text of the page's messages (notices and errors at the top). */
    public String messages() {
        return text(By.id("globalMessages"));
    }

    public String htmlLang() {
        return find(By.tagName("html")).getAttribute("lang");
    }

    /** The page's main heading, as the person reads it. */
    public String heading() {
        return text(By.tagName("h1"));
    }

    /** The whole main part of the page (for failure messages). */
    public String mainText() {
        return text(By.tagName("main"));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The page as the server sent it and scripts changed it. */
    public String pageSource() {
        return driver.getPageSource();
    }

    /** Resizes the window, e.g. to a phone's screen. */
    public Browser windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    /** How many pixels the page is wider than the window (0 when nothing overflows sideways). */
    public long sidewaysOverflow() {
        return (Long)
                ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** An attribute of a visible element (a field's value, a link's address, an image's alt). */
    public String attribute(By by, String name) {
        return find(by).getAttribute(name);
    }

    /** How many elements match, without waiting (rows of a table already on the page). */
    public int count(By by) {
        return driver.findElements(by).size();
    }

    /** Whether something is on the page now, without waiting. */
    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The name of the signed-in person in the navigation. */
    public String signedInName() {
        return text(By.id("nav-profile"));
    }

    /** Follows the language switcher's link for a language (kk, ru, en). */
    public Browser switchLanguage(String language) {
        return clickAndWait(languageLink(language));
    }

    /** Whether the switcher marks a language as the current one. */
    public boolean isCurrentLanguage(String language) {
        return "true".equals(attribute(languageLink(language), "aria-current"));
    }

    public static By languageLink(String language) {
        return By.id("lang-" + language);
    }

    /** Answers "yes" in the page's confirmation dialog and waits for the page that follows. */
    public Browser confirmAndWait() {
        return clickAndWait(By.id("confirmYes"));
    }

    /** Answers "yes" in the confirmation dialog of an ajax action and waits for its answer. */
    public Browser confirmAjax() {
        click(By.id("confirmYes"));
        waitForAjax();
        accessibility.check();
        return this;
    }

    /** Answers "no" in the page's confirmation dialog. */
    public Browser decline() {
        return click(By.id("confirmNo"));
    }

    /** Follows a link by its visible text and waits for the page it leads to. */
    public Browser followLink(String text) {
        return clickAndWait(By.linkText(text));
    }

    @Override
    public void close() {
        String failures;
        try {
            checkContentSecurityPolicy();
            failures = unserializableSessionState();
        } finally {
            driver.quit();
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(
                    "the session held what a cluster cannot copy to another node:\n" + failures);
        }
    }

    /**
     * What {@link SessionSerializationProbe} found since it was last asked; empty outside the test
     * deployment (e.g. the cluster benchmarks, which use this helper against ROOT.war).
     */
    private String unserializableSessionState() {
        URI page;
        try {
            page = URI.create(driver.getCurrentUrl());
        } catch (RuntimeException browserGone) {
            return "";
        }
        String deployment = "/" + ItDeployment.NAME + "/";
        if (page.getPath() == null || !page.getPath().startsWith(deployment)) {
            return "";
        }
        URI probe = page.resolve(deployment + SessionSerializationProbe.PATH);
        try {
            HttpResponse<String> answer =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(probe)
                                            .timeout(Duration.ofSeconds(10))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200
                    ? answer.body()
                    : "the session probe answered " + answer.statusCode();
        } catch (IOException e) {
            return "the session probe did not answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
