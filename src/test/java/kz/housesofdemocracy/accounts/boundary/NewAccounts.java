package kz.housesofdemocracy.accounts.boundary;

import jakarta.json.Json;
import java.net.URL;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;

/** Fresh accounts for the #19 tests, signed up and confirmed through the API and the real mail. */
final class NewAccounts {

    static final String PASSWORD = "Steppe-Eagle-2026";

    private NewAccounts() {}

    static String signUp(String name, String email, String password, String language) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("email", email)
                .add("password", password)
                .add("language", language)
                .build()
                .toString();
    }

    static String credentials(String email, String password) {
        return Json.createObjectBuilder()
                .add("email", email)
                .add("password", password)
                .build()
                .toString();
    }

    static String email(String email) {
        return Json.createObjectBuilder().add("email", email).build().toString();
    }

    static String newPassword(String token, String password) {
        return Json.createObjectBuilder()
                .add("token", token)
                .add("password", password)
                .build()
                .toString();
    }

    /** A new, confirmed account writing in English, with {@link #PASSWORD}. */
    static String confirmed(URL base, String what) {
        Mailbox.start();
        String email = Demo.freshEmail(what);
        Api anonymous = Api.anonymous(base);
        Api.Reply accepted =
                anonymous.post("api/accounts", signUp(what + " Person", email, PASSWORD, "en"));
        if (accepted.status() != 202) {
            throw new AssertionError("sign-up: " + accepted.status() + " " + accepted.body());
        }
        Api.Reply confirmed =
                anonymous.post(
                        "api/accounts/confirmation",
                        "{\"token\":\"" + Mailbox.await(email, "confirm").token() + "\"}");
        if (confirmed.status() != 200) {
            throw new AssertionError(
                    "confirmation: " + confirmed.status() + " " + confirmed.body());
        }
        return email;
    }
}
