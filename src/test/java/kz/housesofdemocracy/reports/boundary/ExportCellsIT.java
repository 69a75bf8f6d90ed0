package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import kz.housesofdemocracy.testing.pages.StaffBookingsPage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * #19, finding 8: rooms named like formulas ({@code =HYPERLINK(…)}, {@code +cmd|…}, {@code -2+3},
 * {@code @SUM(…)}) reach the report's CSV and a staff list's CSV with a quote in front, and no
 * exported text cell begins with a formula's sign. #21: the report's workbook, opened with Apache
 * POI, has one sheet per level named in the asked language, a frozen header row, widened columns,
 * the JSON report's figures as number cells and its periods as date cells; the NGO sheet only in
 * the staff's export, never in the published one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCellsIT {

    private static final List<String> FORMULAS =
            List.of(
                    "=HYPERLINK(\"http://x\",\"y\")",
                    "+cmd|' /C calc'!A0",
                    "-2+3",
                    "@SUM(1+1)*cmd|' /C calc'!A0");

    @ArquillianResource private URL base;

    private final List<String> names = new ArrayList<>();
    private final List<Long> roomIds = new ArrayList<>();
    private LocalDate day;

    /** Once for both tests (the server's address is injected per test, so not in a BeforeAll). */
    @BeforeEach
    void roomsNamedLikeFormulasAreBooked() {
        if (!names.isEmpty()) {
            return;
        }
        Slots.roomyQuotas(base);
        day = Slots.workingDay(base, 36);
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        Api ngoApi = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long ngo = Slots.astanaNgo(ngoApi);
        for (String formula : FORMULAS) {
            String name = formula + " " + System.nanoTime() % 100_000;
            Api.Reply room =
                    admin.post(
                            "api/houses/1/rooms",
                            Json.createObjectBuilder()
                                    .add("kind", "MEETING_ROOM")
                                    .add(
                                            "name",
                                            Json.createObjectBuilder()
                                                    .add("kk", name)
                                                    .add("ru", name)
                                                    .add("en", name))
                                    .add("capacity", 10)
                                    .add("hourlyRateKzt", 10000)
                                    .add("needsApproval", false)
                                    .build()
                                    .toString());
            assertEquals(201, room.status(), room.body());
            String location = room.headers().firstValue("Location").orElseThrow();
            long roomId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            Api.Reply booked =
                    ngoApi.post(
                            "api/bookings", Slots.request(ngo, roomId, day, "10:00", "11:00", 5));
            assertEquals(201, booked.status(), booked.body());
            names.add(name);
            roomIds.add(roomId);
        }
    }

    @Test
    void theReportsCsvWritesFormulaNamesAsText() {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        HttpResponse<byte[]> csv =
                admin.bytes(
                        "api/reports/occupancy/" + day.getYear() + "/export?format=csv&lang=en");
        assertEquals(200, csv.statusCode());
        List<List<CsvCell>> rows = parse(new String(csv.body(), StandardCharsets.UTF_8));
        for (String name : names) {
            assertTrue(
                    rows.stream().flatMap(List::stream).anyMatch(c -> c.text().equals("'" + name)),
                    "the room " + name + " as text with a quote in front");
        }
        assertNoFormula(rows);
    }

    @Test
    void aStaffListsCsvWritesFormulaNamesAsText() {
        try (Browser manager = Browser.withLanguages("en")) {
            manager.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            StaffBookingsPage page = StaffBookingsPage.open(manager, base, "en");
            page.filter("1", "", day.toString(), day.toString(), "");
            List<List<String>> lines = page.csv("lists").rows();
            for (String name : names) {
                assertTrue(
                        lines.stream().anyMatch(l -> l.contains("'" + name)),
                        "the room " + name + " with a quote in front: " + lines);
            }
            for (List<String> line : lines) {
                for (String cell : line) {
                    assertFalse(startsFormula(cell), "a live formula: " + cell + " in " + line);
                }
            }
            // The XLSX keeps the names as they are: text cells, never formulas.
            List<List<String>> sheet = page.xlsx("lists").rows();
            for (String name : names) {
                assertTrue(sheet.stream().anyMatch(l -> l.contains(name)), name + ": " + sheet);
            }
        }
    }

    @Test
    void theReportsWorkbookHasASheetPerLevelWithTheJsonFiguresAsNumbers() throws Exception {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        String report = "api/reports/occupancy/" + day.getYear();
        JsonObject json = admin.get(report).object();
        for (String lang : List.of("ru", "kk")) {
            try (XSSFWorkbook workbook =
                    workbook(admin.bytes(report + "/export?format=xlsx&lang=" + lang))) {
                List<String> expected = new ArrayList<>();
                for (String sheet :
                        List.of(
                                "report",
                                "NATION",
                                "REGION",
                                "HOUSE",
                                "ROOM",
                                "ngos",
                                "breakdowns")) {
                    expected.add(Bundle.text(lang, "report.sheet." + sheet));
                }
                expected.add(Bundle.text(lang, "report.ngoCounts"));
                assertEquals(expected, sheetNames(workbook));
                for (Sheet sheet : workbook) {
                    PaneInformation pane = sheet.getPaneInformation();
                    assertTrue(pane != null && pane.isFreezePane(), sheet.getSheetName());
                    assertEquals(1, pane.getHorizontalSplitPosition(), sheet.getSheetName());
                    assertTrue(
                            sheet.getColumnWidth(1) > sheet.getDefaultColumnWidth() * 256,
                            "a widened column on " + sheet.getSheetName());
                }
                Row summary = workbook.getSheetAt(0).getRow(1);
                assertEquals(day.getYear(), (int) summary.getCell(0).getNumericCellValue());
                assertTrue(DateUtil.isCellDateFormatted(summary.getCell(4)), "computed at, a date");

                Sheet rooms = workbook.getSheet(Bundle.text(lang, "report.sheet.ROOM"));
                List<String> headers = new ArrayList<>();
                rooms.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
                for (int i = 0; i < roomIds.size(); i++) {
                    String id = "room-" + roomIds.get(i);
                    Row year = firstRow(rooms, id);
                    JsonObject figures = place(json, id).getJsonObject("year");
                    Cell name = year.getCell(headers.indexOf(Bundle.text(lang, "report.col.name")));
                    assertEquals(CellType.STRING, name.getCellType(), "a formula name as text");
                    assertEquals(names.get(i), name.getStringCellValue());
                    assertMinutes(figures, "availableMinutes", year, headers, lang, "available");
                    assertMinutes(figures, "bookedMinutes", year, headers, lang, "booked");
                    assertMinutes(figures, "usedMinutes", year, headers, lang, "used");
                    assertTrue(figures.getJsonNumber("bookedMinutes").longValue() >= 60, id);
                    Cell subsidy = numberCell(year, headers, lang, "report.col.subsidy");
                    assertEquals(
                            figures.getJsonNumber("subsidy")
                                    .bigDecimalValue()
                                    .add(figures.getJsonNumber("leaseSubsidy").bigDecimalValue())
                                    .doubleValue(),
                            subsidy.getNumericCellValue(),
                            1e-9);
                    Cell from = year.getCell(headers.indexOf(Bundle.text(lang, "report.col.from")));
                    assertTrue(DateUtil.isCellDateFormatted(from), "the period, a date");
                    assertEquals(
                            LocalDate.of(day.getYear(), 1, 1),
                            from.getLocalDateTimeCellValue().toLocalDate());
                }
            }
        }
    }

    @Test
    void theNgoSheetIsInTheStaffsWorkbookAndNotInThePublishedOne() throws Exception {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        String ngos = Bundle.text("en", "report.sheet.ngos");
        String rooms = Bundle.text("en", "report.sheet.ROOM");
        try (XSSFWorkbook staff =
                workbook(
                        admin.bytes(
                                "api/reports/occupancy/"
                                        + day.getYear()
                                        + "/export?format=xlsx&lang=en"))) {
            assertTrue(staff.getSheet(ngos).getLastRowNum() >= 1, "NGOs with their names");
        }
        Api.Reply published =
                admin.post(
                        "api/reports/occupancy/" + day.getYear() + "/publications",
                        "{\"reason\":\"The workbook's open data (ExportCellsIT)\"}");
        assertEquals(201, published.status(), published.body());
        String location = published.headers().firstValue("Location").orElseThrow();
        String version = location.substring(location.lastIndexOf('/') + 1);
        try (XSSFWorkbook open =
                workbook(
                        Api.anonymous(base)
                                .bytes(
                                        "api/reports/published/"
                                                + day.getYear()
                                                + "/"
                                                + version
                                                + "/export?format=xlsx&lang=en"))) {
            assertNull(open.getSheet(ngos), "no NGO sheet in open data: " + sheetNames(open));
            assertTrue(open.getSheet(rooms).getLastRowNum() >= 13, "the rooms are there");
        }
    }

    private static XSSFWorkbook workbook(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode());
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Row firstRow(Sheet sheet, String id) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && id.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(id + " not on " + sheet.getSheetName());
    }

    private static JsonObject place(JsonObject report, String id) {
        return report.getJsonArray("places").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in the JSON report"));
    }

    private static Cell numberCell(Row row, List<String> headers, String lang, String key) {
        int column = headers.indexOf(Bundle.text(lang, key));
        assertTrue(column >= 0, key);
        Cell cell = row.getCell(column);
        assertEquals(CellType.NUMERIC, cell.getCellType(), key + ", a number cell");
        return cell;
    }

    /** Hours in the workbook, minutes in the JSON: the same figure, to the minute. */
    private static void assertMinutes(
            JsonObject figures,
            String field,
            Row row,
            List<String> headers,
            String lang,
            String col) {
        Cell hours = numberCell(row, headers, lang, "report.col." + col);
        assertEquals(
                figures.getJsonNumber(field).longValue(),
                Math.round(hours.getNumericCellValue() * 60),
                field);
    }

    private record CsvCell(String text, boolean quoted) {}

    private static void assertNoFormula(List<List<CsvCell>> rows) {
        for (List<CsvCell> row : rows) {
            for (CsvCell cell : row) {
                if (cell.quoted()) {
                    assertFalse(startsFormula(cell.text()), "a live formula: " + cell);
                } else {
                    assertTrue(
                            cell.text().isEmpty() || cell.text().matches("-?\\d+(\\.\\d+)?"),
                            "a bare cell is a number we wrote: " + cell);
                }
            }
        }
    }

    private static boolean startsFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** RFC 4180: fields quoted or bare, quotes doubled inside, CRLF between records. */
    private static List<List<CsvCell>> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<CsvCell>> rows = new ArrayList<>();
        List<CsvCell> row = new ArrayList<>();
        int i = 0;
        while (i < csv.length()) {
            StringBuilder field = new StringBuilder();
            boolean quoted = csv.charAt(i) == '"';
            if (quoted) {
                i++;
                while (true) {
                    char c = csv.charAt(i++);
                    if (c == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                    field.append(csv.charAt(i++));
                }
            }
            row.add(new CsvCell(field.toString(), quoted));
            if (i < csv.length() && csv.charAt(i) == ',') {
                i++;
            } else {
                i += 2; // CRLF
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        return rows;
    }
}
