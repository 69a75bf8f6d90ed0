package kz.housesofdemocracy.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts through the REST twin, with real mail read from GreenMail. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsApiIT {

    private static final String PASSWORD = NewAccounts.PASSWORD;

    @ArquillianResource private URL base;

    @BeforeAll
    static void mailServer() {
        Mailbox.start();
    }

    @Test
    void signUpConfirmSignInAndUseAnApiToken() {
        String email = Demo.freshEmail("signup");
        Api anonymous = Api.anonymous(base);
        Api.Reply accepted =
                anonymous.post(
                        "api/accounts", NewAccounts.signUp("Жанар Әбенова", email, PASSWORD, "kk"));
        assertEquals(202, accepted.status(), accepted.body());

        // Not confirmed yet: sign-in is refused and a fresh link is sent.
        Api.Reply early = anonymous.post("api/session", NewAccounts.credentials(email, PASSWORD));
        assertEquals(401, early.status());
        assertEquals(
                "Please confirm your e-mail address first. We have sent you a new link.",
                early.object().getString("detail"));

        Mailbox.Mail mail = Mailbox.await(email, "Демократия үйлері");
        assertTrue(mail.body().contains("Жанар Әбенова"), mail.body());
        assertEquals(
                200,
                anonymous
                        .post("api/accounts/confirmation", "{\"token\":\"" + mail.token() + "\"}")
                        .status());
        // The link is single-use.
        Api.Reply reused =
                anonymous.post("api/accounts/confirmation", "{\"token\":\"" + mail.token() + "\"}");
        assertEquals(410, reused.status());
        assertEquals("urn:houses-of-democracy:problem:gone", reused.object().getString("type"));

        Api session = Api.signedIn(base, email, PASSWORD);
        JsonObject me = session.get("api/me").object();
        assertEquals(email, me.getString("email"));
        assertEquals("KK", me.getString("language"));
        assertEquals(
                "NGO_REPRESENTATIVE", me.getJsonArray("grants").getJsonObject(0).getString("role"));

        Api.Reply created =
                session.post("api/me/tokens", Api.tokenRequest("reporting script", PASSWORD));
        assertEquals(201, created.status());
        String secret = created.object().getString("secret");
        long tokenId = created.object().getJsonNumber("id").longValue();
        Api token = Api.withToken(base, email, PASSWORD);
        assertEquals(email, token.get("api/me").object().getString("email"));

        // Revoking the first token shuts it out; the listing no longer shows it.
        assertEquals(204, session.delete("api/me/tokens/" + tokenId).status());
        assertFalse(session.get("api/me/tokens").body().contains("reporting script"));
        Api revoked = Api.anonymous(base);
        Api.Reply refused =
                revoked.send("GET", "api/me", null, "Authorization", "Bearer " + secret);
        assertEquals(401, refused.status());
        assertEquals("The API token is invalid or revoked.", refused.object().getString("detail"));
    }

    @Test
    void badSignUpInputIsRefusedFieldByFieldInTheCallersLanguageAndNothingIsStored() {
        String email = Demo.freshEmail("bad");
        Api.Reply reply =
                Api.anonymous(base)
                        .language("ru")
                        .post(
                                "api/accounts",
                                NewAccounts.signUp(
                                        "x".repeat(121), "not-an-address", "password1234", "kk"));
        assertEquals(422, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        var errors = reply.object().getJsonArray("errors");
        assertEquals(
                List.of("name", "email", "password"),
                errors.getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field"))
                        .toList());
        assertEquals(
                "Слишком длинно: не более 120 символов.",
                errors.getJsonObject(0).getString("message"));
        assertEquals(
                "Этот пароль слишком распространён, выберите другой.",
                errors.getJsonObject(2).getString("message"));

        Api.Reply shortPassword =
                Api.anonymous(base)
                        .post(
                                "api/accounts",
                                NewAccounts.signUp("Valid Name", email, "short", "en"));
        assertEquals(
                "The password must have at least 12 characters.",
                shortPassword
                        .object()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message"));
        // Nothing was stored: the address is still free to sign up.
        Api admin = Api.signedIn(base, Demo.ADMIN.email(), Demo.password());
        assertEquals(0, admin.get("api/admin/accounts?q=" + email).object().getInt("total"));
    }

    @Test
    void aMalformedOrEmptyBodyIsA4xxProblem() {
        Api anonymous = Api.anonymous(base);
        Api.Reply broken = anonymous.post("api/accounts", "{not json");
        assertEquals(400, broken.status());
        assertEquals("application/problem+json", broken.contentType());
        Api.Reply empty = anonymous.send("POST", "api/accounts", null);
        assertTrue(
                empty.status() == 400 || empty.status() == 422,
                empty.status() + " " + empty.body());
    }

    @Test
    void aRegisteredAddressGetsTheSameAnswerAndItsOwnerIsTold() {
        Api anonymous = Api.anonymous(base);
        String fresh = Demo.freshEmail("fresh");
        Api.Reply forNew =
                anonymous.post(
                        "api/accounts", NewAccounts.signUp("New Person", fresh, PASSWORD, "en"));
        Api.Reply forExisting =
                anonymous.post(
                        "api/accounts",
                        NewAccounts.signUp("Impostor", Demo.NGO.email(), PASSWORD, "en"));
        assertEquals(forNew.status(), forExisting.status());
        assertEquals(
                forNew.object().getString("message").replace(fresh, "X"),
                forExisting.object().getString("message").replace(Demo.NGO.email(), "X"));
        Mailbox.Mail warning = Mailbox.await(Demo.NGO.email(), "попытка регистрации");
        assertTrue(warning.body().contains("Марат Исаев"));
        // The impostor's name and password were not stored: the owner still signs in as before.
        Api owner = Api.signedIn(base, Demo.NGO.email(), Demo.password());
        assertEquals("Марат Исаев", owner.get("api/me").object().getString("name"));
    }

    @Test
    void passwordResetByMailEndsEverySession() {
        String email = NewAccounts.confirmed(base, "reset");
        Api anonymous = Api.anonymous(base);
        Api oldSession = Api.signedIn(base, email, PASSWORD);

        Api.Reply asked =
                anonymous.post("api/accounts/password-reset", "{\"email\":\"" + email + "\"}");
        Api.Reply askedForNobody =
                anonymous.post(
                        "api/accounts/password-reset",
                        "{\"email\":\"" + Demo.freshEmail("nobody") + "\"}");
        assertEquals(202, asked.status());
        assertEquals(asked.body(), askedForNobody.body());

        String token = Mailbox.await(email, "reset your password").token();
        Api.Reply weak =
                anonymous.post(
                        "api/accounts/password-reset/confirmation",
                        "{\"token\":\"" + token + "\",\"password\":\"qwerty123456\"}");
        assertEquals(422, weak.status());
        String newPassword = "Snow-Leopard-Trail-7";
        assertEquals(
                200,
                anonymous
                        .post(
                                "api/accounts/password-reset/confirmation",
                                "{\"token\":\""
                                        + token
                                        + "\",\"password\":\""
                                        + newPassword
                                        + "\"}")
                        .status());
        assertEquals(
                410,
                anonymous
                        .post(
                                "api/accounts/password-reset/confirmation",
                                "{\"token\":\""
                                        + token
                                        + "\",\"password\":\""
                                        + newPassword
                                        + "x\"}")
                        .status());

        assertEquals(
                401,
                oldSession.get("api/me").status(),
                "the session from before the reset is over");
        assertEquals(
                401,
                anonymous.post("api/session", NewAccounts.credentials(email, PASSWORD)).status());
        assertEquals(
                email,
                Api.signedIn(base, email, newPassword).get("api/me").object().getString("email"));
    }

    @Test
    void signOutEverywhereEndsOtherSessions() {
        String email = NewAccounts.confirmed(base, "everywhere");
        Api laptop = Api.signedIn(base, email, PASSWORD);
        Api phone = Api.signedIn(base, email, PASSWORD);
        assertEquals(204, phone.post("api/me/sign-out-everywhere", "{}").status());
        assertEquals(401, laptop.get("api/me").status());
        assertEquals(401, phone.get("api/me").status());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheAnswerNeverRevealsTheAddress() {
        String email = NewAccounts.confirmed(base, "lock");
        String nobody = Demo.freshEmail("nobody");
        Api anonymous = Api.anonymous(base);
        for (int attempt = 1; attempt <= 4; attempt++) {
            Api.Reply real =
                    anonymous.post(
                            "api/session",
                            NewAccounts.credentials(email, "Wrong-Password-" + attempt));
            Api.Reply unknown =
                    anonymous.post(
                            "api/session",
                            NewAccounts.credentials(nobody, "Wrong-Password-" + attempt));
            assertEquals(401, real.status());
            assertEquals(real.object().getString("detail"), unknown.object().getString("detail"));
            assertEquals(
                    "The e-mail address or password is wrong.", real.object().getString("detail"));
        }
        Api.Reply fifth =
                anonymous.post("api/session", NewAccounts.credentials(email, "Wrong-Password-5"));
        Api.Reply fifthUnknown =
                anonymous.post("api/session", NewAccounts.credentials(nobody, "Wrong-Password-5"));
        assertEquals(fifth.object().getString("detail"), fifthUnknown.object().getString("detail"));
        assertTrue(fifth.object().getString("detail").startsWith("Too many failed attempts"));
        // Even the right password is refused while locked.
        Api.Reply right = anonymous.post("api/session", NewAccounts.credentials(email, PASSWORD));
        assertEquals(401, right.status());
        assertTrue(right.object().getString("detail").startsWith("Too many failed attempts"));

        // Every attempt is in the audit trail, searchable by the administrator.
        Api admin = Api.signedIn(base, Demo.ADMIN.email(), Demo.password());
        JsonObject audit =
                admin.get("api/audit?actor=" + email + "&action=account.signInFailed").object();
        assertEquals(6, audit.getInt("total"));
        assertEquals(
                "127.0.0.1",
                audit.getJsonArray("items").getJsonObject(0).getString("sourceAddress"));
    }

    @Test
    void theAdministratorGrantsAndRevokesARoleAndPagesThroughAccountsAndTheAuditTrail() {
        String email = NewAccounts.confirmed(base, "grantee");
        Api admin = Api.signedIn(base, Demo.ADMIN.email(), Demo.password());
        JsonObject found = admin.get("api/admin/accounts?q=" + email).object();
        assertEquals(1, found.getInt("total"));
        assertTrue(lastPage(found), found.toString());
        long account = found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        String grants = "api/admin/accounts/" + account + "/grants";
        String body =
                "{\"role\":\"AKIMAT_APPROVER\",\"regionCode\":\"KZ-71\",\"reason\":\"Paging"
                        + " test\"}";
        Api.Reply granted = admin.post(grants, body);
        assertEquals(201, granted.status(), granted.body());
        long grant = granted.object().getJsonNumber("id").longValue();
        assertTrue(
                granted.headers().firstValue("Location").orElse("").endsWith(grants + "/" + grant),
                granted.headers().toString());
        assertTrue(admin.get(grants).body().contains("\"KZ-71\""));
        assertEquals(409, admin.post(grants, body).status(), "the same role and scope again");

        assertEquals(204, admin.delete(grants + "/" + grant + "?reason=Paging").status());
        assertFalse(admin.get(grants).body().contains("\"KZ-71\""));

        // A page of one account, then the next by its address: another account.
        JsonObject page = admin.get("api/admin/accounts?size=1").object();
        assertEquals(1, page.getJsonArray("items").size());
        assertTrue(page.getJsonNumber("total").longValue() > 1);
        JsonObject second = admin.get("api/" + page.getString("next")).object();
        assertEquals(1, second.getJsonArray("items").size());
        assertNotEquals(
                page.getJsonArray("items").getJsonObject(0).getString("email"),
                second.getJsonArray("items").getJsonObject(0).getString("email"));

        // The audit trail pages the same way, newest first: the revocation, then the grant.
        JsonObject newest =
                admin.get("api/audit?action=role.&actor=" + Demo.ADMIN.email() + "&size=1")
                        .object();
        assertEquals(
                "role.revoked", newest.getJsonArray("items").getJsonObject(0).getString("action"));
        JsonObject before = admin.get("api/" + newest.getString("next")).object();
        JsonObject granting = before.getJsonArray("items").getJsonObject(0);
        assertEquals("role.granted", granting.getString("action"));
        assertTrue(granting.getString("detail").contains("Paging test"), granting.toString());
        JsonObject last =
                admin.get(
                                "api/audit?action=role.&actor="
                                        + Demo.ADMIN.email()
                                        + "&size=1&first="
                                        + (newest.getInt("total") - 1))
                        .object();
        assertEquals(1, last.getJsonArray("items").size());
        assertTrue(lastPage(last), "the last page has no next: " + last);
    }

    /** Whether a page is the last: its next is null (JSON-B leaves a null field out). */
    private static boolean lastPage(JsonObject page) {
        return !page.containsKey("next") || page.isNull("next");
    }

    @Test
    void aCrossSiteWriteWithTheSessionCookieIsRefused() {
        Api session = Api.signedIn(base, Demo.NGO.email(), Demo.password());
        Api.Reply forged =
                session.send(
                        "POST",
                        "api/me/tokens",
                        "{\"name\":\"evil\"}",
                        "Origin",
                        "https://evil.example");
        assertEquals(403, forged.status());
        assertEquals(
                "urn:houses-of-democracy:problem:cross-site", forged.object().getString("type"));
        assertFalse(session.get("api/me/tokens").body().contains("evil"));
    }
}
