package kz.housesofdemocracy.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * #19, finding 10: registering an address proves nothing until the link mailed to it is followed
 * (until then it takes no seat and the organisers see it as unconfirmed); the answer is the same
 * whether or not the address was registered (its owner is told by mail); and a source address or an
 * e-mail over its limit is answered 429 with Retry-After, saving nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventRegistrationIT {

    @ArquillianResource private URL base;

    private Api admin;

    @BeforeEach
    void signIn() {
        Mailbox.start();
        admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
    }

    @Test
    void aRegistrationCountsOnlyOnceTheLinkMailedToTheAddressIsFollowed() {
        long event = event("Confirmation seminar", 1);
        String first = address("first");
        String second = address("second");

        Registrant.requested(base, event, "Айгүл Сәрсенова", first, "ru");
        JsonObject seen = Api.anonymous(base).get("api/events/" + event).object();
        assertEquals(0, seen.getInt("confirmed"), "an unproven address takes no seat");
        assertEquals(0, seen.getInt("waiting"));
        assertEquals(1, seen.getInt("unconfirmed"));
        assertEquals(List.of("PENDING"), statuses(event));

        // The mail asks to confirm, in the person's language; it cancels nothing and books nothing.
        Mailbox.Mail ask = Mailbox.await(first, "Подтвердите регистрацию: Confirmation seminar");
        assertFalse(ask.body().contains("token="), ask.body());
        assertFalse(ask.body().contains("[attachment event.ics"), ask.body());

        // Following the link confirms the place, once.
        String link = Registrant.confirmationPath(ask);
        Api.Reply confirmed = Registrant.follow(base, link, "ru");
        assertEquals(200, confirmed.status());
        assertTrue(
                confirmed.body().contains(Bundle.text("ru", "registration.addressConfirmed")),
                confirmed.body());
        seen = Api.anonymous(base).get("api/events/" + event).object();
        assertEquals(1, seen.getInt("confirmed"));
        assertEquals(0, seen.getInt("unconfirmed"));
        assertEquals(List.of("CONFIRMED"), statuses(event));
        Mailbox.Mail done = Mailbox.await(first, "Регистрация подтверждена: Confirmation seminar");
        assertTrue(done.body().contains("public/registration.xhtml?token="), done.body());
        assertTrue(done.body().contains("[attachment event.ics text/calendar"), done.body());

        Api.Reply again = Registrant.follow(base, link, "en");
        assertTrue(
                again.body().contains(Bundle.text("en", "registration.linkInvalid")), again.body());
        assertFalse(again.body().contains(Bundle.text("en", "registration.addressConfirmed")));
        assertEquals(
                1, Api.anonymous(base).get("api/events/" + event).object().getInt("confirmed"));
        Api.Reply forged = Registrant.follow(base, "public/registration.xhtml?code=forged", "kk");
        assertTrue(
                forged.body().contains(Bundle.text("kk", "registration.linkInvalid")),
                forged.body());

        // The one seat is gone: the next proven address waits.
        Registrant.requested(base, event, "Second person", second, "en");
        Api.Reply waiting =
                Registrant.follow(
                        base,
                        Registrant.confirmationPath(
                                Mailbox.await(second, "Confirm your registration")),
                        "en");
        assertTrue(
                waiting.body()
                        .contains(
                                MessageFormat.format(
                                        Bundle.text("en", "registration.addressConfirmedWaiting"),
                                        1)),
                waiting.body());
        Mailbox.await(second, "You are on the waitlist");
        seen = Api.anonymous(base).get("api/events/" + event).object();
        assertEquals(1, seen.getInt("confirmed"));
        assertEquals(1, seen.getInt("waiting"));
    }

    @Test
    void theAnswerIsTheSameWhetherTheAddressIsRegisteredAndTheOwnerIsToldByMail() {
        long event = event("Enumeration seminar", 5);
        String owner = address("owner");
        Registrant.requested(base, event, "Owner", owner, "kk");
        Registrant.follow(
                base,
                Registrant.confirmationPath(Mailbox.await(owner, "Тіркелуді растаңыз")),
                "kk");
        Mailbox.await(owner, "Тіркелу расталды");

        // Someone else tries the owner's address, and a fresh one: one answer for both.
        Registrant.Reply repeated =
                Registrant.register(base, event, "Intruder", owner.toUpperCase(Locale.ROOT), "en");
        Registrant.Reply fresh = Registrant.register(base, event, "New", address("new"), "en");
        assertEquals(202, repeated.status(), repeated.body());
        assertEquals(fresh.status(), repeated.status());
        assertEquals(fresh.body(), repeated.body());
        assertEquals(fresh.headers().get("content-type"), repeated.headers().get("content-type"));
        assertFalse(repeated.headers().containsKey("location"));

        // The owner hears of it in their own language; nothing else changes.
        Mailbox.Mail told = Mailbox.await(owner, "Сіз бұрын тіркелгенсіз");
        assertTrue(told.body().startsWith("Сәлеметсіз бе, Owner!"), told.body());
        assertFalse(told.body().contains("Intruder"), told.body());
        assertEquals(List.of("CONFIRMED", "PENDING"), statuses(event));
        JsonObject seen = Api.anonymous(base).get("api/events/" + event).object();
        assertEquals(1, seen.getInt("confirmed"));
        assertEquals(1, seen.getInt("unconfirmed"));

        // Asking again while unconfirmed sends a new link; the old one stops working.
        String pending = address("pending");
        Registrant.requested(base, event, "Pending", pending, "en");
        String oldLink =
                Registrant.confirmationPath(Mailbox.await(pending, "Confirm your registration"));
        Registrant.requested(base, event, "Pending", pending, "en");
        String newLink =
                Registrant.confirmationPath(Mailbox.await(pending, "Confirm your registration", 2));
        assertFalse(oldLink.equals(newLink));
        assertTrue(
                Registrant.follow(base, oldLink, "en")
                        .body()
                        .contains(Bundle.text("en", "registration.linkInvalid")));
        assertTrue(
                Registrant.follow(base, newLink, "en")
                        .body()
                        .contains(Bundle.text("en", "registration.addressConfirmed")));
        assertEquals(
                2, Api.anonymous(base).get("api/events/" + event).object().getInt("confirmed"));
    }

    @Test
    void oneSourceOrOneAddressOverItsLimitIsAnswered429WithRetryAfterAndNothingIsSaved() {
        long event = event("Brake seminar", 50);
        String source = Registrant.freshSource();
        for (int i = 0; i < 5; i++) {
            Registrant.Reply ok =
                    Registrant.register(base, source, event, "Flood", address("flood" + i), "en");
            assertEquals(202, ok.status(), ok.body());
        }
        String victim = address("victim");
        Registrant.Reply braked = Registrant.register(base, source, event, "Flood", victim, "en");
        assertEquals(429, braked.status(), braked.body());
        assertTrue(
                Integer.parseInt(braked.headers().get("retry-after")) > 0,
                braked.headers().toString());
        assertTrue(braked.headers().get("content-type").startsWith("application/problem+json"));
        assertEquals(
                MessageFormat.format(Bundle.text("en", "registration.tooMany"), 10),
                braked.object().getString("detail"));
        assertEquals(5, statuses(event).size(), "the refused one is not saved");
        assertEquals(0, Mailbox.count(victim), "and not mailed");

        // One address gets at most three mails an hour, whichever sources ask.
        for (int i = 0; i < 3; i++) {
            assertEquals(202, Registrant.register(base, event, "Victim", victim, "en").status());
        }
        Registrant.Reply tooMany = Registrant.register(base, event, "Victim", victim, "en");
        assertEquals(429, tooMany.status(), tooMany.body());
        assertEquals(
                MessageFormat.format(Bundle.text("en", "registration.tooMany"), 60),
                tooMany.object().getString("detail"));
        Mailbox.await(victim, "Confirm your registration", 3);
        assertEquals(3, Mailbox.count(victim));
    }

    // --- helpers

    private long event(String title, int capacity) {
        Api.Reply made =
                admin.post(
                        "api/events",
                        "{\"scope\":\"HOUSE\",\"houseId\":1,\"title\":{\"kk\":\""
                                + title
                                + "\",\"ru\":\""
                                + title
                                + "\",\"en\":\""
                                + title
                                + "\"},\"date\":\"2027-05-12\",\"start\":\"10:00\",\"end\":\"12:00\",\"capacity\":"
                                + capacity
                                + "}");
        assertEquals(201, made.status(), made.body());
        return made.object().getJsonObject("event").getJsonNumber("id").longValue();
    }

    /** The statuses of the event's registrations as the organiser lists them, in order. */
    private List<String> statuses(long event) {
        Api.Reply list = admin.get("api/events/" + event + "/registrations");
        assertEquals(200, list.status(), list.body());
        return list.json().asJsonArray().stream()
                .map(r -> r.asJsonObject().getString("status"))
                .toList();
    }

    private static String address(String who) {
        return who + "-" + System.nanoTime() + "@example.kz";
    }
}
