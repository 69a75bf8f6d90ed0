package kz.housesofdemocracy.ngos.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bins;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;
import kz.housesofdemocracy.testing.pages.ListTable;
import kz.housesofdemocracy.testing.pages.StaffFilingsPage;
import kz.housesofdemocracy.testing.pages.StaffNgosPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The staff lists of the NGO registry in Chromium: the region-wide filings list (sorted, filtered,
 * paged, exported; verify, and refuse with the filing's own reason) and the NGOs list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffFilingsPageIT {

    private static final int LAST_YEAR = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear() - 1;
    private static final int COUNT = 22;

    @ArquillianResource private URL base;

    @BeforeAll
    static void mailServer() {
        Mailbox.start();
    }

    /** Registers NGOs named "Тізім <marker> 01" … in Astana, each with a filing for last year. */
    private Map<String, Long> ngosWithFilings(String marker) {
        Api ngo = Api.withToken(base, Demo.NGO.email(), Demo.password());
        Map<String, Long> ids = new HashMap<>();
        for (int i = 1; i <= COUNT; i++) {
            String n = String.format(Locale.ROOT, "%02d", i);
            String json =
                    Json.createObjectBuilder()
                            .add(
                                    "name",
                                    Json.createObjectBuilder()
                                            .add("kk", "Тізім " + marker + " " + n)
                                            .add("ru", "Список " + marker + " " + n)
                                            .add("en", "List " + marker + " " + n))
                            .add("bin", Bins.fresh())
                            .add("legalForm", "PUBLIC_ASSOCIATION")
                            .add("regionCode", "KZ-71")
                            .add("address", "Астана қ., 1")
                            .add("areas", Json.createArrayBuilder().add("education"))
                            .add("languages", Json.createArrayBuilder().add("KK"))
                            .add("funding", Json.createArrayBuilder().add("STATE"))
                            .add("youthLed", false)
                            .add("contactEmail", "ngo@example.kz")
                            .build()
                            .toString();
            long id = created(ngo.post("api/ngos", json));
            created(
                    ngo.post(
                            "api/ngos/" + id + "/filings",
                            "{\"year\":"
                                    + LAST_YEAR
                                    + ",\"filedOn\":\""
                                    + (LAST_YEAR + 1)
                                    + "-02-"
                                    + n
                                    + "\",\"reference\":\"REF-"
                                    + marker
                                    + "-"
                                    + n
                                    + "\"}"));
            ids.put(n, id);
        }
        return ids;
    }

    private static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        String location = reply.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String marker() {
        return "m" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theApproverSortsPagesFiltersVerifiesAndRefusesFilingsWithTheirOwnReasons() {
        String marker = marker();
        Map<String, Long> ids = ngosWithFilings(marker);
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.signIn(base.toString(), Demo.APPROVER_ASTANA.email(), Demo.password());
            StaffFilingsPage page = StaffFilingsPage.open(browser, base).filter(marker, "", null);
            ListTable table = page.table();

            // Sorting by the NGO's name, in the database: ascending, then descending.
            table.sortAscending("ngo");
            List<String> ascending = table.column("ngo");
            assertEquals(20, ascending.size(), ascending.toString());
            assertEquals("Тізім " + marker + " 01", ascending.get(0));
            table.sortDescending("ngo");
            List<String> descending = table.column("ngo");
            assertEquals("Тізім " + marker + " 22", descending.get(0));
            assertNotEquals(ascending, descending);

            // Page 2 shows the other two.
            table.nextPage();
            assertEquals(
                    List.of("Тізім " + marker + " 02", "Тізім " + marker + " 01"),
                    table.column("ngo"));

            // A filter narrows: "… 0" is 01 to 09, each naming last year and its NGO.
            page.filter(marker + " 0", "", LAST_YEAR);
            List<String> narrowed = table.column("ngo");
            assertEquals(9, narrowed.size(), narrowed.toString());
            assertTrue(narrowed.stream().allMatch(n -> n.startsWith("Тізім " + marker + " 0")));
            List<String> names = table.accessibleNames("verify");
            assertEquals(9, names.size());
            for (String ngoName : narrowed) {
                assertTrue(
                        names.stream()
                                .anyMatch(
                                        n ->
                                                n.startsWith(Bundle.text("kk", "ngos.verify"))
                                                        && n.contains(ngoName)
                                                        && n.contains(Integer.toString(LAST_YEAR))),
                        ngoName + " in " + names);
            }

            // The CSV and the XLSX hold exactly the filtered rows, with words, not codes.
            ListTable.Export csv = table.csv();
            assertTrue(
                    csv.fileName().contains("filings-" + LocalDate.now(ZoneId.of("Asia/Almaty"))),
                    csv.fileName());
            assertEquals(9, csv.body().size(), csv.rows().toString());
            List<String> exported = new ArrayList<>();
            csv.body().forEach(r -> exported.add(r.get(0)));
            assertEquals(narrowed.stream().sorted().toList(), exported.stream().sorted().toList());
            String waiting = Bundle.text("kk", "filing.status.PENDING");
            assertTrue(
                    csv.body().stream().allMatch(r -> r.contains(waiting)), csv.rows().toString());
            assertFalse(csv.rows().toString().contains("PENDING"));
            assertTrue(csv.body().stream().allMatch(r -> r.contains("Астана қаласы")));
            ListTable.Export xlsx = table.xlsx();
            assertTrue(xlsx.fileName().endsWith(".xlsx\"") || xlsx.fileName().contains(".xlsx"));
            assertEquals(csv.body(), xlsx.body());

            // Refusing asks for this filing's own reason; then one is refused, another verified.
            String target = "Тізім " + marker + " 05";
            assertEquals(
                    Bundle.text("kk", "validation.reason.required"),
                    page.refuseWithoutReason(target));
            String reason = "Түбіртек оқылмайды " + marker;
            page.refuse(target, reason);
            assertTrue(page.messages().contains(Bundle.text("kk", "filing.refused")));
            page.verify("Тізім " + marker + " 06");
            assertTrue(page.messages().contains(Bundle.text("kk", "filing.verified")));

            // Waiting ones only: 7 of the 9 left.
            page.filter(marker + " 0", "PENDING", null);
            assertEquals(7, table.column("ngo").size());
            assertFalse(table.column("ngo").contains(target));
        }

        // The NGO reads the refusal and its reason back.
        Api ngo = Api.withToken(base, Demo.NGO.email(), Demo.password());
        JsonObject refused =
                ngo.get("api/ngos/" + ids.get("05"))
                        .object()
                        .getJsonArray("filings")
                        .getJsonObject(0);
        assertEquals("REFUSED", refused.getString("status"));
        assertEquals("Түбіртек оқылмайды " + marker, refused.getString("note"));
        JsonObject verified =
                ngo.get("api/ngos/" + ids.get("06"))
                        .object()
                        .getJsonArray("filings")
                        .getJsonObject(0);
        assertEquals("VERIFIED", verified.getString("status"));
    }

    @Test
    void theNgosListSortsByNameFiltersPagesAndExportsTheFilteredRows() {
        String marker = marker();
        ngosWithFilings(marker);
        try (Browser browser = Browser.withLanguages("ru")) {
            browser.signIn(base.toString(), Demo.APPROVER_ASTANA.email(), Demo.password());
            StaffNgosPage page = StaffNgosPage.open(browser, base).search(marker);
            ListTable table = page.table();
            // The default order is by name.
            List<String> first = table.column("name");
            assertEquals(20, first.size());
            assertEquals("Список " + marker + " 01", first.get(0));
            table.sortDescending("name");
            assertEquals("Список " + marker + " 22", table.column("name").get(0));
            table.nextPage();
            assertEquals(
                    List.of("Список " + marker + " 02", "Список " + marker + " 01"),
                    table.column("name"));

            page.search(marker + " 1");
            List<String> narrowed = table.column("name");
            assertEquals(10, narrowed.size(), narrowed.toString());
            ListTable.Export csv = table.csv();
            assertEquals(10, csv.body().size());
            assertEquals(
                    narrowed.stream().sorted().toList(),
                    csv.body().stream().map(r -> r.get(0)).sorted().toList());
            assertTrue(
                    csv.body().stream().allMatch(r -> r.contains("город Астана")),
                    csv.rows().toString());
            assertEquals(csv.body(), table.xlsx().body());

            // A phone: the table scrolls inside its own box; a wide window: the table uses it.
            browser.windowSize(360, 800);
            StaffFilingsPage.open(browser, base).filter(marker, "", null);
            assertEquals(0, browser.sidewaysOverflow());
            browser.windowSize(1280, 900);
            StaffNgosPage.open(browser, base).search(marker);
            long tableWidth =
                    (Long)
                            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                                    .executeScript(
                                            "return Math.round(document.getElementById('ngos:ngoTable').getBoundingClientRect().width);");
            long mainWidth =
                    (Long)
                            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                                    .executeScript(
                                            "const m = document.querySelector('main'); const s = getComputedStyle(m);"
                                                    + " return Math.round(m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight));");
            assertTrue(tableWidth >= mainWidth - 2, tableWidth + " of " + mainWidth);
            assertTrue(browser.isPresent(By.id("ngos:ngoTable")));
        }
    }
}
