package kz.housesofdemocracy.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * #19, findings 2 and 3: the address brake counts failures whatever succeeds in between (so a good
 * sign-in to one's own account buys no more guesses, and spraying many addresses is braked by the
 * same count), and over-long input is refused like any wrong password, never with a 500. The
 * integration server's brake is out of reach for the other tests; here it gets its production
 * strength (10 free failures) through the test deployment's probe, and everything is forgotten
 * afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrakeIT {

    private static final int FREE_FAILURES = 10;

    @ArquillianResource private URL base;

    @BeforeEach
    void productionBrake() {
        assertEquals(200, Http.get(base, "it/throttle?freeFailures=" + FREE_FAILURES).statusCode());
    }

    @AfterEach
    void forgetEverything() {
        assertEquals(200, Http.get(base, "it/throttle").statusCode());
    }

    /** Nine failures (each on another address: spraying), then one good sign-in elsewhere. */
    private List<Integer> nineFailuresThenAGoodSignIn(Api attacker) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < FREE_FAILURES - 1; i++) {
            statuses.add(
                    attacker.post(
                                    "api/session",
                                    NewAccounts.credentials(
                                            Demo.freshEmail("spray"), "Wrong-Guess-2026"))
                            .status());
        }
        statuses.add(
                attacker.post(
                                "api/session",
                                NewAccounts.credentials(Demo.NGO.email(), Demo.password()))
                        .status());
        return statuses;
    }

    @Test
    void aGoodSignInInBetweenDoesNotResetTheBrakeAndTheRightPasswordWaitsToo() {
        Api attacker = Api.anonymous(base);
        List<Integer> first = nineFailuresThenAGoodSignIn(attacker);
        assertEquals(List.of(401, 401, 401, 401, 401, 401, 401, 401, 401, 200), first);

        List<Integer> second = nineFailuresThenAGoodSignIn(attacker);
        assertEquals(401, second.get(0), "the tenth failure is still answered");
        assertEquals(429, second.get(second.size() - 1), "the good sign-in is braked now");
        assertTrue(second.subList(1, second.size()).stream().allMatch(s -> s == 429), "" + second);

        // Read back: the right password of an account nobody guessed at is refused while braked.
        Api sameAddress = Api.anonymous(base).language("ru");
        Api.Reply right =
                sameAddress.post(
                        "api/session",
                        NewAccounts.credentials(Demo.MANAGER_ALMATY.email(), Demo.password()));
        assertEquals(429, right.status(), right.body());
        assertEquals("application/problem+json", right.contentType());
        long retryAfter = Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0, "Retry-After " + retryAfter);
        String pattern = Bundle.text("ru", "signIn.throttled");
        assertEquals(
                pattern.substring(0, pattern.indexOf("{0}")),
                right.object().getString("detail").substring(0, pattern.indexOf("{0}")));
        assertEquals(401, sameAddress.get("api/me").status(), "no session was started");
    }

    @Test
    void theSignInPageSaysToWaitEvenForTheRightPassword() {
        try (Browser browser = Browser.withLanguages("kk")) {
            browser.open(base + "sign-in.xhtml");
            Api attacker = Api.anonymous(base);
            nineFailuresThenAGoodSignIn(attacker);
            nineFailuresThenAGoodSignIn(attacker);

            browser.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            String pattern = Bundle.text("kk", "signIn.throttled");
            assertTrue(
                    browser.messages().startsWith(pattern.substring(0, pattern.indexOf("{0}"))),
                    browser.messages());
            assertTrue(browser.currentUrl().contains("sign-in.xhtml"), browser.currentUrl());
        }
    }

    @Test
    void anOverlongAddressOrPasswordIsTheUsualRefusalNeverA500() {
        Api anonymous = Api.anonymous(base);
        Api.Reply longEmail =
                anonymous.post(
                        "api/session",
                        NewAccounts.credentials(
                                "a".repeat(10_000) + "@example.kz", "Whatever-2026"));
        assertEquals(401, longEmail.status(), longEmail.body());
        assertEquals("application/problem+json", longEmail.contentType());
        assertEquals(Bundle.text("en", "signIn.wrong"), longEmail.object().getString("detail"));

        Api.Reply longPassword =
                anonymous.post(
                        "api/session",
                        NewAccounts.credentials(Demo.NGO.email(), "p".repeat(5_000)));
        assertEquals(401, longPassword.status(), longPassword.body());
        assertEquals(Bundle.text("en", "signIn.wrong"), longPassword.object().getString("detail"));

        // The right password still works: nothing was counted against the account.
        assertEquals(
                200,
                anonymous
                        .post(
                                "api/session",
                                NewAccounts.credentials(Demo.NGO.email(), Demo.password()))
                        .status());
    }
}
