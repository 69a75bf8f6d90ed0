package kz.housesofdemocracy.testing.pages;

import java.net.URL;
import kz.housesofdemocracy.testing.Browser;

/** admin/equipment.xhtml: the equipment list. */
public final class AdminEquipmentPage {

    private final Browser browser;

    private AdminEquipmentPage(Browser browser) {
        this.browser = browser;
    }

    public static AdminEquipmentPage open(Browser browser, URL base) {
        browser.open(base + "admin/equipment.xhtml");
        return new AdminEquipmentPage(browser);
    }

    public ListTable table() {
        return new ListTable(browser, "equipment", "items");
    }
}
