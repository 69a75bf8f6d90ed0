package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.housesofdemocracy.bookings.control.BookingLedger;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.PersistenceProbe;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Open data that cannot point at an NGO (#21). In 2037 ten NGOs of one region book a room in
 * January: by area, hobby clubs 1 NGO, professional associations 2, civil society 3, culture 4; one
 * NGO is youth-led. The published report, as the public reads it (JSON, CSV, XLSX, the page in
 * Kazakh), suppresses the groups of 1 and 2 NGOs and, secondarily, the smallest other group (civil
 * society; not-youth-led beside youth-led), with a "suppressed" line that keeps the sums; the staff
 * API shows every group. A snapshot stored in the shape before #21 (the nation as the last line of
 * the NGO counts) reads in the new one.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuppressionIT {

    private static final int YEAR = 2037;
    private static final int OLD_YEAR = 2038;
    private static final long FIRST_NGO = 900_000_201L;

    /** Area and subsidy of each NGO, in id order; the first is youth-led. */
    private static final String[] AREAS = {
        "hobby",
        "professional",
        "professional",
        "civic",
        "civic",
        "civic",
        "culture",
        "culture",
        "culture",
        "culture"
    };

    private static final long[] SUBSIDY = {
        13_579, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000, 10_000
    };

    @Inject private PersistenceProbe probe;

    @ArquillianResource private URL base;

    @Test
    @Order(1)
    void tenNgosOfOneRegionBookInJanuary() {
        if (probe.number("SELECT COUNT(*) FROM ngo WHERE id = " + FIRST_NGO) > 0) {
            return;
        }
        long room = probe.number("SELECT MIN(id) FROM room WHERE house_id = 1");
        long rep = probe.demoRepresentativeId();
        for (int i = 0; i < AREAS.length; i++) {
            long ngo = FIRST_NGO + i;
            probe.run(
                    "INSERT INTO ngo (id, name_kk, name_ru, name_en, legal_form, region_code, address, registered_on, youth_led,"
                            + " contact_email, identity, operating, created_at) VALUES ("
                            + ngo
                            + ", 'Жасыру ҮЕҰ "
                            + i
                            + "', 'НПО скрытия "
                            + i
                            + "', 'Suppression NGO "
                            + i
                            + "', 'PUBLIC_ASSOCIATION', 'KZ-10', 'Test street 1', DATE '2020-01-01', "
                            + (i == 0 ? "TRUE" : "FALSE")
                            + ", 'suppression"
                            + i
                            + "@example.kz', 'VERIFIED', 'ACTIVE', CURRENT_TIMESTAMP)");
            probe.run(
                    "INSERT INTO ngo_area (ngo_id, area_code) VALUES ("
                            + ngo
                            + ", '"
                            + AREAS[i]
                            + "')");
            String day = String.format("%02d", i + 5);
            probe.run(
                    "INSERT INTO booking (id, room_id, ngo_id, requested_by, starts_at, ends_at, purpose, attendees, status,"
                            + " market_value, subsidy_share, subsidy, charged, created_at, minutes) VALUES ("
                            + ngo
                            + ", "
                            + room
                            + ", "
                            + ngo
                            + ", "
                            + rep
                            + ", TIMESTAMP WITH TIME ZONE '"
                            + YEAR
                            + "-01-"
                            + day
                            + " 10:00:00+05', TIMESTAMP WITH TIME ZONE '"
                            + YEAR
                            + "-01-"
                            + day
                            + " 11:00:00+05', 'Suppression test', 5, 'CONFIRMED', "
                            + SUBSIDY[i]
                            + ", 1, "
                            + SUBSIDY[i]
                            + ", 0, CURRENT_TIMESTAMP, 60)");
        }
        // The bookings went in by SQL, past the booking ledger: the kept figures follow them.
        for (String sql : BookingLedger.REBUILD_SQL) {
            probe.run(sql);
        }
        // A snapshot as published before #21: the nation the last line of ngoCounts.
        probe.run(
                "INSERT INTO report_publication (id, report_year, version, reason, published_by, published_at, body)"
                        + " VALUES (900000001, "
                        + OLD_YEAR
                        + ", 1, NULL, "
                        + probe.demoAdministrator().accountId()
                        + ", CURRENT_TIMESTAMP, '"
                        + ReportSnapshotTest.OLD
                                .replace("\"year\":2026", "\"year\":" + OLD_YEAR)
                                .replace("'", "''")
                        + "')");
    }

    @Test
    @Order(2)
    @RunAsClient
    void thePublicReadsNoGroupOfFewerThanThreeNgosAndStaffReadThemAll() throws Exception {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        Map<String, JsonObject> staff = byKey(admin.get("api/reports/occupancy/" + YEAR), "byArea");
        assertEquals(1, staff.get("hobby").getInt("ngos"), "the test's data: " + staff);
        assertEquals(2, staff.get("professional").getInt("ngos"));
        assertEquals(3, staff.get("civic").getInt("ngos"));
        assertEquals(4, staff.get("culture").getInt("ngos"));
        assertTrue(staff.values().stream().noneMatch(g -> g.getBoolean("suppressed")));
        assertFalse(staff.containsKey("suppressed"), "staff see no suppressed line");
        assertEquals(0, new BigDecimal("13579").compareTo(subsidy(staff.get("hobby"))));

        int version = publishedVersion(admin);
        Api anyone = Api.anonymous(base);
        Api.Reply published = anyone.get("api/reports/published/" + YEAR + "/" + version);
        assertEquals(200, published.status(), published.body());
        Map<String, JsonObject> open = byKey(published, "byArea");
        for (String small : List.of("hobby", "professional")) {
            JsonObject g = open.get(small);
            assertTrue(g.getBoolean("suppressed"), small);
            assertEquals("FEWER_THAN_3", g.getString("suppression"));
            for (String figure :
                    List.of("ngos", "bookedMinutes", "marketValue", "payments", "subsidy")) {
                assertTrue(!g.containsKey(figure) || g.isNull(figure), small + " " + figure);
            }
        }
        assertEquals("SECONDARY", open.get("civic").getString("suppression"));
        assertFalse(open.get("culture").getBoolean("suppressed"));
        assertEquals(staff.get("culture").getInt("ngos"), open.get("culture").getInt("ngos"));
        JsonObject line = open.get("suppressed");
        assertFalse(line.getBoolean("suppressed"));
        assertEquals(6, line.getInt("ngos"));
        assertEquals(0, new BigDecimal("33579").compareTo(subsidy(line)));
        assertEquals(
                sum(staff.values(), SuppressionIT::subsidy),
                sum(
                        open.values().stream().filter(g -> !g.getBoolean("suppressed")).toList(),
                        SuppressionIT::subsidy),
                "the lines still add up");
        assertEquals(
                sum(
                        staff.values(),
                        g -> BigDecimal.valueOf(g.getJsonNumber("bookedMinutes").longValue())),
                sum(
                        open.values().stream().filter(g -> !g.getBoolean("suppressed")).toList(),
                        g -> BigDecimal.valueOf(g.getJsonNumber("bookedMinutes").longValue())));

        // Youth-led: 1 NGO; the other group goes with it, and the line is the total.
        Map<String, JsonObject> youth = byKey(published, "byYouth");
        assertTrue(youth.get("youth-led").getBoolean("suppressed"));
        assertEquals("SECONDARY", youth.get("not-youth-led").getString("suppression"));
        assertEquals(10, youth.get("suppressed").getInt("ngos"));
        // One region of ten NGOs: nothing to suppress.
        Map<String, JsonObject> regions = byKey(published, "byRegion");
        assertEquals(10, regions.get("KZ-10").getInt("ngos"));
        assertFalse(regions.containsKey("suppressed"));
        // The nation's counts apart from the regions'.
        JsonObject report = published.object();
        assertNotNull(report.getJsonObject("ngoNation"));
        assertTrue(
                report.getJsonArray("ngoCounts").getValuesAs(JsonObject.class).stream()
                        .allMatch(c -> c.containsKey("regionCode") && !c.isNull("regionCode")));
        assertEquals(
                published.body(),
                anyone.get("api/reports/published/" + YEAR).body(),
                "the latest version reads the same");
        assertEquals(
                published.object(),
                anyone.get("api/reports/published/" + YEAR + "/" + version + "/export?format=json")
                        .object(),
                "the JSON download is what the public reads");

        // CSV (places only) and XLSX (every breakdown) carry no suppressed figure.
        HttpResponse<byte[]> csv =
                anyone.bytes(
                        "api/reports/published/"
                                + YEAR
                                + "/"
                                + version
                                + "/export?format=csv&lang=en");
        assertEquals(200, csv.statusCode());
        assertFalse(new String(csv.body(), StandardCharsets.UTF_8).contains("13579"));
        HttpResponse<byte[]> xlsx =
                anyone.bytes(
                        "api/reports/published/"
                                + YEAR
                                + "/"
                                + version
                                + "/export?format=xlsx&lang=en");
        assertEquals(200, xlsx.statusCode());
        boolean fewerThan3 = false;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            assertTrue(
                                    Math.abs(cell.getNumericCellValue() - 13_579) > 0.001,
                                    sheet.getSheetName() + " " + cell.getAddress());
                        } else if (cell.getCellType() == CellType.STRING) {
                            assertFalse(cell.getStringCellValue().contains("13579"));
                            fewerThan3 |=
                                    cell.getStringCellValue()
                                            .equals(Bundle.text("en", "report.fewerThan3"));
                        }
                    }
                }
            }
        }
        assertTrue(fewerThan3, "the workbook says \"fewer than 3\"");
    }

    @Test
    @Order(3)
    @RunAsClient
    void aSnapshotOfTheOldShapeReadsInTheNewOne() {
        Api.Reply old = Api.anonymous(base).get("api/reports/published/" + OLD_YEAR + "/1");
        assertEquals(200, old.status(), old.body());
        JsonObject report = old.object();
        List<JsonObject> counts = report.getJsonArray("ngoCounts").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("KZ-71", "KZ-75"),
                counts.stream().map(c -> c.getString("regionCode")).toList());
        JsonObject nation = report.getJsonObject("ngoNation");
        assertEquals(7, nation.getInt("registered"));
        assertEquals(4, nation.getInt("eligible"));
        assertEquals("Kazakhstan", nation.getJsonObject("regionName").getString("en"));
        Map<String, JsonObject> youth = byKey(old, "byYouth");
        assertTrue(youth.get("youth-led").getBoolean("suppressed"), "suppressed as read now");
        assertEquals(0, new BigDecimal("53000").compareTo(subsidy(youth.get("suppressed"))));
    }

    @Test
    @Order(4)
    @RunAsClient
    void thePublicPageSaysFewerThanThreeInKazakh() {
        int version = publishedVersion(Api.withToken(base, Demo.ADMIN.email(), Demo.password()));
        try (Browser visitor = Browser.withLanguages("kk")) {
            visitor.open(
                    base
                            + "public/reports.xhtml?year="
                            + YEAR
                            + "&version="
                            + version
                            + "&lang=kk");
            String fewer = Bundle.text("kk", "report.fewerThan3");
            assertEquals(fewer, visitor.text(By.cssSelector("#byArea-hobby td.suppressed")));
            assertEquals(fewer, visitor.text(By.cssSelector("#byArea-professional td.suppressed")));
            assertEquals(
                    Bundle.text("kk", "report.suppressedCell"),
                    visitor.text(By.cssSelector("#byArea-civic td.suppressed")));
            assertTrue(
                    visitor.text(By.id("byArea-suppressed"))
                            .startsWith(Bundle.text("kk", "report.suppressedLine")));
            assertEquals(
                    Bundle.text("kk", "report.suppressionNote"),
                    visitor.text(By.id("suppression-note")));
            assertFalse(visitor.pageSource().contains("13 579"), "no hobby club's subsidy");
            assertFalse(visitor.pageSource().contains("13\u00a0579"));
        }
    }

    /** The published version of the year: publishes it the first time. */
    private int publishedVersion(Api admin) {
        Api.Reply latest = Api.anonymous(base).get("api/reports/published/" + YEAR);
        if (latest.status() == 200) {
            return Api.anonymous(base)
                    .get("api/reports/published")
                    .json()
                    .asJsonArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(v -> v.getInt("year") == YEAR)
                    .mapToInt(v -> v.getInt("version"))
                    .max()
                    .orElseThrow();
        }
        Api.Reply first = admin.post("api/reports/occupancy/" + YEAR + "/publications", "{}");
        assertEquals(201, first.status(), first.body());
        return first.object().getInt("version");
    }

    private static Map<String, JsonObject> byKey(Api.Reply reply, String breakdown) {
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getJsonArray(breakdown).getValuesAs(JsonObject.class).stream()
                .collect(
                        Collectors.toMap(
                                g -> g.getString("key"),
                                g -> g,
                                (a, b) -> a,
                                java.util.LinkedHashMap::new));
    }

    private static BigDecimal subsidy(JsonObject group) {
        return group.getJsonNumber("subsidy").bigDecimalValue();
    }

    private static BigDecimal sum(
            java.util.Collection<JsonObject> groups, Function<JsonObject, BigDecimal> figure) {
        return groups.stream()
                .map(figure)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .stripTrailingZeros();
    }
}
