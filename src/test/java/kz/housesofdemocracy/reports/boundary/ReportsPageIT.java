package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.text.MessageFormat;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.pages.PublicReportsPage;
import kz.housesofdemocracy.testing.pages.StaffReportsPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium: the administrator drills from the nation to a region and a House in Russian and
 * publishes a year in English; an approver lands on their own region in Kazakh and is refused
 * another; a visitor reads the published report and finds its open data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsPageIT {

    @ArquillianResource private URL base;

    @Test
    void theAdministratorDrillsFromTheNationToAHouse() {
        try (Browser admin = Browser.withLanguages("ru")) {
            admin.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            StaffReportsPage report = StaffReportsPage.open(admin, base, "year=2027&lang=ru");
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "report.title"), 2027) + ": Казахстан",
                    report.heading());
            assertTrue(report.utilisationChartTitle().contains("Загрузка"));
            assertEquals(12, report.months());
            report.drillInto("region-KZ-71");
            assertTrue(report.heading().endsWith("Астана"), report.heading());
            report.drillInto("house-1");
            assertTrue(report.heading().contains("Дом демократии"), report.heading());
            assertTrue(report.places() >= 5, "the House's rooms");
            assertTrue(report.xlsxExport().contains("format=xlsx&lang=ru&house=1"));
            report.upToRegion();
            assertTrue(report.heading().endsWith("Астана"));
        }
    }

    @Test
    void anApproverSeesTheirRegionAndNotAnother() {
        try (Browser approver = Browser.withLanguages("kk")) {
            approver.signIn(base.toString(), Demo.APPROVER_ALMATY.email(), Demo.password());
            StaffReportsPage report = StaffReportsPage.open(approver, base, "year=2027&lang=kk");
            assertTrue(report.heading().endsWith("Алматы қаласы"), report.heading());
            report = StaffReportsPage.open(approver, base, "year=2027&region=KZ-71&lang=kk");
            assertFalse(report.isShown(), "refused");
            assertTrue(
                    approver.pageSource().contains(Bundle.text("kk", "error.forbidden.title")),
                    "the 403 page");
        }
    }

    @Test
    void theAdministratorPublishesAndAVisitorReadsIt() {
        try (Browser admin = Browser.withLanguages("en")) {
            admin.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            StaffReportsPage report =
                    StaffReportsPage.open(admin, base, "year=2033&lang=en").publish();
            assertEquals(
                    MessageFormat.format(Bundle.text("en", "report.publishedDone"), 2033, 1),
                    admin.messages());
            assertTrue(report.versions().startsWith("version 1"), report.versions());
        }
        try (Browser visitor = Browser.withLanguages("kk")) {
            String title = MessageFormat.format(Bundle.text("kk", "report.title"), 2033);
            PublicReportsPage published = PublicReportsPage.open(visitor, base, "kk").report(title);
            assertTrue(published.title().startsWith(title));
            assertEquals(20, published.regions());
            assertTrue(published.csvDownload().endsWith("/export?format=csv&lang=kk"));
        }
    }
}
