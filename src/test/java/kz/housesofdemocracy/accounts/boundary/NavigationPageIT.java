package kz.housesofdemocracy.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.pages.SiteMenu;
import kz.housesofdemocracy.testing.pages.StaffHousePage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The header's menu for each demo role in its language: exactly the entries the role may open, each
 * of which answers 200 with its page (no 403 or 404 page); breadcrumbs lead back up from a
 * drill-down; at 1,280 px the header is one row and the menu one row; at 360 px the menu opens from
 * its button with the keyboard and nothing scrolls sideways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NavigationPageIT {

    /**
     * The NGO area (my NGOs, my bookings, leases): a staff member sees it only while they represent
     * an NGO, which other tests of a full pass make the demo approvers do; the staff entries are
     * compared without it.
     */
    private static final Set<String> NGO_AREA = Set.of("nav-ngos", "nav-bookings", "nav-leases");

    private static final List<String> ADMINISTRATION =
            List.of(
                    "nav-admin-houses",
                    "nav-admin-eligibility",
                    "nav-admin-holidays",
                    "nav-admin-equipment",
                    "nav-admin-staff",
                    "nav-admin-audit");

    @ArquillianResource private URL base;

    @Test
    void theAdministratorInEnglishOpensEveryEntry() {
        Set<String> expected =
                staff(
                        "nav-staff",
                        "nav-staff-bookings",
                        "nav-staff-ngos",
                        "nav-staff-leases",
                        "nav-staff-events",
                        "nav-staff-reports",
                        "nav-staff-import");
        expected.addAll(ADMINISTRATION);
        everyEntryOpens(Demo.ADMIN, "en", expected);
    }

    @Test
    void theAstanaApproverInKazakhOpensEveryEntry() {
        everyEntryOpens(Demo.APPROVER_ASTANA, "kk", approver());
    }

    @Test
    void theAlmatyApproverInRussianOpensEveryEntry() {
        everyEntryOpens(Demo.APPROVER_ALMATY, "ru", approver());
    }

    @Test
    void theAstanaManagerInKazakhOpensEveryEntry() {
        everyEntryOpens(
                Demo.MANAGER_ASTANA,
                "kk",
                staff(
                        "nav-staff",
                        "nav-staff-bookings",
                        "nav-staff-leases",
                        "nav-staff-import",
                        "nav-house-1",
                        "nav-today-1",
                        "nav-blackouts-1"));
    }

    @Test
    void theRepresentativeInRussianOpensEveryEntry() {
        everyEntryOpens(
                Demo.NGO,
                "ru",
                new LinkedHashSet<>(List.of("nav-ngos", "nav-bookings", "nav-leases")));
    }

    @Test
    void breadcrumbsLeadBackUpFromARoomToItsHouseAndTheStaffArea() {
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            StaffHousePage house = StaffHousePage.open(browser, base, "1");
            String houseName = house.name();
            SiteMenu header = SiteMenu.on(browser);
            assertEquals(List.of(Bundle.text("kk", "nav.staff"), houseName), header.crumbs());
            assertEquals("nav-house-1", header.current());

            house.addRoom();
            assertEquals(
                    List.of(
                            Bundle.text("kk", "nav.staff"),
                            houseName,
                            Bundle.text("kk", "room.add")),
                    header.crumbs());
            header.backTo("crumb-house");
            assertEquals(houseName, StaffHousePage.on(browser).name());

            header.backTo("crumb-staff");
            assertEquals(Bundle.text("kk", "staff.title"), browser.heading());
            assertEquals("nav-staff", header.current());

            browser.open(base + "staff/today.xhtml?house=1");
            assertEquals(Bundle.text("kk", "today.title"), last(header.crumbs()));
            assertEquals("nav-today-1", header.current());
            header.backTo("crumb-house");
            assertEquals(houseName, StaffHousePage.on(browser).name());
        }
        try (Browser browser = Browser.withLanguages("ru")) {
            browser.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            browser.open(base + "ngo/index.xhtml");
            browser.clickAndWait(By.cssSelector("#my-ngos a"));
            String ngoName = browser.heading();
            SiteMenu header = SiteMenu.on(browser);
            assertEquals(List.of(Bundle.text("ru", "nav.myNgos"), ngoName), header.crumbs());
            header.backTo("crumb-ngos");
            assertEquals(Bundle.text("ru", "ngo.mine"), browser.heading());
            assertEquals("nav-ngos", header.current());
        }
    }

    @Test
    void onAPhoneTheMenuOpensFromItsButtonWithTheKeyboard() {
        try (Browser phone = Browser.withLanguages("kk")) {
            phone.windowSize(360, 800);
            // A visitor's light page: the button works without PrimeFaces.
            phone.open(base + "index.xhtml");
            SiteMenu header = SiteMenu.on(phone);
            assertFalse(
                    (Boolean)
                            ((JavascriptExecutor) phone.driver())
                                    .executeScript("return !!window.PrimeFaces;"),
                    "a visitor's page loads PrimeFaces");
            assertFoldedThenOpens(header, phone, "nav-events");

            phone.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            phone.open(base + "staff/index.xhtml");
            assertFoldedThenOpens(header, phone, "nav-staff-bookings");
            header.toggleByKeyboard();
            assertFalse(header.isEntryShown("nav-today-1"), "the Houses group starts closed");
            header.openGroupByKeyboard("nav-houses");
            assertTrue(header.isEntryShown("nav-today-1"));
            screenshot(phone, "menu-360-houses");
            assertTrue(phone.sidewaysOverflow() <= 0, "sideways scroll with the Houses open");
            header.escape();
            assertFalse(header.isEntryShown("nav-today-1"), "Escape closes the group");
            phone.open(base + "staff/room.xhtml?house=1");
            assertTrue(phone.sidewaysOverflow() <= 0, "the room form with breadcrumbs scrolls");
        }
    }

    private void assertFoldedThenOpens(SiteMenu header, Browser phone, String entry) {
        assertFalse(header.isShown(), "the menu starts folded on a phone");
        assertTrue(header.isToggleShown());
        assertEquals("false", header.toggleExpanded());
        header.toggleByKeyboard();
        assertEquals("true", header.toggleExpanded());
        assertTrue(header.isEntryShown(entry), entry + " not shown in the opened menu");
        screenshot(phone, "menu-360-" + entry);
        assertTrue(phone.sidewaysOverflow() <= 0, "the page scrolls sideways at 360 px");
        header.toggleByKeyboard();
        assertFalse(header.isShown(), "the button folds the menu again");
    }

    /**
     * Signs in, reads the menu (exactly the expected entries, labelled in the language, header in
     * one row plus the menu row at 1,280 px), and opens every entry: each answers 200 and shows its
     * page, marked as the current one in the menu.
     */
    private void everyEntryOpens(Demo person, String language, Set<String> expected) {
        try (Browser browser = Browser.withLanguages(language)) {
            browser.signIn(base.toString(), person.email(), Demo.password());
            assertEquals(language, browser.htmlLang());
            SiteMenu header = SiteMenu.on(browser);
            Map<String, String> entries = header.entries();
            Set<String> shown = new LinkedHashSet<>(entries.keySet());
            if (person != Demo.NGO) {
                shown.removeAll(NGO_AREA);
            }
            assertEquals(expected, shown, person + "'s menu");
            if (shown.size() == entries.size()) {
                // With the NGO area as well (ten entries in Kazakh) the menu row may wrap.
                assertTrue(header.headerIsOneRowAndMenuRow(), "the header wraps at 1,280 px");
            }
            screenshot(browser, "menu-" + person.name().toLowerCase() + "-" + language);
            if (entries.containsKey("nav-admin-audit")) {
                header.openGroupByKeyboard("nav-admin");
                assertTrue(header.isEntryShown("nav-admin-audit"));
                assertTrue(browser.sidewaysOverflow() <= 0, "the open group scrolls sideways");
                screenshot(browser, "menu-admin-group-" + language);
                header.escape();
            }
            if (entries.containsKey("nav-staff")) {
                assertEquals(Bundle.text(language, "nav.staff"), header.label("nav-staff"));
            }
            if (entries.containsKey("nav-ngos")) {
                assertEquals(Bundle.text(language, "nav.myNgos"), header.label("nav-ngos"));
            }
            for (String count : header.countTexts()) {
                assertTrue(count.matches(".*\\d.*"), "a count without its number: " + count);
            }
            String cookies =
                    browser.driver().manage().getCookies().stream()
                            .map(c -> c.getName() + "=" + c.getValue())
                            .collect(Collectors.joining("; "));
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                assertEquals(200, status(entry.getValue(), cookies, language), entry + " answers");
                browser.open(entry.getValue());
                assertFalse(
                        browser.isPresent(By.cssSelector(".error-page")),
                        entry + " shows an error page: " + browser.heading());
                assertFalse(browser.heading().isBlank(), entry + " has no heading");
                assertEquals(entry.getKey(), header.current(), "current entry on " + entry);
                assertEquals(entries.keySet(), header.entries().keySet(), "menu on " + entry);
            }
        }
    }

    /** Keeps what the test saw in target/screenshots, for a person to look at. */
    private static void screenshot(Browser browser, String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(
                    file,
                    ((org.openqa.selenium.TakesScreenshot) browser.driver())
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> staff(String... ids) {
        Set<String> set = new LinkedHashSet<>(List.of(ids));
        set.add("nav-inbox");
        return set;
    }

    private static Set<String> approver() {
        return staff(
                "nav-staff",
                "nav-staff-bookings",
                "nav-staff-ngos",
                "nav-staff-leases",
                "nav-staff-events",
                "nav-staff-reports",
                "nav-staff-import");
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }

    /** The status a page answers to the signed-in browser's session, redirects not followed. */
    private static int status(String url, String cookies, String language) {
        try {
            return HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Cookie", cookies)
                                    .header("Accept-Language", language)
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
