package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.text.MessageFormat;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
            admin.open(base + "staff/reports.xhtml?year=2027&lang=ru");
            assertEquals(
                    MessageFormat.format(Bundle.text("ru", "report.title"), 2027) + ": Казахстан",
                    admin.text(By.id("report-heading")));
            assertTrue(
                    admin.find(By.cssSelector("#chart-utilisation svg title"))
                            .getAttribute("textContent")
                            .contains("Загрузка"));
            assertEquals(
                    12, admin.driver().findElements(By.cssSelector("#months tbody tr")).size());
            admin.clickAndWait(By.cssSelector("#place-region-KZ-71 a.drill"));
            assertTrue(
                    admin.text(By.id("report-heading")).endsWith("Астана"),
                    admin.text(By.id("report-heading")));
            admin.clickAndWait(By.cssSelector("#place-house-1 a.drill"));
            assertTrue(
                    admin.text(By.id("report-heading")).contains("Дом демократии"),
                    admin.text(By.id("report-heading")));
            assertTrue(
                    admin.driver().findElements(By.cssSelector("#places tbody tr")).size() >= 5,
                    "the House's rooms");
            assertTrue(
                    admin.find(By.id("export-xlsx"))
                            .getAttribute("href")
                            .contains("format=xlsx&lang=ru&house=1"));
            admin.clickAndWait(By.id("toRegion"));
            assertTrue(admin.text(By.id("report-heading")).endsWith("Астана"));
        }
    }

    @Test
    void anApproverSeesTheirRegionAndNotAnother() {
        try (Browser approver = Browser.withLanguages("kk")) {
            approver.signIn(base.toString(), Demo.APPROVER_ALMATY.email(), Demo.password());
            approver.open(base + "staff/reports.xhtml?year=2027&lang=kk");
            assertTrue(
                    approver.text(By.id("report-heading")).endsWith("Алматы қаласы"),
                    approver.text(By.id("report-heading")));
            approver.open(base + "staff/reports.xhtml?year=2027&region=KZ-71&lang=kk");
            assertTrue(
                    approver.driver().findElements(By.id("report-heading")).isEmpty(), "refused");
            assertTrue(
                    approver.driver()
                            .getPageSource()
                            .contains(Bundle.text("kk", "error.forbidden.title")),
                    "the 403 page");
        }
    }

    @Test
    void theAdministratorPublishesAndAVisitorReadsIt() {
        try (Browser admin = Browser.withLanguages("en")) {
            admin.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            admin.open(base + "staff/reports.xhtml?year=2033&lang=en");
            admin.click(By.id("publish:publishNow"));
            admin.click(By.id("confirmYes"));
            admin.waitForAjax();
            assertEquals(
                    MessageFormat.format(Bundle.text("en", "report.publishedDone"), 2033, 1),
                    admin.messages());
            assertTrue(
                    admin.text(By.id("versions")).startsWith("version 1"),
                    admin.text(By.id("versions")));
        }
        try (Browser visitor = Browser.withLanguages("kk")) {
            visitor.open(base + "public/reports.xhtml?lang=kk");
            visitor.clickAndWait(
                    By.linkText(MessageFormat.format(Bundle.text("kk", "report.title"), 2033)));
            assertTrue(
                    visitor.text(By.id("report-title"))
                            .startsWith(
                                    MessageFormat.format(Bundle.text("kk", "report.title"), 2033)));
            assertEquals(
                    20, visitor.driver().findElements(By.cssSelector("#regions tbody tr")).size());
            assertTrue(
                    visitor.find(By.id("download-csv"))
                            .getAttribute("href")
                            .endsWith("/export?format=csv&lang=kk"));
        }
    }
}
