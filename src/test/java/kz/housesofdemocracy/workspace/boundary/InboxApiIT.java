package kz.housesofdemocracy.workspace.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import kz.housesofdemocracy.testing.pages.InboxPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/me/inbox: the page's twin, for a bearer token; 401 for nobody. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxApiIT {

    private static final List<String> KINDS =
            List.of("booking", "series", "ngo", "filing", "leaseRecommendation", "leaseDecision");

    @ArquillianResource private URL base;

    @Test
    void nobodySignedInIsAskedToSignIn() {
        Api.Reply reply = Api.anonymous(base).get("api/me/inbox");
        assertEquals(401, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    @Test
    void theManagersInboxHasItsItemsOldestFirstAndTheCountsThePageShows() {
        Api rep = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long hall = Slots.freshRoom(base, true, 100);
        String hallName = Slots.roomName(base, hall);
        Api.Reply made =
                rep.post(
                        "api/bookings",
                        Slots.request(
                                Slots.astanaNgo(rep),
                                hall,
                                Slots.workingDay(base, 8),
                                "09:00",
                                "10:00",
                                10));
        assertEquals(201, made.status(), made.body());
        long booking = made.object().getJsonNumber("id").longValue();

        Api manager =
                Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password()).language("ru");
        Api.Reply reply = manager.get("api/me/inbox");
        assertEquals(200, reply.status(), reply.body());
        JsonObject inbox = reply.object();
        List<JsonObject> items = inbox.getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject mine =
                items.stream()
                        .filter(
                                i ->
                                        i.getString("kind").equals("booking")
                                                && i.getJsonNumber("id").longValue() == booking)
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError("no booking " + booking + ": " + items));
        assertTrue(mine.getString("title").startsWith("Бронь №" + booking), mine.toString());
        assertTrue(mine.getString("title").contains(hallName), mine.toString());
        assertTrue(mine.getString("link").endsWith("/staff/bookings.xhtml"), mine.toString());
        assertTrue(mine.getJsonNumber("ageMinutes").longValue() >= 0);
        Instant previous = Instant.MIN;
        for (JsonObject item : items) {
            Instant since = Instant.parse(item.getString("since"));
            assertTrue(!since.isBefore(previous), "oldest first: " + items);
            previous = since;
        }
        JsonObject counts = inbox.getJsonObject("counts");
        long sum = counts.values().stream().mapToLong(v -> ((JsonNumber) v).longValue()).sum();
        assertEquals(sum, inbox.getJsonNumber("total").longValue());
        assertTrue(counts.getJsonNumber("booking").longValue() >= 1);
        assertEquals(0, counts.getJsonNumber("filing").longValue(), "filings are approvers'");

        try (Browser browser = Browser.withLanguages("kk")) {
            browser.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            InboxPage page = InboxPage.open(browser, base, "kk", null);
            for (String kind : KINDS) {
                assertEquals(counts.getJsonNumber(kind).longValue(), page.count(kind), kind);
            }
        }
    }

    @Test
    void anNgoRepresentativeHasNothingWaitingAndTheAdministratorNoRegionsItems() {
        JsonObject ngo =
                Api.withToken(base, Demo.NGO.email(), Demo.password()).get("api/me/inbox").object();
        assertEquals(0, ngo.getJsonNumber("total").longValue());
        assertEquals(0, ngo.getJsonArray("items").size());
        JsonObject admin =
                Api.withToken(base, Demo.ADMIN.email(), Demo.password())
                        .get("api/me/inbox")
                        .object();
        assertEquals(0, admin.getJsonNumber("total").longValue(), admin.toString());
        assertEquals(0, admin.getJsonArray("items").size());
    }
}
