package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** it/fail.xhtml (test deployment only): actions that fail on purpose, and the dialogs. */
public final class FailPage {

    private final Browser browser;

    private FailPage(Browser browser) {
        this.browser = browser;
    }

    public static FailPage open(Browser browser, URL base) {
        browser.open(base + "it/fail.xhtml");
        return new FailPage(browser);
    }

    /** Ends the session behind the page's back, as a 30-minute idle timeout would. */
    public FailPage expireTheView() {
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        return this;
    }

    /** Starts the ajax action that fails; the text of the dialog that says so. */
    public String failingAjax() {
        browser.find(By.id("f:ajaxFail")).click();
        return browser.text(By.id("ajaxFailed"));
    }

    /** Starts an ajax submit; the text of the "expired" dialog. */
    public String ajaxSubmitExpired() {
        browser.find(By.id("f:ajaxSubmit")).click();
        return browser.text(By.id("ajaxExpired"));
    }

    /** A plain (non-ajax) submit, waiting for the page that follows. */
    public Browser plainSubmit() {
        return browser.clickAndWait(By.id("f:plainSubmit"));
    }
}
