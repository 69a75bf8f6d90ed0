package kz.housesofdemocracy.accounts.boundary;

import static kz.housesofdemocracy.accounts.boundary.NewAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Mailbox;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * #19, finding 7: only the newest password-reset link works. Asking for a new one ends the older
 * ones, and using one ends them all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResetLinkIT {

    private static final String SUBJECT = "reset your password";

    @ArquillianResource private URL base;

    /** Asks for two links, one after the other; returns their tokens, older first. */
    private String[] twoLinks(String email) {
        Api anonymous = Api.anonymous(base);
        assertEquals(
                202,
                anonymous.post("api/accounts/password-reset", NewAccounts.email(email)).status());
        String older = Mailbox.await(email, SUBJECT, 1).token();
        assertEquals(
                202,
                anonymous.post("api/accounts/password-reset", NewAccounts.email(email)).status());
        String newer = Mailbox.await(email, SUBJECT, 2).token();
        return new String[] {older, newer};
    }

    private Api.Reply use(String token, String password) {
        return Api.anonymous(base)
                .language("ru")
                .post(
                        "api/accounts/password-reset/confirmation",
                        NewAccounts.newPassword(token, password));
    }

    private static void assertNoLongerValid(Api.Reply reply) {
        assertEquals(410, reply.status(), reply.body());
        assertEquals(Bundle.text("ru", "refusal.link.invalid"), reply.object().getString("detail"));
    }

    @Test
    void anOlderLinkIsRefusedOnceANewerWasAskedFor() {
        String email = NewAccounts.confirmed(base, "reset-older");
        String[] links = twoLinks(email);
        assertNoLongerValid(use(links[0], "Juniper-Canyon-Route-1"));
        // Nothing changed: the old password still signs in.
        Api.signedIn(base, email, PASSWORD);
        assertEquals(200, use(links[1], "Saxaul-Grove-Evening-2").status());
        Api.signedIn(base, email, "Saxaul-Grove-Evening-2");
    }

    @Test
    void usingTheNewerLinkLeavesNoOlderOneUsable() {
        String email = NewAccounts.confirmed(base, "reset-newer");
        String[] links = twoLinks(email);
        assertEquals(200, use(links[1], "Saxaul-Grove-Evening-2").status());
        assertNoLongerValid(use(links[0], "Juniper-Canyon-Route-1"));
        assertNoLongerValid(use(links[1], "Saxaul-Grove-Evening-3"));
        Api.signedIn(base, email, "Saxaul-Grove-Evening-2");
    }
}
