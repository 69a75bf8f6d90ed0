package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
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
            // The figures' time, from the kept dashboard (computed at most once a minute).
            assertTrue(
                    report.computedAt()
                            .matches("Данные на 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d .*"),
                    report.computedAt());
            assertEquals(12, report.months());
            // One level at a time: the nation lists its 20 regions, a region its Houses, a House
            // its rooms.
            assertEquals(20, report.places("region-"), "the nation's regions");
            assertEquals(20, report.places(), "nothing but the regions");
            report.drillInto("region-KZ-71");
            assertTrue(report.heading().endsWith("Астана"), report.heading());
            assertTrue(report.places("house-") >= 1, "the region's Houses");
            assertEquals(report.places("house-"), report.places(), "nothing but Houses");
            report.drillInto("house-1");
            assertTrue(report.heading().contains("Дом демократии"), report.heading());
            assertEquals(report.places("room-"), report.places(), "nothing but rooms");
            assertEquals(Bundle.text("ru", "report.breadcrumbs"), report.breadcrumbsLabel());
            List<String> trail = report.breadcrumbs();
            assertEquals(3, trail.size(), trail.toString());
            assertTrue(trail.get(0).contains("Казахстан"), trail.toString());
            assertTrue(trail.get(1).contains("Астана"), trail.toString());
            assertTrue(report.heading().endsWith(report.currentCrumb()), report.currentCrumb());
            assertTrue(report.places() >= 5, "the House's rooms");
            assertTrue(report.xlsxExport().contains("format=xlsx&lang=ru&house=1"));
            report.upToRegion();
            assertTrue(report.heading().endsWith("Астана"));
        }
    }

    /**
     * The dashboard in Kazakh on a desk (1,280 px) and on a phone (360 px): charts whose text is at
     * least 12 px, named and described for screen readers; figures written the Kazakh way; tables
     * that scroll in their own box with the first column fixed; no sideways scrolling. Full-page
     * screenshots go to {@code it.shots} (default target/shots) for a person to look at.
     */
    @Test
    void theDashboardReadsWellInKazakhOnADeskAndOnAPhone() {
        Path shots = Path.of(System.getProperty("it.shots", "target/shots"));
        try (Browser admin = Browser.withLanguages("kk")) {
            admin.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            for (int width : new int[] {1280, 360}) {
                admin.windowSize(width, 900);
                StaffReportsPage report = StaffReportsPage.open(admin, base, "year=2026&lang=kk");
                String at = width + " px";
                assertTrue(
                        report.smallestChartText() >= 12, at + ": " + report.smallestChartText());
                for (String chart : List.of("chart-utilisation", "chart-trend")) {
                    assertFalse(report.chartName(chart).isBlank(), at + " " + chart);
                    assertTrue(
                            report.chartDescription(chart).startsWith("Жолақты диаграмма"),
                            report.chartDescription(chart));
                }
                assertEquals(
                        Bundle.text("kk", "report.chart.utilisation"),
                        report.chartName("chart-utilisation"));
                List<String> astana = report.placeRow("region-KZ-71");
                assertTrue(
                        astana.get(1).matches("\\d{1,3}([\u00a0\u202f]\\d{3})+(,\\d+)?"),
                        "available hours grouped the Kazakh way: " + astana);
                assertTrue(
                        astana.get(7).matches("\\d{1,3}([\u00a0\u202f]\\d{3})*,\\d{2}\u00a0₸"),
                        "subsidy in tenge the Kazakh way: " + astana);
                assertEquals("sticky", report.firstColumnPosition("places"), at);
                assertEquals("sticky", report.firstColumnPosition("months"), at);
                assertTrue(admin.sidewaysOverflow() <= 0, at + ": " + admin.sidewaysOverflow());
                report.screenshot(shots.resolve("reports-kk-" + width + ".png"));
                report.drillInto("region-KZ-71").drillInto("house-1");
                assertEquals(3, report.breadcrumbs().size(), at + " " + report.breadcrumbs());
                assertTrue(
                        admin.sidewaysOverflow() <= 0, at + " House: " + admin.sidewaysOverflow());
                assertEquals("sticky", report.firstColumnPosition("places"), at);
                report.screenshot(shots.resolve("reports-kk-" + width + "-house.png"));
            }
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
            assertTrue(
                    published
                            .chartNameAndDescription()
                            .startsWith(
                                    Bundle.text("kk", "report.chart.utilisation")
                                            + " | Жолақты диаграмма"),
                    published.chartNameAndDescription());
            assertTrue(published.smallestChartText() >= 12);
            assertEquals("sticky", published.firstColumnPosition());
            assertTrue(published.regionRow("region-KZ-71").get(5).endsWith("\u00a0₸"));
            visitor.windowSize(360, 900).open(visitor.currentUrl());
            assertTrue(published.smallestChartText() >= 12);
            assertTrue(visitor.sidewaysOverflow() <= 0, "360 px: " + visitor.sidewaysOverflow());
            assertTrue(published.csvDownload().endsWith("/export?format=csv&lang=kk"));
        }
    }
}
