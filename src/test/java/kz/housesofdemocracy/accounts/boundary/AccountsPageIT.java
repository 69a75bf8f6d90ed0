package kz.housesofdemocracy.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.text.MessageFormat;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;
import kz.housesofdemocracy.testing.pages.ConfirmPage;
import kz.housesofdemocracy.testing.pages.ProfilePage;
import kz.housesofdemocracy.testing.pages.SignInPage;
import kz.housesofdemocracy.testing.pages.SignUpPage;
import kz.housesofdemocracy.testing.pages.StaffHomePage;
import kz.housesofdemocracy.testing.pages.StaffRolesPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
        SignUpPage.open(browser, base)
                .fill(name, email, PASSWORD, PASSWORD)
                .language(language)
                .submit();
        assertTrue(browser.messages().contains(email), browser.messages());

        Mailbox.Mail mail = Mailbox.await(email, Bundle.text(language, "mail.confirm.subject"));
        ConfirmPage.confirm(browser, mail.link("/confirm.xhtml"));
        assertEquals(Bundle.text(browser.htmlLang(), "confirm.done"), browser.messages());
        return email;
    }

    @Test
    void aPersonSignsUpInKazakhConfirmsByMailAndSignsIn() {
        try (Browser browser = Browser.withLanguages("kk")) {
            String email = signUpAndConfirm(browser, "Гүлжан Тоқтарова", "kk");
            browser.signIn(base.toString(), email, PASSWORD);
            assertEquals("kk", browser.htmlLang());
            assertEquals(Bundle.text("kk", "profile.title"), browser.heading());
            assertEquals("Гүлжан Тоқтарова", browser.signedInName());
            assertTrue(
                    browser.messages().contains("Қош келдіңіз, Гүлжан Тоқтарова!"),
                    browser.messages());
        }
    }

    @Test
    void badSignUpInputIsShownNextToTheFieldsAndNothingIsStored() {
        String email = Demo.freshEmail("badpage");
        try (Browser browser = Browser.withLanguages("ru")) {
            SignUpPage form =
                    SignUpPage.open(browser, base)
                            .fill(
                                    "<script>alert('x')</script>",
                                    email,
                                    "qwerty123456",
                                    "qwerty123456")
                            .submitRefused();
            assertEquals(Bundle.text("ru", "validation.password.common"), form.passwordError());
            // The script tag stays text in the field, never runs.
            assertEquals("<script>alert('x')</script>", form.name());
        }
        Api admin = Api.signedIn(base, Demo.ADMIN.email(), Demo.password());
        assertEquals(0, admin.get("api/admin/accounts?q=" + email).object().getInt("total"));
    }

    @Test
    void aWrongPasswordShowsATranslatedMessageAndFiveLockTheAccount() {
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.signIn(base.toString(), Demo.APPROVER_ALMATY.email(), "Not-The-Password-1");
            assertEquals("Электрондық пошта немесе құпиясөз қате.", browser.messages());
            assertEquals("", SignInPage.on(browser).password());
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
            assertEquals(Bundle.text("en", "signIn.title"), browser.heading());
        }
    }

    @Test
    void signingInKeepsTheLanguageThePersonIsReading() {
        // The demo NGO representative's profile says Russian: that is for their mail only.
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            assertEquals("kk", browser.htmlLang());
            assertEquals(Bundle.text("kk", "profile.title"), browser.heading());
            assertEquals(
                    MessageFormat.format(
                            Bundle.text("kk", "signIn.welcome"), browser.signedInName()),
                    browser.messages());

            // A staff page refuses an NGO representative, in the language being read.
            browser.open(base + "staff/index.xhtml");
            assertEquals(Bundle.text("kk", "error.forbidden.title"), browser.heading());
            StaffRolesPage.open(browser, base);
            assertEquals(Bundle.text("kk", "error.forbidden.title"), browser.heading());
        }
        // A browser asking for English whose reader chose Kazakh with the switcher.
        try (Browser browser = Browser.withLanguages("en")) {
            browser.open(base.toString());
            browser.switchLanguage("kk");
            browser.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            assertEquals("kk", browser.htmlLang());
            assertEquals(
                    MessageFormat.format(
                            Bundle.text("kk", "signIn.welcome"), browser.signedInName()),
                    browser.messages());
        }
    }

    @Test
    void aPersonChangesTheirLanguageAndSignsOutEverywhere() {
        try (Browser browser = Browser.withLanguages("kk")) {
            String email = signUpAndConfirm(browser, "Profile Person", "kk");
            browser.signIn(base.toString(), email, PASSWORD);
            // The profile's language is for mail: the pages stay in the language being read.
            ProfilePage.on(browser).saveLanguage("en");
            assertEquals("kk", browser.htmlLang());
            assertEquals(Bundle.text("kk", "profile.saved"), browser.messages());
            Api program = Api.signedIn(base, email, PASSWORD);
            assertEquals("EN", program.get("api/me").object().getString("language"));

            // Sign out everywhere asks first; then this browser and the program are signed out.
            ProfilePage.on(browser).signOutEverywhere();
            assertEquals(Bundle.text("kk", "profile.signedOutEverywhere"), browser.messages());
            assertEquals(401, program.get("api/me").status());
            ProfilePage.open(browser, base);
            assertTrue(browser.currentUrl().contains("sign-in.xhtml"), browser.currentUrl());
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
            StaffRolesPage roles = StaffRolesPage.open(admin, base).selectFirst(email);
            assertTrue(roles.selectedAccount().contains(email));
            String grants = roles.grant("HOUSE_MANAGER", "2", "Council decision 12/2026").grants();
            assertTrue(
                    grants.contains("Үй менеджері")
                            && grants.contains("Алматы қаласының Демократия үйі"),
                    grants);
        }
        try (Browser manager = Browser.withLanguages("en")) {
            manager.signIn(base.toString(), email, PASSWORD);
            StaffHomePage staff = StaffHomePage.on(manager);
            assertEquals(Bundle.text("en", "staff.title"), staff.heading());
            assertTrue(staff.scopes().contains("House manager: House of Democracy, Almaty"));
        }
        Api admin = Api.signedIn(base, Demo.ADMIN.email(), Demo.password());
        var audit = admin.get("api/audit?action=role.granted&actor=" + Demo.ADMIN.email()).object();
        assertTrue(audit.getJsonArray("items").toString().contains("Council decision 12/2026"));
    }
}
