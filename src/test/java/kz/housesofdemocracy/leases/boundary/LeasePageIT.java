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
            browser.open(base + "ngo/leases.xhtml?lang=ru");
            browser.select(By.id("apply:ngoId"), Long.toString(ngo));
            browser.select(By.id("apply:houseId"), "1");
            browser.waitForAjax();
            browser.select(By.id("apply:officeId"), Long.toString(office));
            browser.select(By.id("apply:years"), "3");
            browser.type(By.id("apply:purpose"), "Офис");
            browser.type(By.id("apply:staffCount_input"), "4");
            browser.clickAndWait(By.id("apply:submit"));
            assertEquals(
                    Bundle.text("ru", "lease.problem.purpose"),
                    browser.text(By.id("apply:purpose-error")));
            browser.type(
                    By.id("apply:purpose"),
                    "Бесплатные юридические консультации для семей, пять дней в неделю");
            browser.clickAndWait(By.id("apply:submit"));
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
            manager.open(base + "staff/leases.xhtml?id=" + approvedLease + "&lang=kk");
            assertTrue(manager.text(By.id("competition")).contains("Правовая помощь"));
            manager.type(By.id("decision:recommendation"), "Ұсынамыз: үш жыл бойы тұрақты жұмыс");
            manager.clickAjax(By.id("decision:recommend"));
            assertEquals(Bundle.text("kk", "lease.recommendedDone"), manager.messages());
        }

        try (Browser approver = Browser.withLanguages("kk")) {
            approver.signIn(base.toString(), Demo.APPROVER_ASTANA.email(), Demo.password());
            approver.open(base + "staff/leases.xhtml?id=" + approvedLease + "&lang=kk");
            assertTrue(
                    approver.text(By.id("selected-recommendation"))
                            .contains("Ұсынамыз: үш жыл бойы тұрақты жұмыс"));
            approver.type(By.id("decision:councilNumber"), "7/2026");
            approver.type(
                    By.id("decision:councilDate_input"), LocalDate.now().minusDays(2).toString());
            approver.click(By.id("decision:approve"));
            approver.click(By.id("confirmYes"));
            approver.waitForAjax();
            assertEquals(Bundle.text("kk", "lease.approvedDone"), approver.messages());
            assertEquals(
                    Bundle.text("kk", "lease.status.APPROVED"),
                    approver.text(By.id("selected-status")));
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
            approver.open(base + "staff/leases.xhtml?id=" + id + "&lang=en");
            approver.clickAjax(By.id("decision:reject"));
            approver.click(By.id("confirmYes"));
            approver.waitForAjax();
            assertEquals(
                    Bundle.text("en", "validation.required"),
                    approver.text(By.id("decision:reason-error")));
            approver.type(By.id("decision:reason"), reason);
            approver.click(By.id("decision:reject"));
            approver.click(By.id("confirmYes"));
            approver.waitForAjax();
            assertEquals(Bundle.text("en", "lease.rejectedDone"), approver.messages());
        }
        try (Browser browser = Browser.withLanguages("ru")) {
            browser.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            browser.open(base + "ngo/leases.xhtml?lang=ru");
            assertEquals(
                    Bundle.text("ru", "lease.status.REJECTED"),
                    browser.text(By.id("lease-status-" + id)));
            assertEquals(reason, browser.text(By.id("lease-reason-" + id)));
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
            browser.open(base + "ngo/leases.xhtml?lang=ru");
            assertEquals(
                    Bundle.text("ru", "lease.status.ACTIVE"),
                    browser.text(By.id("lease-status-" + approvedLease)));
            browser.open(base + "ngo/lease.xhtml?id=" + approvedLease + "&lang=ru");
            assertEquals(
                    Bundle.text("ru", "lease.status.ACTIVE"), browser.text(By.id("lease-status")));
            assertEquals(
                    36, browser.driver().findElements(By.cssSelector("#schedule tbody tr")).size());
            assertTrue(browser.text(By.id("lease-council")).startsWith("7/2026"));
            assertTrue(browser.text(By.id("total-payments")).length() > 0);
            assertTrue(
                    browser.find(By.id("summaryPdf"))
                            .getAttribute("href")
                            .endsWith("summary.pdf?lang=ru"));
        }
    }
}
