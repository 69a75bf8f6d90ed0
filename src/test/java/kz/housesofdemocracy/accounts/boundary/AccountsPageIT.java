package kz.housesofdemocracy.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** People in Chromium: sign up, confirm, sign in, profile, lock-out, staff pages, roles. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsPageIT {

    private static final String PASSWORD = "Altyn-Emel-Canyon-9";

    @ArquillianResource private URL base;

    @BeforeAll
    static void mailServer() {
        Mailbox.start();
    }

    /** Signs a new person up through the pages and confirms the address from the real mail. */
    private String signUpAndConfirm(Browser browser, String name, String language) {
        String email = Demo.freshEmail("page");
        browser.open(base + "sign-up.xhtml");
        browser.type(By.id("signUp:name"), name);
        browser.type(By.id("signUp:email"), email);
        browser.type(By.id("signUp:password"), PASSWORD);
        browser.type(By.id("signUp:repeat"), PASSWORD);
        browser.select(By.id("signUp:language"), language);
        browser.clickAndWait(By.id("signUp:submit"));
        assertTrue(browser.messages().contains(email), browser.messages());

        Mailbox.Mail mail = Mailbox.await(email, Bundle.text(language, "mail.confirm.subject"));
        browser.open(mail.link("/confirm.xhtml"));
        browser.clickAndWait(By.id("confirm:submit"));
        assertEquals(Bundle.text(browser.htmlLang(), "confirm.done"), browser.messages());
        return email;
    }

    @Test
    void aPersonSignsUpInKazakhConfirmsByMailAndSignsIn() {
        try (Browser browser = Browser.withLanguages("kk")) {
            String email = signUpAndConfirm(browser, "Гүлжан Тоқтарова", "kk");
            browser.signIn(base.toString(), email, PASSWORD);
            assertEquals("kk", browser.htmlLang());
            assertEquals(Bundle.text("kk", "profile.title"), browser.text(By.tagName("h1")));
            assertEquals("Гүлжан Тоқтарова", browser.text(By.id("nav-profile")));
            assertTrue(
                    browser.messages().contains("Қош келдіңіз, Гүлжан Тоқтарова!"),
                    browser.messages());
        }
    }

    @Test
    void badSignUpInputIsShownNextToTheFieldsAndNothingIsStored() {
        String email = Demo.freshEmail("badpage");
        try (Browser browser = Browser.withLanguages("ru")) {
            browser.open(base + "sign-up.xhtml");
            browser.type(By.id("signUp:name"), "<script>alert('x')</script>");
            browser.type(By.id("signUp:email"), email);
            browser.type(By.id("signUp:password"), "qwerty123456");
            browser.type(By.id("signUp:repeat"), "qwerty123456");
            browser.find(By.id("signUp:submit")).click();
            assertEquals(
                    Bundle.text("ru", "validation.password.common"),
                    browser.text(By.id("signUp:password-error")));
            // The script tag stays text in the field, never runs.
            assertEquals(
                    "<script>alert('x')</script>",
                    browser.find(By.id("signUp:name")).getAttribute("value"));
        }
        Api admin = Api.signedIn(base, Demo.ADMIN.email(), Demo.password());
        assertEquals(0, admin.get("api/admin/accounts?q=" + email).object().getInt("total"));
    }

    @Test
    void aWrongPasswordShowsATranslatedMessageAndFiveLockTheAccount() {
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.signIn(base.toString(), Demo.APPROVER_ALMATY.email(), "Not-The-Password-1");
            assertEquals("Электрондық пошта немесе құпиясөз қате.", browser.messages());
            assertEquals("", browser.find(By.id("signIn:password")).getAttribute("value"));
        }
        String email;
        try (Browser browser = Browser.withLanguages("en")) {
            email = signUpAndConfirm(browser, "Locked Person", "en");
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.signIn(base.toString(), email, "Wrong-Password-" + attempt);
            }
            assertEquals(Bundle.text("en", "signIn.locked"), browser.messages());
            browser.signIn(base.toString(), email, PASSWORD);
            assertEquals(Bundle.text("en", "signIn.locked"), browser.messages());
            assertEquals(Bundle.text("en", "signIn.title"), browser.text(By.tagName("h1")));
        }
    }

    @Test
    void theLanguageOfTheProfileAppliesAfterSignInAndCanBeChanged() {
        try (Browser browser = Browser.withLanguages("en")) {
            browser.open(base.toString());
            assertEquals("en", browser.htmlLang());
            // The demo NGO representative's profile says Russian.
            browser.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            assertEquals("ru", browser.htmlLang());
            assertEquals(Bundle.text("ru", "profile.title"), browser.text(By.tagName("h1")));

            // A staff page refuses an NGO representative, in their language.
            browser.open(base + "staff/index.xhtml");
            assertEquals(
                    Bundle.text("ru", "error.forbidden.title"), browser.text(By.tagName("h1")));
            browser.open(base + "admin/staff.xhtml");
            assertEquals(
                    Bundle.text("ru", "error.forbidden.title"), browser.text(By.tagName("h1")));
        }
    }

    @Test
    void aPersonChangesTheirLanguageAndSignsOutEverywhere() {
        try (Browser browser = Browser.withLanguages("kk")) {
            String email = signUpAndConfirm(browser, "Profile Person", "kk");
            browser.signIn(base.toString(), email, PASSWORD);
            browser.select(By.id("profile:language"), "en");
            browser.clickAndWait(By.id("profile:save"));
            assertEquals("en", browser.htmlLang());
            assertEquals(Bundle.text("en", "profile.saved"), browser.messages());
            Api program = Api.signedIn(base, email, PASSWORD);
            assertEquals("EN", program.get("api/me").object().getString("language"));

            // Sign out everywhere asks first; then this browser and the program are signed out.
            browser.find(By.id("sessions:signOutEverywhere")).click();
            browser.clickAndWait(By.id("confirmYes"));
            assertEquals(Bundle.text("en", "profile.signedOutEverywhere"), browser.messages());
            assertEquals(401, program.get("api/me").status());
            browser.open(base + "account/profile.xhtml");
            assertTrue(
                    browser.driver().getCurrentUrl().contains("sign-in.xhtml"),
                    browser.driver().getCurrentUrl());
        }
    }

    @Test
    void theAdministratorGrantsAHouseAndTheNewManagerSeesIt() {
        String email;
        try (Browser browser = Browser.withLanguages("en")) {
            email = signUpAndConfirm(browser, "Future Manager", "en");
        }
        try (Browser admin = Browser.withLanguages("kk")) {
            admin.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            admin.open(base + "admin/staff.xhtml");
            admin.type(By.id("search:query"), email);
            admin.clickAjax(By.id("search:find"));
            admin.clickAjax(By.xpath("//tbody[@id='search:accountTable_data']/tr[1]//button"));
            assertTrue(admin.text(By.id("selected-account")).contains(email));
            admin.select(By.id("grantForm:role"), "HOUSE_MANAGER");
            admin.waitForAjax();
            admin.select(By.id("grantForm:houseId"), "2");
            admin.type(By.id("grantForm:reason"), "Council decision 12/2026");
            admin.clickAjax(By.id("grantForm:grant"));
            String grants = admin.text(By.id("grantForm:grantTable"));
            assertTrue(
                    grants.contains("Үй менеджері")
                            && grants.contains("Алматы қаласының Демократия үйі"),
                    grants);
        }
        try (Browser manager = Browser.withLanguages("en")) {
            manager.signIn(base.toString(), email, PASSWORD);
            assertEquals(Bundle.text("en", "staff.title"), manager.text(By.id("staff-heading")));
            assertTrue(
                    manager.text(By.id("staff-scopes"))
                            .contains("House manager: House of Democracy, Almaty"));
        }
        Api admin = Api.signedIn(base, Demo.ADMIN.email(), Demo.password());
        var audit = admin.get("api/audit?action=role.granted&actor=" + Demo.ADMIN.email()).object();
        assertTrue(audit.getJsonArray("items").toString().contains("Council decision 12/2026"));
    }
}
