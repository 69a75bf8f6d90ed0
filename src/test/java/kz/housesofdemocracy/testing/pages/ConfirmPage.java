package kz.housesofdemocracy.testing.pages;

import kz.housesofdemocracy.testing.Browser;
import org.openqa.selenium.By;

/** confirm.xhtml, opened from the mailed link: one button that confirms the address. */
public final class ConfirmPage {

    private ConfirmPage() {}

    /** Opens the mailed link and confirms; waits for the page that follows. */
    public static Browser confirm(Browser browser, String mailedLink) {
        browser.open(mailedLink);
        return browser.clickAndWait(By.id("confirm:submit"));
    }
}
