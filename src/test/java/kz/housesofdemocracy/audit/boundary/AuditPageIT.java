package kz.housesofdemocracy.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bins;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;
import kz.housesofdemocracy.testing.pages.AdminAuditPage;
import kz.housesofdemocracy.testing.pages.ListTable;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail in Chromium: in words, region names, sorted and paged in the database, exported.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditPageIT {

    private static final int LAST_YEAR = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear() - 1;

    @ArquillianResource private URL base;

    @BeforeAll
    static void mailServer() {
        Mailbox.start();
    }

    private static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        String location = reply.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String registration(String name) {
        return Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("kk", name).add("ru", name))
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
    }

    /** The ids in objects worded "НКО #12". */
    private static List<Long> ids(List<String> objects) {
        return objects.stream()
                .map(o -> Long.parseLong(o.substring(o.lastIndexOf('#') + 1)))
                .toList();
    }

    @Test
    void theAdministratorReadsTheTrailInRussianWordsSortsPagesAndExportsIt() {
        // 27 registrations by the NGO's representative, and a filing refused by Astana's approver.
        Api ngo = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long ngoId = 0;
        for (int i = 0; i < 27; i++) {
            ngoId = created(ngo.post("api/ngos", registration("Аудит " + System.nanoTime())));
        }
        long filing =
                created(
                        ngo.post(
                                "api/ngos/" + ngoId + "/filings",
                                "{\"year\":"
                                        + LAST_YEAR
                                        + ",\"filedOn\":\""
                                        + (LAST_YEAR + 1)
                                        + "-03-01\",\"reference\":\"AUD-1\"}"));
        String reason = "Нет квитанции " + System.nanoTime();
        Api astana = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        assertEquals(
                204,
                astana.post(
                                "api/filings/" + filing + "/decision",
                                "{\"verify\":false,\"reason\":\"" + reason + "\"}")
                        .status());

        try (Browser browser = Browser.withLanguages("ru")) {
            browser.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            AdminAuditPage page = AdminAuditPage.open(browser, base);
            ListTable table = page.table();
            String refused = Bundle.text("ru", "audit.action.filing.refused");
            assertEquals("Годовой отчёт отклонён", refused);
            assertEquals(refused, page.actionChoice("filing.refused"));

            // Newest first by default.
            List<String> times = table.column("at");
            assertEquals(25, times.size());
            assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times);
            assertFalse(
                    table.column("action").stream().anyMatch(a -> a.matches("[a-z]+\\.[a-zA-Z.]+")),
                    table.column("action").toString());

            // The refusal in words: the action, the object, the region's name, the reason.
            page.filter(Demo.APPROVER_ASTANA.email(), "filing.refused", "KZ-71");
            List<String> objects = table.column("object");
            int row = objects.indexOf("Годовой отчёт #" + filing);
            assertTrue(row >= 0, objects.toString());
            assertEquals(refused, table.column("action").get(row));
            assertEquals("город Астана", table.column("region").get(row));
            assertEquals(reason, table.column("detail").get(row));
            assertTrue(table.column("action").stream().allMatch(refused::equals));
            ListTable.Export csv = table.csv();
            assertEquals(objects.size(), csv.body().size(), csv.rows().toString());
            assertTrue(csv.fileName().contains("audit-"), csv.fileName());
            assertTrue(
                    csv.body().stream()
                            .allMatch(r -> r.contains(refused) && r.contains("город Астана")),
                    csv.rows().toString());
            assertFalse(csv.rows().toString().contains("filing.refused"));
            assertEquals(csv.body(), table.xlsx().body());

            // Registrations by the NGO: sorted by time both ways, and a second page of others.
            page.filter(Demo.NGO.email(), "ngo.registered", "");
            List<String> newest = table.column("object");
            assertEquals(25, newest.size());
            table.nextPage();
            List<String> second = table.column("object");
            assertFalse(second.isEmpty());
            var overlap = new HashSet<>(newest);
            overlap.retainAll(second);
            assertEquals(List.of(), new ArrayList<>(overlap));
            List<Long> newestIds = ids(newest);
            assertEquals(newestIds.stream().sorted(Comparator.reverseOrder()).toList(), newestIds);
            table.sortAscending("at");
            List<String> oldest = table.column("at");
            assertEquals(oldest.stream().sorted().toList(), oldest);
            List<Long> oldestIds = ids(table.column("object"));
            assertEquals(oldestIds.stream().sorted().toList(), oldestIds);
            assertTrue(oldestIds.get(0) < newestIds.get(newestIds.size() - 1));

            // Sorted by action in the database: the two directions start differently.
            page.filter("", "", "");
            table.sortAscending("action");
            String firstAscending = table.column("action").get(0);
            table.sortDescending("action");
            assertNotEquals(firstAscending, table.column("action").get(0));
        }
    }
}
