package kz.housesofdemocracy.bookings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import kz.housesofdemocracy.testing.pages.StaffBookingsPage;
import kz.housesofdemocracy.testing.pages.TableExport;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium, in Russian: the Astana House's manager works through six requests for a fresh hall
 * on one day in the staff lists: filters narrow them, a column sorts them in the database, the
 * second page shows the others, each row's buttons say which booking they act on, a rejection and a
 * cancellation each take their reason in their own dialog (and the NGO reads it), and the exports
 * hold exactly the rows the list shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffBookingsPageIT {

    /** Starts an hour long and half an hour apart, so no start is another's end. */
    private static final String[][] SLOTS = {
        {"09:00", "10:00"}, {"10:30", "11:30"}, {"12:00", "13:00"},
        {"13:30", "14:30"}, {"15:00", "16:00"}, {"16:30", "17:30"}
    };

    private static final ZoneId KZ = ZoneId.of("Asia/Almaty");

    @ArquillianResource private URL base;

    @Test
    void theListsFilterSortPageExportAndTakeAReasonPerRow() {
        long hall = Slots.freshRoom(base, true, 30);
        String hallName = Slots.roomName(base, hall);
        LocalDate day = Slots.workingDay(base, 33); // a day no other test books in House 1
        Api ngoApi = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long ngo = Slots.astanaNgo(ngoApi);
        String ngoName =
                ngoApi.get("api/ngos/" + ngo).object().getJsonObject("name").getString("ru");
        List<Long> ids = new ArrayList<>();
        for (String[] slot : SLOTS) {
            Api.Reply made =
                    ngoApi.post(
                            "api/bookings", Slots.request(ngo, hall, day, slot[0], slot[1], 10));
            assertEquals(201, made.status(), made.body());
            ids.add(made.object().getJsonNumber("id").longValue());
        }

        try (Browser manager = Browser.withLanguages("ru")) {
            manager.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            StaffBookingsPage page = StaffBookingsPage.open(manager, base, "ru");
            String list = StaffBookingsPage.LIST;

            // Filters: the House and the day leave the six requests; a name nobody has, none.
            page.filter("1", "", day.toString(), day.toString(), "");
            page.rowsPerPage(list, 10);
            assertEquals(6, page.rows(list).size(), String.join("\n", page.rows(list)));
            assertTrue(page.rows(list).stream().allMatch(r -> r.contains(hallName)));
            page.filter(null, null, null, null, "нет такой организации");
            assertEquals(List.of(), page.rows(list));
            page.filter(null, null, null, null, "жастар бастамасы");
            assertEquals(6, page.rows(list).size());
            page.filter(null, "PENDING", null, null, null);
            assertEquals(6, page.rows(list).size());
            assertTrue(
                    page.rows(list).stream()
                            .allMatch(
                                    r -> r.contains(Bundle.text("ru", "booking.status.PENDING"))));

            // Sorting in the database: soonest first by default, the latest first when asked.
            assertTrue(
                    page.firstCells(list).get(0).contains("09:00"),
                    page.firstCells(list).toString());
            String when = Bundle.text("ru", "booking.when");
            page.order("when", false);
            List<String> ascending = page.firstCells(list);
            assertTrue(ascending.get(0).contains("09:00"), ascending.toString());
            page.order("when", true);
            List<String> descending = page.firstCells(list);
            assertTrue(descending.get(0).contains("16:30"), descending.toString());
            List<String> reversed = new ArrayList<>(descending);
            java.util.Collections.reverse(reversed);
            assertEquals(ascending, reversed, "the same rows the other way round");

            // Pages of five: the second shows the one left, not on the first.
            page.rowsPerPage(list, 5);
            List<String> first = page.firstCells(list);
            assertEquals(5, first.size());
            page.page(list, 2);
            List<String> second = page.firstCells(list);
            assertEquals(1, second.size());
            assertTrue(second.get(0).contains("09:00"), second.toString());
            assertTrue(first.stream().noneMatch(second::contains));
            page.order("when", false);
            page.rowsPerPage(list, 10);
            // A column's header sorts too, from the keyboard, and says so.
            page.sortByKeyboard(list, when);
            assertEquals("ascending", page.sortState(list, when).split("/")[0]);
            assertTrue(page.firstCells(list).get(0).contains("09:00"));

            // Each row's buttons name their booking.
            String rejectName =
                    page.accessibleName(StaffBookingsPage.QUEUE, "reject", hallName, "12:00");
            assertTrue(
                    rejectName.startsWith(Bundle.text("ru", "booking.reject") + ":"), rejectName);
            assertTrue(rejectName.contains("№" + ids.get(2)), rejectName);
            assertTrue(rejectName.contains(hallName) && rejectName.contains("12:00"), rejectName);
            assertNotEquals(
                    rejectName,
                    page.accessibleName(StaffBookingsPage.QUEUE, "reject", hallName, "13:30"));
            assertTrue(
                    page.accessibleName(list, "cancel", hallName, "15:00")
                            .contains("№" + ids.get(4)));

            // A rejection asks for its own reason, names its booking, refuses none.
            assertTrue(
                    page.rejectDialogSubject(hallName, "12:00").contains("№" + ids.get(2)),
                    "the dialog names its booking");
            assertEquals(
                    Bundle.text("ru", "validation.required"),
                    page.rejectWithoutReason(hallName, "12:00"));
            page.reject("Зал на ремонте в этот день", hallName, "12:00");
            assertEquals(Bundle.text("ru", "booking.rejectedDone"), manager.messages());
            page.cancel("Приезд делегации, зал закрыт", hallName, "15:00");
            assertEquals(Bundle.text("ru", "booking.cancelledDone"), manager.messages());

            // The exports hold the rows the list shows (any status now), in words.
            page.filter(null, "", null, null, null);
            List<String> shown = page.firstCells(list);
            assertEquals(6, shown.size());
            TableExport.File csv = page.csv("lists");
            assertTrue(
                    csv.disposition().contains("bookings-" + LocalDate.now(KZ))
                            && csv.disposition().contains(".csv"),
                    csv.disposition());
            List<List<String>> lines = csv.rows();
            assertEquals(when, lines.get(0).get(0), lines.get(0).toString());
            assertEquals(Bundle.text("ru", "booking.status"), lines.get(0).get(4));
            assertEquals(5, lines.get(0).size(), "no actions column");
            assertEquals(
                    shown, lines.subList(1, lines.size()).stream().map(l -> l.get(0)).toList());
            assertTrue(
                    lines.stream()
                            .anyMatch(
                                    l ->
                                            l.get(0).contains("12:00")
                                                    && l.get(1).equals(hallName)
                                                    && l.get(3).equals(ngoName)
                                                    && l.get(4)
                                                            .equals(
                                                                    Bundle.text(
                                                                            "ru",
                                                                            "booking.status.REJECTED"))),
                    lines.toString());

            TableExport.File xlsx = page.xlsx("lists");
            assertTrue(xlsx.disposition().contains(".xlsx"), xlsx.disposition());
            assertEquals(lines.get(0), xlsx.rows().get(0));
            assertEquals(lines, xlsx.rows());
            // A phone's window: the tables scroll inside their own boxes, never the page.
            manager.windowSize(360, 800);
            assertEquals(0, manager.sidewaysOverflow(), "sideways at 360 px");
            manager.windowSize(1280, 900);
            assertEquals(0, manager.sidewaysOverflow(), "sideways at 1,280 px");
        }

        // The NGO reads each reason on its own booking.
        assertEquals(
                "Зал на ремонте в этот день",
                ngoApi.get("api/bookings/" + ids.get(2)).object().getString("decisionReason"));
        assertEquals(
                "REJECTED", ngoApi.get("api/bookings/" + ids.get(2)).object().getString("status"));
        assertEquals(
                "Приезд делегации, зал закрыт",
                ngoApi.get("api/bookings/" + ids.get(4)).object().getString("cancelReason"));
        assertEquals(
                "PENDING", ngoApi.get("api/bookings/" + ids.get(3)).object().getString("status"));
    }
}
