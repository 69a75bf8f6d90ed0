package kz.housesofdemocracy.accounts.boundary;

import static kz.housesofdemocracy.accounts.boundary.NewAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Mailbox;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * #19, finding 4: API tokens die with the password and with "sign out everywhere", and only a
 * person signed in with a session, giving the password again, may create one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenRevocationIT {

    private static final String NEW_PASSWORD = "Snow-Leopard-Trail-7";

    @ArquillianResource private URL base;

    private static void assertRevoked(Api token) {
        Api.Reply refused = token.get("api/me");
        assertEquals(401, refused.status(), refused.body());
        assertEquals(
                Bundle.text("en", "refusal.apiToken.invalid"),
                refused.object().getString("detail"));
    }

    @Test
    void signOutEverywhereRevokesEveryToken() {
        String email = NewAccounts.confirmed(base, "tokens-everywhere");
        Api first = Api.withToken(base, email, PASSWORD);
        Api second = Api.withToken(base, email, PASSWORD);
        assertEquals(email, first.get("api/me").object().getString("email"));

        Api session = Api.signedIn(base, email, PASSWORD);
        assertEquals(204, session.post("api/me/sign-out-everywhere", "{}").status());
        assertRevoked(first);
        assertRevoked(second);
        assertEquals("[]", Api.signedIn(base, email, PASSWORD).get("api/me/tokens").body());
    }

    @Test
    void aPasswordResetRevokesEveryToken() {
        String email = NewAccounts.confirmed(base, "tokens-reset");
        Api token = Api.withToken(base, email, PASSWORD);
        assertEquals(200, token.get("api/me").status());

        Api anonymous = Api.anonymous(base);
        assertEquals(
                202,
                anonymous.post("api/accounts/password-reset", NewAccounts.email(email)).status());
        String link = Mailbox.await(email, "reset your password").token();
        assertEquals(
                200,
                anonymous
                        .post(
                                "api/accounts/password-reset/confirmation",
                                NewAccounts.newPassword(link, NEW_PASSWORD))
                        .status());
        assertRevoked(token);
    }

    @Test
    void aPasswordChangeRevokesEveryToken() {
        String email = NewAccounts.confirmed(base, "tokens-change");
        Api token = Api.withToken(base, email, PASSWORD);
        Api session = Api.signedIn(base, email, PASSWORD);
        Api.Reply changed =
                session.post(
                        "api/me/password",
                        "{\"currentPassword\":\""
                                + PASSWORD
                                + "\",\"newPassword\":\""
                                + NEW_PASSWORD
                                + "\"}");
        assertEquals(204, changed.status(), changed.body());
        assertRevoked(token);
    }

    @Test
    void aTokenAloneCannotMintTokens() {
        String email = NewAccounts.confirmed(base, "tokens-mint");
        Api token = Api.withToken(base, email, PASSWORD).language("kk");
        Api.Reply refused = token.post("api/me/tokens", Api.tokenRequest("minted", PASSWORD));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(
                Bundle.text("kk", "refusal.apiToken.sessionOnly"),
                refused.object().getString("detail"));
        assertFalse(token.get("api/me/tokens").body().contains("minted"));
    }

    @Test
    void aSessionMustGiveThePasswordAgain() {
        String email = NewAccounts.confirmed(base, "tokens-password");
        Api session = Api.signedIn(base, email, PASSWORD).language("ru");

        Api.Reply without = session.post("api/me/tokens", "{\"name\":\"no password\"}");
        assertEquals(422, without.status(), without.body());
        Api.Reply wrong =
                session.post("api/me/tokens", Api.tokenRequest("wrong password", "Not-It-2026"));
        assertEquals(422, wrong.status(), wrong.body());
        JsonObject error = wrong.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("password", error.getString("field"));
        assertEquals(Bundle.text("ru", "validation.password.current"), error.getString("message"));
        assertFalse(session.get("api/me/tokens").body().contains("password"));

        Api.Reply created = session.post("api/me/tokens", Api.tokenRequest("script", PASSWORD));
        assertEquals(201, created.status(), created.body());
    }

    @Test
    void aTokensUseIsNotedForItsOwner() {
        String email = NewAccounts.confirmed(base, "tokens-used");
        Api token = Api.withToken(base, email, PASSWORD);
        Api session = Api.signedIn(base, email, PASSWORD);
        JsonObject fresh = session.get("api/me/tokens").json().asJsonArray().getJsonObject(0);
        assertTrue(
                !fresh.containsKey("lastUsedAt") || fresh.isNull("lastUsedAt"), fresh.toString());

        assertEquals(email, token.get("api/me").object().getString("email"));
        JsonObject used = session.get("api/me/tokens").json().asJsonArray().getJsonObject(0);
        Instant created = Instant.parse(used.getString("createdAt"));
        Instant lastUsed = Instant.parse(used.getString("lastUsedAt"));
        assertFalse(lastUsed.isBefore(created), used.toString());
    }
}
