package kz.housesofdemocracy.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.pages.AdminEquipmentPage;
import kz.housesofdemocracy.testing.pages.ListTable;
import kz.housesofdemocracy.testing.pages.StaffRolesPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administrator's lists in Chromium: accounts filtered, sorted, exported; rows named. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffRolesPageIT {

    @ArquillianResource private URL base;

    @Test
    void accountsAreFilteredByRoleAndRegionSortedExportedAndNamedByRow() {
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            StaffRolesPage page = StaffRolesPage.open(browser, base);
            ListTable table = page.table();

            // Sorted by e-mail, ascending by default, descending on the second click.
            List<String> ascending = table.column("email");
            assertEquals(ascending.stream().sorted().toList(), ascending);
            table.sortDescending("email");
            List<String> descending = table.column("email");
            assertNotEquals(ascending.get(0), descending.get(0));

            // Approvers: both demo ones, each row's roles in words.
            page.filter("", "AKIMAT_APPROVER", "");
            List<String> approvers = table.column("email");
            assertTrue(approvers.contains(Demo.APPROVER_ASTANA.email()), approvers.toString());
            assertTrue(approvers.contains(Demo.APPROVER_ALMATY.email()), approvers.toString());
            String approver = Bundle.text("kk", "role.AKIMAT_APPROVER");
            assertTrue(table.column("roles").stream().allMatch(r -> r.contains(approver)));

            // …of Almaty only: the region narrows the list.
            page.filter("", "AKIMAT_APPROVER", "KZ-75");
            List<String> almaty = table.column("email");
            assertTrue(almaty.contains(Demo.APPROVER_ALMATY.email()), almaty.toString());
            assertFalse(almaty.contains(Demo.APPROVER_ASTANA.email()), almaty.toString());
            assertTrue(almaty.size() < approvers.size());

            // Each "Select" names its person.
            List<String> names = table.accessibleNames("select");
            assertEquals(almaty.size(), names.size());
            assertTrue(
                    names.stream().anyMatch(n -> n.contains("Динара Сарсенова")), names.toString());

            // The export holds the filtered rows, roles and status in words.
            page.filter("", "AKIMAT_APPROVER", "");
            ListTable.Export csv = table.csv();
            assertEquals(approvers.size(), csv.body().size(), csv.rows().toString());
            assertEquals(
                    approvers.stream().sorted().toList(),
                    csv.body().stream().map(r -> r.get(0)).sorted().toList());
            assertTrue(csv.body().stream().allMatch(r -> r.get(2).contains(approver)));
            assertFalse(csv.rows().toString().contains("AKIMAT_APPROVER"));
            assertTrue(csv.fileName().contains("accounts-"), csv.fileName());
            assertEquals(csv.body(), table.xlsx().body());

            // Selecting by row still opens the person's roles.
            page.filter("", "", "");
            page.selectFirst(Demo.MANAGER_ASTANA.email());
            assertTrue(page.selectedAccount().contains("Асқар Жұмабаев"));
        }
    }

    @Test
    void everyEquipmentEditButtonNamesItsItem() {
        try (Browser browser = Browser.withLanguages("en")) {
            browser.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            ListTable table = AdminEquipmentPage.open(browser, base).table();
            List<String> items = table.column("en");
            List<String> names = table.accessibleNames("edit");
            assertEquals(items.size(), names.size());
            for (int i = 0; i < items.size(); i++) {
                assertEquals(
                        Bundle.text("en", "equipment.edit") + ": " + items.get(i), names.get(i));
            }
            assertEquals(names.size(), names.stream().distinct().count(), names.toString());
        }
    }
}
