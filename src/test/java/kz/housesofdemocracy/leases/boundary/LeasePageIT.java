package kz.housesofdemocracy.leases.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Leasing;
import kz.housesofdemocracy.testing.pages.LeaseApplicationPage;
import kz.housesofdemocracy.testing.pages.LeasePage;
import kz.housesofdemocracy.testing.pages.StaffLeasePage;
import kz.housesofdemocracy.testing.pages.TableExport;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium: an NGO applies in Russian (a bad purpose refused first), the House manager
 * recommends in Kazakh, the akimat approver sees the competition and approves; another application
 * is rejected in English and the NGO reads the reason in Russian. Then, inside WildFly, the clock
 * reaches 1 January, and the NGO sees its active lease and the schedule.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeasePageIT {

    private static long approvedLease;

    @ArquillianResource private URL base;

    @Inject private Leases leases;

    @Test
    @Order(1)
    @RunAsClient
    void anApplicationIsMadeRecommendedAndApprovedInTheBrowser() {
        Api rep = Api.withToken(base, Demo.NGO.email(), Demo.password());
        Api approverApi = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        long ngo = Leasing.eligibleNgo(base, rep, approverApi, "KZ-71", "Правовая помощь");
        long office = Leasing.office(base, 1, null);

        try (Browser browser = Browser.withLanguages("ru")) {
            browser.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            LeaseApplicationPage application =
                    LeaseApplicationPage.open(browser, base, "ru")
                            .choose(ngo, 1, office, 3)
                            .purpose("Офис")
                            .staff(4)
                            .submit();
            assertEquals(Bundle.text("ru", "lease.problem.purpose"), application.purposeError());
            application
                    .purpose("Бесплатные юридические консультации для семей, пять дней в неделю")
                    .submit();
            assertEquals(Bundle.text("ru", "lease.submittedDone"), browser.messages());
        }
        approvedLease =
                rep
                        .get("api/leases/mine")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(l -> l.getJsonNumber("ngoId").longValue() == ngo)
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        assertEquals(
                "SUBMITTED", rep.get("api/leases/" + approvedLease).object().getString("status"));

        try (Browser manager = Browser.withLanguages("kk")) {
            manager.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            StaffLeasePage lease = StaffLeasePage.open(manager, base, approvedLease, "kk");
            assertTrue(lease.competition().contains("Правовая помощь"));
            lease.recommend("Ұсынамыз: үш жыл бойы тұрақты жұмыс");
            assertEquals(Bundle.text("kk", "lease.recommendedDone"), manager.messages());
        }

        try (Browser approver = Browser.withLanguages("kk")) {
            approver.signIn(base.toString(), Demo.APPROVER_ASTANA.email(), Demo.password());
            StaffLeasePage lease = StaffLeasePage.open(approver, base, approvedLease, "kk");
            assertTrue(lease.recommendation().contains("Ұсынамыз: үш жыл бойы тұрақты жұмыс"));
            lease.approve("7/2026", LocalDate.now().minusDays(2).toString());
            assertEquals(Bundle.text("kk", "lease.approvedDone"), approver.messages());
            assertEquals(Bundle.text("kk", "lease.status.APPROVED"), lease.status());
        }
        assertEquals(
                "7/2026",
                rep.get("api/leases/" + approvedLease).object().getString("councilNumber"));
    }

    @Test
    @Order(2)
    @RunAsClient
    void aRejectionShowsItsReasonToTheNgo() {
        Api rep = Api.withToken(base, Demo.NGO.email(), Demo.password());
        Api approverApi = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        Api manager = Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password());
        long ngo = Leasing.eligibleNgo(base, rep, approverApi, "KZ-71", "Отклонённая НПО");
        long id = Leasing.idOf(rep.post("api/leases", Leasing.application(ngo, 1, null, 1, true)));
        assertEquals(
                200,
                manager.post(
                                "api/leases/" + id + "/recommendation",
                                "{\"text\":\"No room for five\"}")
                        .status());
        String reason = "All offices are taken for 2027; please apply next year";

        try (Browser approver = Browser.withLanguages("en")) {
            approver.signIn(base.toString(), Demo.APPROVER_ASTANA.email(), Demo.password());
            StaffLeasePage lease = StaffLeasePage.open(approver, base, id, "en");
            assertEquals(Bundle.text("en", "validation.required"), lease.rejectWithoutReason());
            lease.reject(reason);
            assertEquals(Bundle.text("en", "lease.rejectedDone"), approver.messages());
        }
        try (Browser browser = Browser.withLanguages("ru")) {
            browser.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            LeaseApplicationPage mine = LeaseApplicationPage.open(browser, base, "ru");
            assertEquals(Bundle.text("ru", "lease.status.REJECTED"), mine.status(id));
            assertEquals(reason, mine.reason(id));
        }
    }

    /** Inside WildFly: the timer's chore run with 1 January as today. */
    @Test
    @Order(3)
    void firstOfJanuaryComes() {
        assertTrue(leases.activateAndEnd(Leasing.nextJanuary()) >= 1);
    }

    @Test
    @Order(4)
    @RunAsClient
    void theNgoSeesItsActiveLeaseAndItsSchedule() {
        try (Browser browser = Browser.withLanguages("ru")) {
            browser.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            assertEquals(
                    Bundle.text("ru", "lease.status.ACTIVE"),
                    LeaseApplicationPage.open(browser, base, "ru").status(approvedLease));
            LeasePage lease = LeasePage.open(browser, base, approvedLease, "ru");
            assertEquals(Bundle.text("ru", "lease.status.ACTIVE"), lease.status());
            assertEquals(36, lease.scheduledPayments());
            assertTrue(lease.council().startsWith("7/2026"));
            assertTrue(lease.totalPayments().length() > 0);
            assertTrue(lease.summaryPdf().endsWith("summary.pdf?lang=ru"));
        }
    }

    /**
     * The lease screens write words, not codes: the term's length, the months, the region; the
     * staff list of leases is cut in the database and its exports hold the rows it shows.
     */
    @Test
    @Order(5)
    @RunAsClient
    void theLeaseScreensWriteWordsAndTheStaffListExportsItsRows() {
        int year = Leasing.nextJanuary().getYear();
        try (Browser browser = Browser.withLanguages("ru")) {
            browser.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            LeasePage lease = LeasePage.open(browser, base, approvedLease, "ru");
            assertTrue(lease.term().endsWith("(3 года)"), lease.term());
            assertEquals("январь " + year, lease.month(1));
            assertEquals("февраль " + year, lease.month(2));
        }
        try (Browser approver = Browser.withLanguages("kk")) {
            approver.signIn(base.toString(), Demo.APPROVER_ASTANA.email(), Demo.password());
            StaffLeasePage lists = StaffLeasePage.openLists(approver, base, "kk");
            assertFalse(lists.windows().contains("KZ-71"), lists.windows());
            assertTrue(lists.windows().contains("Астана қаласы"), lists.windows());

            lists.filterByNgo("правовая помощь");
            List<List<String>> rows = lists.rows(StaffLeasePage.LEASES);
            assertTrue(rows.size() >= 1, rows.toString());
            assertTrue(rows.stream().allMatch(r -> r.get(0).contains("Правовая помощь")));
            List<String> ours =
                    rows.stream()
                            .filter(r -> r.get(6).equals(Bundle.text("kk", "lease.status.ACTIVE")))
                            .findFirst()
                            .orElseThrow();
            assertEquals("Астана қаласы", ours.get(2), "the region by its name");
            assertTrue(ours.get(4).endsWith("3 жыл"), ours.get(4));
            lists.filterByNgo("ешқандай мұндай ұйым жоқ");
            assertEquals(List.of(), lists.rows(StaffLeasePage.LEASES));
            lists.filterByNgo("правовая помощь");

            String name = lists.accessibleName(StaffLeasePage.LEASES, ours.get(0));
            assertTrue(name.startsWith(Bundle.text("kk", "lease.open") + ":"), name);
            assertTrue(name.contains("№" + approvedLease), name);

            TableExport.File csv = lists.csv("leases");
            assertTrue(csv.disposition().contains("active-"), csv.disposition());
            assertEquals(Bundle.text("kk", "lease.ngo"), csv.rows().get(0).get(0));
            assertEquals(
                    rows.stream().map(r -> r.get(0)).toList(),
                    csv.rows().subList(1, csv.rows().size()).stream().map(r -> r.get(0)).toList());
            assertTrue(
                    csv.rows().stream()
                            .anyMatch(
                                    r ->
                                            r.get(2).equals("Астана қаласы")
                                                    && r.get(4).contains("3 жыл")
                                                    && r.get(6)
                                                            .equals(
                                                                    Bundle.text(
                                                                            "kk",
                                                                            "lease.status.ACTIVE"))),
                    csv.rows().toString());
            TableExport.File xlsx = lists.xlsx("leases");
            assertEquals(csv.rows(), xlsx.rows());
        }
    }
}
