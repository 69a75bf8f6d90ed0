package kz.housesofdemocracy.workspace.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Browser;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Leasing;
import kz.housesofdemocracy.testing.Slots;
import kz.housesofdemocracy.testing.pages.InboxPage;
import kz.housesofdemocracy.testing.pages.MyBookingsPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium: staff clear what waits on them from the inbox alone. The Astana manager (Kazakh)
 * approves a hall booking and recommends a lease application; the Astana approver (Kazakh) verifies
 * a filing and an NGO's identity (filings are the approver's, never a manager's: four eyes); the
 * Almaty approver (Russian) rejects a booking with its own reason, which the NGO then reads; the
 * administrator (English) has nothing of a region's waiting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxPageIT {

    @ArquillianResource private URL base;

    @Test
    void theAstanaManagerAndApproverClearTheirInboxInKazakh() {
        Api rep = Api.withToken(base, Demo.NGO.email(), Demo.password());
        Api approverApi = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        long hall = Slots.freshRoom(base, true, 100);
        String hallName = Slots.roomName(base, hall);
        LocalDate day = Slots.workingDay(base, 6);
        long booking =
                idOf(
                        rep.post(
                                "api/bookings",
                                Slots.request(
                                        Slots.astanaNgo(rep), hall, day, "10:00", "12:00", 40)));
        long leaseNgo = Leasing.eligibleNgo(base, rep, approverApi, "KZ-71", "Кезек");
        long office = Leasing.office(base, 1, null);
        long lease =
                Leasing.idOf(
                        rep.post("api/leases", Leasing.application(leaseNgo, 1, office, 2, true)));
        long waitingNgo = Leasing.registeredNgo(rep, "KZ-71", "Тексеріледі");
        long filing =
                Leasing.idOf(
                        rep.post(
                                "api/ngos/" + waitingNgo + "/filings",
                                "{\"year\":"
                                        + (LocalDate.now().getYear() - 1)
                                        + ",\"filedOn\":\""
                                        + LocalDate.now().getYear()
                                        + "-02-01\",\"reference\":\"INBOX-"
                                        + waitingNgo
                                        + "\"}"));

        try (Browser manager = Browser.withLanguages("kk")) {
            manager.signIn(base.toString(), Demo.MANAGER_ASTANA.email(), Demo.password());
            // The whole inbox as the manager sees it, kept for a person to look at (it.shots).
            java.nio.file.Path shots =
                    java.nio.file.Path.of(System.getProperty("it.shots", "target/shots"));
            InboxPage.open(manager, base, "kk", null)
                    .screenshot(shots.resolve("inbox-kk-1280.png"));
            manager.windowSize(360, 800);
            InboxPage.open(manager, base, "kk", null).screenshot(shots.resolve("inbox-kk-360.png"));
            manager.windowSize(1280, 900);
            InboxPage inbox = InboxPage.open(manager, base, "kk", "booking");
            assertTrue(inbox.has("booking", booking), "the hall booking waits");
            assertTrue(inbox.title("booking", booking).contains(hallName));
            assertTrue(
                    inbox.age("booking", booking).matches("\\d+ (минут|сағат)"),
                    inbox.age("booking", booking));
            assertEquals(
                    Bundle.text("kk", "inbox.approve.booking")
                            + ": "
                            + inbox.title("booking", booking),
                    inbox.actionName("booking", booking, "approve"));
            assertFalse(inbox.has("filing", filing), "a manager verifies no filings");
            manager.windowSize(360, 800);
            assertEquals(0, manager.sidewaysOverflow(), "the table scrolls in its own box");
            manager.windowSize(1280, 900);
            long bookings = inbox.count("booking");
            inbox.approve("booking", booking);
            assertTrue(
                    manager.messages()
                            .startsWith(Bundle.text("kk", "inbox.done.approved").split(":")[0]),
                    manager.messages());
            assertFalse(inbox.has("booking", booking));
            assertEquals(bookings - 1, inbox.count("booking"));
            assertEquals(0, inbox.count("filing"), "filings are the approver's");

            inbox = InboxPage.open(manager, base, "kk", "leaseRecommendation");
            assertTrue(inbox.has("leaseRecommendation", lease));
            long recommendations = inbox.count("leaseRecommendation");
            inbox.recommend("leaseRecommendation", lease, "Ұсынамыз: құқықтық көмек орталығы");
            assertFalse(inbox.has("leaseRecommendation", lease));
            assertEquals(recommendations - 1, inbox.count("leaseRecommendation"));
        }
        assertEquals("CONFIRMED", rep.get("api/bookings/" + booking).object().getString("status"));
        assertEquals("UNDER_REVIEW", rep.get("api/leases/" + lease).object().getString("status"));

        try (Browser approver = Browser.withLanguages("kk")) {
            approver.signIn(base.toString(), Demo.APPROVER_ASTANA.email(), Demo.password());
            InboxPage inbox = InboxPage.open(approver, base, "kk", "filing");
            assertTrue(inbox.has("filing", filing));
            long filings = inbox.count("filing");
            inbox.approve("filing", filing);
            assertFalse(inbox.has("filing", filing));
            assertEquals(filings - 1, inbox.count("filing"));

            inbox = InboxPage.open(approver, base, "kk", "ngo");
            assertTrue(inbox.has("ngo", waitingNgo));
            long ngos = inbox.count("ngo");
            inbox.approve("ngo", waitingNgo);
            assertFalse(inbox.has("ngo", waitingNgo));
            assertEquals(ngos - 1, inbox.count("ngo"));

            inbox = InboxPage.open(approver, base, "kk", "leaseDecision");
            assertTrue(inbox.has("leaseDecision", lease), "the recommended lease is to decide");
        }
        JsonObject ngo = rep.get("api/ngos/" + waitingNgo).object();
        assertEquals("VERIFIED", ngo.getString("identity"));
        assertEquals(
                "VERIFIED",
                ngo.getJsonArray("filings").getValuesAs(JsonObject.class).stream()
                        .filter(f -> f.getJsonNumber("id").longValue() == filing)
                        .findFirst()
                        .orElseThrow()
                        .getString("status"));
    }

    @Test
    void theAlmatyApproverRejectsWithItsOwnReasonAndTheNgoReadsIt() {
        Api rep = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long hall = Slots.freshRoom(base, 2, true, 100);
        String hallName = Slots.roomName(base, hall);
        LocalDate day = Slots.openWeeks(base, 2, 1, 4);
        long booking =
                idOf(
                        rep.post(
                                "api/bookings",
                                Slots.request(
                                        Slots.almatyNgo(rep), hall, day, "11:00", "13:00", 30)));
        String reason = "Зал закрыт на ремонт в этот день";

        try (Browser approver = Browser.withLanguages("ru")) {
            approver.signIn(base.toString(), Demo.APPROVER_ALMATY.email(), Demo.password());
            InboxPage inbox = InboxPage.open(approver, base, "ru", "booking");
            assertTrue(inbox.has("booking", booking));
            assertTrue(inbox.age("booking", booking).matches("\\d+ (минута|минуты|минут|час)"));
            long before = inbox.count("booking");
            assertEquals(
                    Bundle.text("ru", "validation.required"),
                    inbox.rejectWithoutReason("booking", booking));
            assertEquals(inbox.title("booking", booking), inbox.rejecting());
            inbox = InboxPage.open(approver, base, "ru", "booking");
            inbox.reject("booking", booking, reason);
            assertFalse(inbox.has("booking", booking));
            assertEquals(before - 1, inbox.count("booking"));
        }
        try (Browser ngo = Browser.withLanguages("ru")) {
            ngo.signIn(base.toString(), Demo.NGO.email(), Demo.password());
            MyBookingsPage mine = MyBookingsPage.open(ngo, base, "ru").show("cancelled");
            assertEquals(Bundle.text("ru", "booking.status.REJECTED"), mine.status(hallName));
            assertEquals(reason, mine.reason(hallName));
        }
    }

    @Test
    void theAdministratorSeesNoRegionsItems() {
        Api rep = Api.withToken(base, Demo.NGO.email(), Demo.password());
        long hall = Slots.freshRoom(base, true, 100);
        long booking =
                idOf(
                        rep.post(
                                "api/bookings",
                                Slots.request(
                                        Slots.astanaNgo(rep),
                                        hall,
                                        Slots.workingDay(base, 7),
                                        "14:00",
                                        "15:00",
                                        20)));
        Leasing.registeredNgo(rep, "KZ-75", "Ожидает проверки");

        try (Browser admin = Browser.withLanguages("en")) {
            admin.signIn(base.toString(), Demo.ADMIN.email(), Demo.password());
            InboxPage inbox = InboxPage.open(admin, base, "en", null);
            assertFalse(inbox.has("booking", booking));
            assertEquals(Bundle.text("en", "inbox.empty"), inbox.tableText());
            assertEquals("Waiting in all: 0", inbox.total());
            for (String kind :
                    new String[] {
                        "booking", "series", "ngo", "filing", "leaseRecommendation", "leaseDecision"
                    }) {
                assertEquals(0, inbox.count(kind), kind);
            }
        }
    }

    private static long idOf(Api.Reply created) {
        assertEquals(201, created.status(), created.body());
        return created.object().getJsonNumber("id").longValue();
    }
}
