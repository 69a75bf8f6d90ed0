package kz.housesofdemocracy.leases.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Leasing;
import kz.housesofdemocracy.testing.pages.LeaseApplicationPage;
import kz.housesofdemocracy.testing.pages.LeasePage;
import kz.housesofdemocracy.testing.pages.StaffLeasePage;
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
}
