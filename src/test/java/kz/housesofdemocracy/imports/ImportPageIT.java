package kz.housesofdemocracy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bins;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.pages.StaffImportPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In Chromium, in Kazakh: a national administrator imports a small UTF-8 CSV of NGOs with Kazakh
 * headers, some rows bad: upload, the suggested mapping accepted, the dry run's report with each
 * refused row's Kazakh reason, apply after a confirmation that says how many rows it writes, the
 * result; a created NGO is read back through REST. Axe analyses every step; each step is
 * photographed at 360 and 1,280 px (docs/screenshots/import-*-kk-*.png). A House manager is offered
 * only the House's kinds, and a file that is neither CSV nor XLSX is refused with the Kazakh
 * message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportPageIT {

    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Path SHOTS = Path.of("target", "screenshots");

    /** Kazakh headers, as an akimat's spreadsheet has them. */
    private static final List<String> HEADERS =
            List.of(
                    "БСН",
                    "Атауы (қазақша)",
                    "Атауы (орысша)",
                    "Ұйымдық-құқықтық нысаны",
                    "Тіркелген күні",
                    "Өңір",
                    "Мекенжайы",
                    "Электрондық пошта",
                    "Қызмет салалары");

    /**
     * A region with no demo House, no demo NGO and no other test's NGOs (Atyrau; SuppressionIT
     * counts Abai's): other tests' figures stay as they were.
     */
    private static final String REGION = "KZ-23";

    private static final String REGION_KK = "Атырау облысы";

    @ArquillianResource private URL base;

    @Test
    void aNationalAdministratorImportsNgosInKazakhFromUploadToResult() throws IOException {
        String serial = Long.toString(System.nanoTime() % 1_000_000);
        String first = Bins.fresh();
        String second = Bins.fresh();
        String third = Bins.fresh();
        String nameless = Bins.fresh();
        String badDigit = first.substring(0, 11) + (char) ('0' + (first.charAt(11) - '0' + 1) % 10);
        String firstName = "Жастар бастамасы " + serial;
        Path file =
                csv(
                        "ngos-kk-" + serial,
                        row(first, firstName, "Молодёжная инициатива " + serial, "2020-09-15"),
                        row(second, "Ауыл әйелдері " + serial, "Сельские женщины " + serial, ""),
                        row(badDigit, "Қате БСН " + serial, "Неверный БИН " + serial, ""),
                        row(first, "Қайталанған " + serial, "Повтор " + serial, ""),
                        row(third, "Таза су " + serial, "Чистая вода " + serial, "2020-09-30"),
                        row(nameless, "", "Без казахского названия " + serial, ""));

        try (Browser browser = Browser.withLanguages("kk")) {
            browser.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            StaffImportPage page = StaffImportPage.open(browser, base);
            assertEquals(Bundle.text("kk", "import.page.title"), browser.heading());
            assertEquals("NGOS", page.kinds().get(0));
            // A House is asked for rooms, offices and leases only: hidden while NGOs are chosen.
            By houseField = By.id("house-field");
            assertFalse(browser.driver().findElement(houseField).isDisplayed(), "NGOs: no House");
            browser.select(By.id("upload:kind"), "ROOMS");
            assertTrue(browser.driver().findElement(houseField).isDisplayed(), "rooms: a House");
            browser.select(By.id("upload:kind"), "NGOS");
            assertFalse(browser.driver().findElement(houseField).isDisplayed(), "NGOs again");
            page.axe("upload");
            photographed(page, browser, "upload");

            page.upload("NGOS", file);
            long job = page.jobId();
            Map<String, String> mapping = page.mapping();
            assertTrue(
                    mapping.values().containsAll(HEADERS),
                    "every Kazakh header suggested for its field: " + mapping);
            page.axe("mapping");
            photographed(page, browser, "mapping");

            page.checkAsSuggested();
            assertEquals(Bundle.text("kk", "import.page.report"), page.reportHeading());
            assertEquals("3", page.count("created"));
            assertEquals("0", page.count("updated"));
            assertEquals("3", page.count("refused"));
            assertEquals(6, page.rows().size(), "every row of the file: " + page.rows());
            assertEquals(
                    "БСН " + first + " · " + firstName,
                    page.rows().get(0).get(3),
                    "the summary's words in Kazakh");
            assertTrue(
                    page.refusedDownload()
                            .endsWith("/api/imports/" + job + "/refused.xlsx?lang=kk"),
                    page.refusedDownload());
            page.axe("dry-run report");
            photographed(page, browser, "dry-run");

            // The refused rows, each with its reason in Kazakh: what the engine said, translated.
            Map<String, String> expected = refusedReasons(job);
            assertEquals(3, expected.size(), expected.toString());
            page.refusedOnly();
            List<List<String>> refused = page.rows();
            assertEquals(3, refused.size(), refused.toString());
            for (List<String> cells : refused) {
                assertEquals(Bundle.text("kk", "import.page.outcome.REFUSE"), cells.get(1));
                assertEquals(expected.get(cells.get(0)), cells.get(2), "row " + cells.get(0));
                assertFalse(cells.get(2).contains("name_kk"), cells.toString());
            }
            // The empty field named by its Kazakh label, as the engine's reason and key say.
            assertEquals(
                    new MessageFormat(Bundle.text("kk", "import.refused.missing"), KK)
                            .format(new Object[] {Bundle.text("kk", "import.field.name_kk")}),
                    refused.get(2).get(2));
            page.axe("refused only");

            String question = page.applyConfirmingThat();
            assertEquals(
                    new MessageFormat(Bundle.text("kk", "import.page.apply.confirm"), KK)
                            .format(new Object[] {3, 0}),
                    question);
            assertEquals(Bundle.text("kk", "import.page.result"), page.reportHeading());
            assertEquals("3", page.count("created"));
            assertEquals(
                    Bundle.text("kk", "import.page.done.CREATE"),
                    page.rows().get(0).get(1),
                    "what was done, not what would be");
            assertTrue(browser.isPresent(By.id("report:again")), "a way to import another file");
            page.axe("result");
            photographed(page, browser, "result");
        }

        // Read back through REST: the first NGO exists, with its Kazakh name, in its region.
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        Api.Reply found = admin.get("api/ngos?q=" + first);
        assertEquals(200, found.status(), found.body());
        JsonArray items = found.object().getJsonArray("items");
        assertEquals(1, items.size(), found.body());
        JsonObject ngo = items.getJsonObject(0);
        assertEquals(first, ngo.getString("bin"));
        assertEquals(firstName, ngo.getJsonObject("name").getString("kk"));
        assertEquals(REGION, ngo.getString("regionCode"));
    }

    @Test
    void aHouseManagerIsOfferedTheHousesKindsAndAFileOfAnotherTypeIsRefused() throws IOException {
        Path text = SHOTS.getParent().resolve("import-page-not-a-table.txt");
        Files.createDirectories(text.getParent());
        Files.writeString(text, "Бұл кесте емес.\n", StandardCharsets.UTF_8);
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.windowSize(360, 800);
            browser.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            StaffImportPage page = StaffImportPage.open(browser, base);
            assertEquals(List.of("ROOMS", "OFFICES", "LEASES"), page.kinds());
            assertEquals("1", browser.attribute(By.id("upload:house"), "value"), "their House");
            assertTrue(browser.sidewaysOverflow() <= 0, "360 px: " + browser.sidewaysOverflow());

            page.upload("ROOMS", text);
            assertEquals(Bundle.text("kk", "import.page.file.type"), page.fileError());
            assertTrue(browser.currentUrl().endsWith("staff/import.xhtml"), "no job made");
            page.axe("a refused file at 360 px");
        }
    }

    /**
     * Row number → the Kazakh reason of each refused row, as REST gives it in Kazakh; a reason that
     * names no field must read as its key's pattern with the engine's arguments.
     */
    private Map<String, String> refusedReasons(long job) {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        Api.Reply rows =
                admin.get("api/imports/" + job + "/rows?outcome=REFUSE&first=0&max=50&lang=kk");
        assertEquals(200, rows.status(), rows.body());
        Map<String, String> reasons = new HashMap<>();
        for (JsonValue item : rows.json().asJsonArray()) {
            JsonObject row = item.asJsonObject();
            String reason = row.getString("reason");
            if (!row.getString("reasonKey").equals("import.refused.missing")) {
                Object[] arguments =
                        row.getJsonArray("reasonArgs").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString)
                                .toArray();
                assertEquals(
                        new MessageFormat(Bundle.text("kk", row.getString("reasonKey")), KK)
                                .format(arguments),
                        reason);
            }
            reasons.put(Integer.toString(row.getInt("rowNumber")), reason);
        }
        return reasons;
    }

    /**
     * Photographs the step shown at 1,280 and 360 px (docs/screenshots take them from
     * target/screenshots), with axe and no sideways scroll at 360 px.
     */
    private static void photographed(StaffImportPage page, Browser browser, String step) {
        page.screenshot(SHOTS.resolve("import-" + step + "-kk-1280.png"));
        browser.windowSize(360, 800);
        browser.waitForAjax();
        assertTrue(browser.sidewaysOverflow() <= 0, "360 px: " + browser.sidewaysOverflow());
        page.screenshot(SHOTS.resolve("import-" + step + "-kk-360.png"));
        page.axe(step + " at 360 px");
        browser.windowSize(1280, 900);
        browser.waitForAjax();
    }

    private static String row(String bin, String nameKk, String nameRu, String registered) {
        return String.join(
                ";",
                bin,
                nameKk,
                nameRu,
                "Қоғамдық бірлестік",
                registered,
                REGION_KK,
                "Атырау қ., Абай көшесі, 1",
                "ngo" + bin + "@example.kz",
                "Балалар мен жастар|Мәдениет және өнер");
    }

    private static Path csv(String name, String... rows) throws IOException {
        Path file = Path.of("target", "import-page", name + ".csv");
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder(String.join(";", HEADERS)).append("\r\n");
        for (String row : rows) {
            text.append(row).append("\r\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
