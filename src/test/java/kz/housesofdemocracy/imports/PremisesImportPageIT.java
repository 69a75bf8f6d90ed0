package kz.housesofdemocracy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

/**
 * In Chromium, in Russian: the manager of a fresh House (Mangystau, a region no other test uses)
 * imports its rooms, then its offices, then a lease already running, each through upload → mapping
 * → dry run → confirmation → result, one bad row in each file refused with its Russian reason; the
 * offices' report is read once in English to see its words change. What was created is read back
 * through REST: the rooms, the offices, the lease with its paid months. Axe analyses every step at
 * 1,280 and 360 px, and at 360 px the report's rows reflow, read without scrolling sideways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PremisesImportPageIT {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String REGION = "KZ-47";
    private static final Locale RU = Locale.forLanguageTag("ru");

    @ArquillianResource private URL base;

    @Test
    void aHouseManagerImportsRoomsOfficesAndARunningLeaseInRussian() throws IOException {
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        LocalDate start = LocalDate.of(LocalDate.now(ALMATY).getYear(), 1, 1);
        LocalDate end = start.plusYears(2).minusDays(1);
        LocalDate paidThrough = LocalDate.now(ALMATY).withDayOfMonth(1);
        ImportHouse house = ImportHouse.open(base, REGION, tag, start);
        String bin = eligibleNgo(tag);
        Api manager = house.manager(base);

        try (Browser browser = Browser.withLanguages("ru")) {
            browser.signIn(base.toString(), house.managerEmail(), house.password());
            StaffImportPage page = StaffImportPage.open(browser, base);
            assertEquals(ru("import.page.title"), browser.heading());
            assertEquals(List.of("ROOMS", "OFFICES", "LEASES"), page.kinds());
            assertEquals(Long.toString(house.id()), page.house(), "their one House, chosen");
            looks(page, browser, "upload");

            // 1. Rooms, with Russian headers.
            page.upload(
                    "ROOMS",
                    csv(
                            "rooms-" + tag,
                            "Название;Тип;Вместимость;Ставка;Пандус",
                            "Большой зал " + tag + ";Зал;80;20 000;да",
                            "Переговорная " + tag + ";meeting room;10;4000;нет",
                            "Сарай " + tag + ";Сарай;10;1000;"));
            Map<String, String> mapping = page.mapping();
            assertTrue(
                    mapping.values()
                            .containsAll(List.of("Название", "Тип", "Вместимость", "Ставка")),
                    mapping.toString());
            assertTrue(
                    mapping.keySet().stream()
                            .anyMatch(l -> l.startsWith(ru("import.field.roomCapacity"))),
                    "the fields' labels in Russian: " + mapping.keySet());
            looks(page, browser, "rooms: mapping");
            long rooms = page.jobId();
            Optional<StaffImportPage.Progress> progress = page.checkCatchingProgress();
            progress.ifPresent(p -> assertProgress(p, 3));
            report(page, browser, manager, rooms, 2, 3, "Сарай " + tag, "rooms");
            result(page, browser, 2, "rooms");

            // 2. Offices; the report read once in English, then in Russian again.
            page.again()
                    .upload(
                            "OFFICES",
                            csv(
                                    "offices-" + tag,
                                    "Номер;Площадь;Этаж;Арендная плата",
                                    "101;18,5;2;200 000",
                                    "102;24;2;240000",
                                    "103;0;1;100000"));
            looks(page, browser, "offices: mapping");
            long offices = page.jobId();
            page.checkAsSuggested();
            report(page, browser, manager, offices, 2, 3, "103", "offices");
            browser.switchLanguage("en");
            page.waitForReport();
            assertEquals(Bundle.text("en", "import.page.report"), page.reportHeading());
            assertEquals(Bundle.text("en", "import.page.title"), browser.heading());
            List<String> refusedInEnglish = page.rows().get(2);
            assertEquals(Bundle.text("en", "import.page.outcome.REFUSE"), refusedInEnglish.get(1));
            assertEquals(reason(manager, offices, "en", 3), refusedInEnglish.get(2));
            assertEquals(
                    Bundle.text("en", "import.page.outcome.CREATE"), page.rows().get(0).get(1));
            page.axe("offices: dry run in English");
            browser.switchLanguage("ru");
            page.waitForReport();
            assertEquals(ru("import.page.report"), page.reportHeading());
            result(page, browser, 2, "offices");

            // 3. A lease running since 1 January, paid so far; a second row names no office.
            page.again()
                    .upload(
                            "LEASES",
                            csv(
                                    "leases-" + tag,
                                    "Офис;БИН;Начало;Окончание;Номер решения;Дата решения;"
                                            + "Оплачено по",
                                    String.join(
                                            ";",
                                            "101",
                                            bin,
                                            start.toString(),
                                            end.toString(),
                                            "КС-1/" + tag,
                                            start.minusDays(12).toString(),
                                            paidThrough.toString()),
                                    String.join(
                                            ";",
                                            "999",
                                            bin,
                                            start.toString(),
                                            end.toString(),
                                            "КС-2/" + tag,
                                            start.minusDays(12).toString(),
                                            "")));
            looks(page, browser, "leases: mapping");
            long leases = page.jobId();
            page.checkAsSuggested();
            report(
                    page,
                    browser,
                    manager,
                    leases,
                    1,
                    2,
                    "999 · БИН " + bin + " · " + start,
                    "leases");
            result(page, browser, 1, "leases");
        }

        // What the House now holds, read back through REST.
        JsonObject details = ImportHouse.details(base, house.id());
        JsonArray rooms = details.getJsonArray("rooms");
        assertEquals(2, rooms.size(), rooms.toString());
        JsonObject hall = ImportHouse.named(rooms, "Большой зал " + tag);
        assertEquals("HALL", hall.getString("kind"));
        assertEquals(80, hall.getInt("capacity"));
        assertEquals(20000, hall.getJsonNumber("hourlyRateKzt").intValueExact());
        assertTrue(hall.getBoolean("stepFree"));
        JsonObject meeting = ImportHouse.named(rooms, "Переговорная " + tag);
        assertEquals("MEETING_ROOM", meeting.getString("kind"));
        assertFalse(meeting.getBoolean("stepFree"));
        JsonArray offices = details.getJsonArray("offices");
        assertEquals(2, offices.size(), offices.toString());
        JsonObject office = ImportHouse.named(offices, "101");
        assertEquals(
                0,
                new BigDecimal("18.5")
                        .compareTo(office.getJsonNumber("areaSquareMetres").bigDecimalValue()));
        assertEquals(200000, office.getJsonNumber("monthlyRentKzt").intValueExact());
        assertEquals(
                240000,
                ImportHouse.named(offices, "102").getJsonNumber("monthlyRentKzt").intValueExact());

        JsonObject lease = ImportHouse.leaseOf(manager, office.getJsonNumber("id").longValue());
        assertEquals("ACTIVE", lease.getString("status"));
        assertEquals("КС-1/" + tag, lease.getString("councilNumber"));
        assertEquals(start.toString(), lease.getString("startsOn"));
        assertEquals(end.toString(), lease.getString("endsOn"));
        JsonArray schedule =
                manager.get("api/leases/" + lease.getJsonNumber("id") + "/schedule")
                        .json()
                        .asJsonArray();
        assertEquals(24, schedule.size());
        for (int m = 0; m < schedule.size(); m++) {
            assertEquals(
                    m < paidThrough.getMonthValue(),
                    schedule.getJsonObject(m).getBoolean("paid"),
                    "month " + (m + 1) + " paid as the file said");
        }
    }

    /**
     * The dry run's report: its figures, every row with its outcome, the refused one (the last)
     * with the Russian reason REST gives and the row's summary; then the reflowed table at 360 px.
     */
    private static void report(
            StaffImportPage page,
            Browser browser,
            Api manager,
            long job,
            int created,
            int rows,
            String refusedSummary,
            String step) {
        assertEquals(ru("import.page.report"), page.reportHeading());
        assertEquals(Integer.toString(created), page.count("created"));
        assertEquals("1", page.count("refused"));
        List<List<String>> shown = page.rows();
        assertEquals(rows, shown.size(), shown.toString());
        for (List<String> cells : shown.subList(0, rows - 1)) {
            assertEquals(ru("import.page.outcome.CREATE"), cells.get(1), cells.toString());
            assertEquals("", cells.get(2), "no reason for a row that checked: " + cells);
        }
        List<String> refused = shown.get(rows - 1);
        assertEquals(
                List.of(
                        Integer.toString(rows),
                        ru("import.page.outcome.REFUSE"),
                        reason(manager, job, "ru", rows),
                        refusedSummary),
                refused);
        page.axe(step + ": dry run");

        browser.windowSize(360, 800);
        browser.waitForAjax();
        assertTrue(browser.sidewaysOverflow() <= 0, "360 px: " + browser.sidewaysOverflow());
        assertEquals(0, page.rowsSidewaysOverflow(), "the report's rows reflow at 360 px");
        List<String> narrow = page.rows().get(rows - 1);
        assertTrue(
                narrow.get(0).startsWith(ru("import.page.col.row"))
                        && narrow.get(1).startsWith(ru("import.page.col.outcome"))
                        && narrow.get(2).startsWith(ru("import.page.col.reason"))
                        && narrow.get(2).endsWith(refused.get(2)),
                "each cell under its column's name: " + narrow);
        assertEquals("", page.rows().get(0).get(2), "no empty reason under its name on a phone");
        page.refusedOnlyByKeyboard();
        assertEquals(1, page.rows().size(), "the box ticked from the keyboard: " + page.rows());
        page.axe(step + ": dry run at 360 px, refused only");
        page.refusedOnlyByKeyboard();
        browser.windowSize(1280, 900);
        browser.waitForAjax();
    }

    /** Apply after the confirmation that says how many rows it writes; the result's figures. */
    private static void result(StaffImportPage page, Browser browser, int created, String step) {
        String question = page.applyConfirmingThat();
        assertEquals(
                new MessageFormat(ru("import.page.apply.confirm"), RU)
                        .format(new Object[] {created, 0}),
                question);
        assertEquals(ru("import.page.result"), page.reportHeading());
        assertEquals(Integer.toString(created), page.count("created"));
        assertEquals("1", page.count("refused"));
        List<List<String>> rows = page.rows();
        assertEquals(ru("import.page.done.CREATE"), rows.get(0).get(1), "done, not to be done");
        assertEquals(ru("import.page.done.REFUSE"), rows.get(rows.size() - 1).get(1));
        looks(page, browser, step + ": result");
    }

    /** Axe on the step shown, at 1,280 px and at 360 px (where nothing scrolls sideways). */
    private static void looks(StaffImportPage page, Browser browser, String step) {
        page.axe(step);
        browser.windowSize(360, 800);
        browser.waitForAjax();
        assertTrue(
                browser.sidewaysOverflow() <= 0,
                step + " at 360 px: " + browser.sidewaysOverflow());
        page.axe(step + " at 360 px");
        browser.windowSize(1280, 900);
        browser.waitForAjax();
    }

    /** The progress bar, caught while the dry run ran: its label says the figures it shows. */
    private static void assertProgress(StaffImportPage.Progress p, int total) {
        assertEquals("progress-bar", p.labelFor(), p.toString());
        assertEquals(Integer.toString(total), p.max(), p.toString());
        int done = Integer.parseInt(p.value());
        assertTrue(done >= 0 && done <= total, p.toString());
        assertEquals(
                new MessageFormat(ru("import.page.progress"), RU)
                        .format(new Object[] {done, total}),
                p.label());
    }

    /** A row's reason as REST gives it in a language. */
    private static String reason(Api manager, long job, String lang, int row) {
        Api.Reply r =
                manager.get(
                        "api/imports/" + job + "/rows?first=" + (row - 1) + "&max=1&lang=" + lang);
        assertEquals(200, r.status(), r.body());
        JsonObject read = r.json().asJsonArray().getJsonObject(0);
        assertEquals(row, read.getInt("rowNumber"));
        String text = read.getString("reason");
        assertFalse(text.isBlank() || text.contains("import."), text);
        return text;
    }

    /**
     * An NGO of the region, eligible now: imported by the administrator from the registry's file
     * (verified, with last year's filing), as a region starts.
     */
    private String eligibleNgo(String tag) {
        String bin = Bins.fresh();
        int lastYear = LocalDate.now(ALMATY).getYear() - 1;
        String file =
                "BIN;Name (Kazakh);Name (Russian);Legal form;Registration date;Region;Address;"
                        + "Email;Areas;Last filing year\n"
                        + String.join(
                                ";",
                                bin,
                                "Маңғыстау жастары " + tag,
                                "Молодёжь Мангистау " + tag,
                                "PUBLIC_ASSOCIATION",
                                "2019-05-14",
                                REGION,
                                "Ақтау қ., 1",
                                "ngo" + bin + "@example.kz",
                                "education",
                                Integer.toString(lastYear))
                        + "\n";
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        Api.Reply uploaded =
                admin.upload(
                        "POST",
                        "api/imports?kind=NGOS",
                        "text/csv",
                        file.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, uploaded.status(), uploaded.body());
        long job = uploaded.object().getJsonNumber("id").longValue();
        assertEquals(202, admin.post("api/imports/" + job + "/dry-run", "").status());
        assertEquals(1, await(admin, job, "CHECKED").getInt("created"));
        assertEquals(202, admin.post("api/imports/" + job + "/apply", "").status());
        assertEquals(1, await(admin, job, "APPLIED").getInt("created"));
        long id =
                admin.get("api/ngos?q=" + bin)
                        .object()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();
        JsonObject eligibility = admin.get("api/ngos/" + id + "/eligibility").object();
        assertTrue(eligibility.getBoolean("eligible"), eligibility.toString());
        return bin;
    }

    private static JsonObject await(Api api, long job, String status) {
        for (int i = 0; i < 600; i++) {
            JsonObject read = api.get("api/imports/" + job).object();
            if (read.getString("status").equals(status)) {
                return read;
            }
            assertFalse(read.getString("status").equals("FAILED"), read.toString());
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("never " + status + ": job " + job);
    }

    private static String ru(String key) {
        return Bundle.text("ru", key);
    }

    private static Path csv(String name, String... lines) throws IOException {
        Path file = Path.of("target", "import-page", name + ".csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }
}
