package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import kz.housesofdemocracy.testing.pages.StaffBookingsPage;
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
 * exported text cell begins with a formula's sign.
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
        }
    }

    @Test
    void theReportsCsvWritesFormulaNamesAsText() {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        HttpResponse<byte[]> csv =
                admin.bytes(
                        "api/reports/occupancy/" + day.getYear() + "/export?format=csv&lang=en");
        assertEquals(200, csv.statusCode());
        List<List<Cell>> rows = parse(new String(csv.body(), StandardCharsets.UTF_8));
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

    private record Cell(String text, boolean quoted) {}

    private static void assertNoFormula(List<List<Cell>> rows) {
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
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
    private static List<List<Cell>> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
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
            row.add(new Cell(field.toString(), quoted));
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
