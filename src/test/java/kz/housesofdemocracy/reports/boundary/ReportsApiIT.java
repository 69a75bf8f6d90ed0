package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports through the REST twin: who may read which scope, a published snapshot that later data
 * does not change and a new version with a reason that does, and exports opened by their real
 * readers (Apache POI for XLSX, PDFBox for PDF).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsApiIT {

    @ArquillianResource private URL base;

    private Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
    }

    @Test
    void regionStaffReadTheirRegionOnlyAndTheNationIsTheAdministrators() {
        Api almaty = Api.withToken(base, Demo.APPROVER_ALMATY.email(), Demo.password());
        Api.Reply own = almaty.get("api/reports/occupancy/2027?region=KZ-75");
        assertEquals(200, own.status(), own.body());
        JsonObject top = own.object().getJsonArray("places").getJsonObject(0);
        assertEquals("region-KZ-75", top.getString("id"));
        assertEquals(403, almaty.get("api/reports/occupancy/2027?region=KZ-71").status());
        assertEquals(403, almaty.get("api/reports/occupancy/2027?house=1").status());
        assertEquals(200, almaty.get("api/reports/occupancy/2027?house=2").status());
        assertEquals(403, almaty.get("api/reports/occupancy/2027").status());
        assertEquals(
                403,
                Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password())
                        .get("api/reports/occupancy/2027?house=1")
                        .status());
        assertEquals(
                403,
                Api.withToken(base, Demo.NGO.email(), Demo.password())
                        .get("api/reports/occupancy/2027?region=KZ-71")
                        .status());
        assertEquals(401, Api.anonymous(base).get("api/reports/occupancy/2027").status());
        assertEquals(
                403,
                almaty.get("api/reports/occupancy/2027/export?format=csv&region=KZ-71").status());

        Api.Reply nation = admin.get("api/reports/occupancy/2027");
        assertEquals(200, nation.status());
        List<JsonObject> places =
                nation.object().getJsonArray("places").getValuesAs(JsonObject.class);
        assertEquals("nation", places.get(0).getString("id"));
        assertEquals(
                20, places.stream().filter(p -> p.getString("level").equals("REGION")).count());
        int statements =
                Integer.parseInt(nation.headers().firstValue("X-Report-Statements").orElseThrow());
        assertTrue(statements <= 5, "statements: " + statements);
        Api.Reply wrongYear = admin.get("api/reports/occupancy/1999");
        assertEquals(422, wrongYear.status());
        assertTrue(
                wrongYear.body().contains("The year must be between 2000 and 2100."),
                wrongYear.body());
        assertEquals(404, admin.get("api/reports/occupancy/2027?region=KZ-00").status());
    }

    @Test
    void aPublishedReportStaysAsPublishedAndANewVersionNeedsAReason() {
        int year = 2032;
        assertEquals(
                403,
                Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password())
                        .post("api/reports/occupancy/" + year + "/publications", "{}")
                        .status());
        Api.Reply first = admin.post("api/reports/occupancy/" + year + "/publications", "{}");
        assertEquals(201, first.status(), first.body());
        assertEquals(1, first.object().getInt("version"));
        String frozen = Api.anonymous(base).get("api/reports/published/" + year + "/1").body();
        long availableThen =
                nationAvailable(
                        Api.anonymous(base).get("api/reports/published/" + year + "/1").object());
        assertTrue(availableThen > 0);
        assertTrue(
                frozen.contains("\"byNgo\":[]"),
                "no NGO lines in public: " + frozen.substring(0, 200));

        // Data changes: a new public holiday on a Wednesday closes every House for a day.
        Api.Reply holiday =
                admin.post(
                        "api/holidays",
                        "{\"date\":\""
                                + year
                                + "-05-05\",\"kk\":\"Сынақ\",\"ru\":\"Тест\",\"en\":\"Report test\"}");
        assertEquals(201, holiday.status(), holiday.body());
        long availableNow = nationAvailable(admin.get("api/reports/occupancy/" + year).object());
        assertTrue(availableNow < availableThen, availableNow + " < " + availableThen);
        assertEquals(
                frozen,
                Api.anonymous(base).get("api/reports/published/" + year + "/1").body(),
                "the snapshot is frozen");

        Api.Reply noReason = admin.post("api/reports/occupancy/" + year + "/publications", "{}");
        assertEquals(422, noReason.status());
        Api.Reply second =
                admin.post(
                        "api/reports/occupancy/" + year + "/publications",
                        "{\"reason\":\"Holiday of 5 May added\"}");
        assertEquals(201, second.status(), second.body());
        assertEquals(2, second.object().getInt("version"));
        assertEquals(
                availableNow,
                nationAvailable(Api.anonymous(base).get("api/reports/published/" + year).object()));
        assertEquals(
                frozen,
                Api.anonymous(base).get("api/reports/published/" + year + "/1").body(),
                "old versions stay readable");
        List<JsonObject> versions =
                Api.anonymous(base)
                        .get("api/reports/published")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(v -> v.getInt("year") == year)
                        .toList();
        assertEquals(List.of(2, 1), versions.stream().map(v -> v.getInt("version")).toList());
        assertEquals("Holiday of 5 May added", versions.get(0).getString("reason"));
        assertEquals(404, Api.anonymous(base).get("api/reports/published/" + year + "/9").status());

        // Open data, for anyone.
        HttpResponse<byte[]> csv =
                Api.anonymous(base)
                        .bytes("api/reports/published/" + year + "/1/export?format=csv&lang=en");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(
                text.startsWith("\uFEFF\"Level\",\"Id\",\"Name\",\"Period\",\"Available hours\""),
                text.substring(0, 120));
        assertTrue(
                text.contains(
                        "\"Nation\",\"nation\",\"Kazakhstan\",\"year\","
                                + BigDecimal.valueOf(availableThen)
                                        .divide(
                                                BigDecimal.valueOf(60),
                                                1,
                                                java.math.RoundingMode.HALF_UP)
                                        .toPlainString()
                                + ","),
                text.substring(0, 600));
        assertEquals(
                422,
                Api.anonymous(base)
                        .get("api/reports/published/" + year + "/1/export?format=doc")
                        .status());
        assertEquals(
                200,
                Api.anonymous(base)
                        .bytes("api/reports/published/" + year + "/1/export?format=json")
                        .statusCode());
    }

    @Test
    void exportsOpenInTheirRealReaders() throws Exception {
        JsonObject report = admin.get("api/reports/occupancy/2027").object();
        long available = nationAvailable(report);

        HttpResponse<byte[]> xlsx =
                admin.bytes("api/reports/occupancy/2027/export?format=xlsx&lang=ru");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("Отчёт", workbook.getSheetAt(0).getSheetName());
            Sheet places = workbook.getSheetAt(1);
            assertEquals("Страна", places.getSheetName());
            assertEquals("Название", places.getRow(0).getCell(1).getStringCellValue());
            assertEquals("Доступно часов", places.getRow(0).getCell(5).getStringCellValue());
            Row nation = places.getRow(1);
            assertEquals("Казахстан", nation.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, nation.getCell(5).getCellType(), "a real number cell");
            assertEquals(available / 60.0, nation.getCell(5).getNumericCellValue(), 1e-9);
            assertTrue(workbook.getNumberOfSheets() >= 7);
        }

        HttpResponse<byte[]> pdf =
                admin.bytes("api/reports/occupancy/2027/export?format=pdf&lang=kk");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("2027 жылғы есеп: Қазақстан"), text);
            assertTrue(text.contains("Толымдылық айлар бойынша"), "the monthly chart: " + text);
            assertTrue(text.contains("Қаңтар"), text);
            assertTrue(
                    text.matches("(?s).*\\d,\\d{2}[\\s\u00a0]?(₸|KZT).*"),
                    "money written the Kazakh way: " + text);
        }

        HttpResponse<byte[]> csv =
                admin.bytes("api/reports/occupancy/2027/export?format=csv&lang=kk");
        assertEquals(200, csv.statusCode());
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals(1 + (long) report.getJsonArray("places").size() * 13, lines.length);
        Api.Reply bad = admin.get("api/reports/occupancy/2027/export?format=doc");
        assertEquals(422, bad.status());
        assertNotEquals(-1, bad.body().indexOf("Choose a format: csv, xlsx or pdf."));
    }

    private static long nationAvailable(JsonObject report) {
        return report.getJsonArray("places")
                .getJsonObject(0)
                .getJsonObject("year")
                .getJsonNumber("availableMinutes")
                .longValue();
    }
}
