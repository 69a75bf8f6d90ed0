package kz.housesofdemocracy.accounts.boundary;

import static kz.housesofdemocracy.accounts.boundary.NewAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * #19, finding 5: sign-up and password reset answer a registered and an unknown address with the
 * same text in the same time. Time is compared as a ratio of medians of 20 requests each way, taken
 * in turns so that a slow moment of the machine hits both alike; never as an absolute time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountEnumerationIT {

    private static final int ROUNDS = 20;
    private static final double MOST = 2.0;

    @ArquillianResource private URL base;

    /** What one request answered and how long it took. */
    private record Timed(int status, String body, long nanos) {}

    private static Timed time(Supplier<Api.Reply> request) {
        long start = System.nanoTime();
        Api.Reply reply = request.get();
        return new Timed(reply.status(), reply.body(), System.nanoTime() - start);
    }

    private static double median(List<Timed> answers) {
        long[] nanos = answers.stream().mapToLong(Timed::nanos).sorted().toArray();
        return (nanos[(nanos.length - 1) / 2] + nanos[nanos.length / 2]) / 2.0;
    }

    private static void assertSameTime(List<Timed> known, List<Timed> unknown) {
        double a = median(known);
        double b = median(unknown);
        double ratio = Math.max(a, b) / Math.min(a, b);
        System.out.printf(
                "AccountEnumerationIT: median %.1f ms known, %.1f ms unknown, ratio %.2f%n",
                a / 1e6, b / 1e6, ratio);
        assertTrue(
                ratio <= MOST,
                String.format(
                        "median %.1f ms for a registered address, %.1f ms for a new one: ratio %.2f",
                        a / 1e6, b / 1e6, ratio));
    }

    @Test
    void signUpAnswersARegisteredAndANewAddressAlike() {
        String registered = NewAccounts.confirmed(base, "enum-signup");
        Api anonymous = Api.anonymous(base);
        List<Timed> known = new ArrayList<>();
        List<Timed> fresh = new ArrayList<>();
        for (int i = -1; i < ROUNDS; i++) { // one round to warm up, not counted
            String email = Demo.freshEmail("enum-new");
            Timed k =
                    time(
                            () ->
                                    anonymous.post(
                                            "api/accounts",
                                            NewAccounts.signUp(
                                                    "Enum Person", registered, PASSWORD, "en")));
            Timed f =
                    time(
                            () ->
                                    anonymous.post(
                                            "api/accounts",
                                            NewAccounts.signUp(
                                                    "Enum Person", email, PASSWORD, "en")));
            assertEquals(202, k.status(), k.body());
            assertEquals(202, f.status(), f.body());
            // The same words, the address itself aside.
            assertEquals(
                    f.body().replace(email, "ADDRESS"), k.body().replace(registered, "ADDRESS"));
            if (i >= 0) {
                known.add(k);
                fresh.add(f);
            }
        }
        assertSameTime(known, fresh);
    }

    @Test
    void passwordResetAnswersAKnownAndAnUnknownAddressAlike() {
        String registered = NewAccounts.confirmed(base, "enum-reset");
        Api anonymous = Api.anonymous(base);
        List<Timed> known = new ArrayList<>();
        List<Timed> unknown = new ArrayList<>();
        for (int i = -1; i < ROUNDS; i++) {
            String nobody = Demo.freshEmail("enum-nobody");
            Timed k =
                    time(
                            () ->
                                    anonymous.post(
                                            "api/accounts/password-reset",
                                            NewAccounts.email(registered)));
            Timed u =
                    time(
                            () ->
                                    anonymous.post(
                                            "api/accounts/password-reset",
                                            NewAccounts.email(nobody)));
            assertEquals(202, k.status(), k.body());
            assertEquals(202, u.status(), u.body());
            assertEquals(k.body(), u.body());
            if (i >= 0) {
                known.add(k);
                unknown.add(u);
            }
        }
        assertSameTime(known, unknown);
    }
}
