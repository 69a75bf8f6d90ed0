package kz.housesofdemocracy.leases.boundary;

import static kz.housesofdemocracy.testing.Leasing.application;
import static kz.housesofdemocracy.testing.Leasing.idOf;
import static kz.housesofdemocracy.testing.Slots.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Leasing;
import kz.housesofdemocracy.testing.Mailbox;
import kz.housesofdemocracy.testing.Slots;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leases through the REST twin: competing applications for one office decided side by side, two
 * decisions at once with one winner, the money and schedule, the summary PDF read back by PDFBox,
 * the office's hourly room blocked while leased; drafts, withdrawal, early termination; and every
 * kind of bad input refused with its message and nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeasesApiIT {

    @ArquillianResource private URL base;

    private Api rep;
    private Api manager;
    private Api approver;
    private Api admin;

    @BeforeEach
    void signIn() {
        Mailbox.start();
        rep = Api.withToken(base, Demo.NGO.email(), Demo.password());
        manager = Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password());
        approver = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
    }

    @Test
    void competingApplicationsAreDecidedSideBySideAndTheOfficeIsBlockedByTheHour()
            throws Exception {
        long room = Slots.freshRoom(base, false, 10);
        long office = Leasing.office(base, 1, room);
        LocalDate january = Leasing.nextJanuary();
        LocalDate day = firstWorkingDayFrom(january.plusDays(10));
        long booking =
                idOf(
                        rep.post(
                                "api/bookings",
                                request(Slots.astanaNgo(rep), room, day, "10:00", "11:00", 4)));
        long a = Leasing.eligibleNgo(base, rep, approver, "KZ-71", "Lease A");
        long b = Leasing.eligibleNgo(base, rep, approver, "KZ-71", "Lease B");

        JsonObject first = rep.post("api/leases", application(a, 1, office, 3, true)).object();
        JsonObject second = rep.post("api/leases", application(b, 1, office, 2, true)).object();
        long idA = first.getJsonNumber("id").longValue();
        long idB = second.getJsonNumber("id").longValue();
        assertEquals("SUBMITTED", first.getString("status"));
        assertEquals(january.toString(), first.getString("startsOn"));
        assertEquals(january.plusYears(3).minusDays(1).toString(), first.getString("endsOn"));

        // The akimat decides only after the House's recommendation.
        Api.Reply early = approve(idA, first);
        assertEquals(409, early.status());
        assertEquals(
                "The application waits for the House’s recommendation.",
                early.object().getString("detail"));

        JsonObject reviewedA = recommend(idA, "Runs a strong legal aid desk");
        recommend(idB, "Second choice");

        // Side by side: both, with the facts of a fair choice.
        List<JsonObject> contenders =
                approver.get("api/leases/" + idA + "/competition")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class);
        assertEquals(2, contenders.size());
        assertEquals(
                idA,
                contenders.get(0).getJsonObject("application").getJsonNumber("id").longValue());
        assertEquals(
                idB,
                contenders.get(1).getJsonObject("application").getJsonNumber("id").longValue());
        for (JsonObject c : contenders) {
            assertTrue(c.getBoolean("eligible"));
            assertTrue(c.getBoolean("youthLed"));
            assertEquals(
                    List.of("KK", "RU"),
                    c.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString)
                            .toList());
            assertTrue(
                    c.containsKey("noShowPercent")
                            && c.containsKey("bookingsLastYear")
                            && c.containsKey("holdsSpace"));
        }
        assertEquals(403, rep.get("api/leases/" + idA + "/competition").status());

        // Two decisions at once on the same version: one wins, the other is told, nothing is lost.
        long version = reviewedA.getJsonNumber("version").longValue();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Api.Reply> replies = new ArrayList<>();
        try {
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Api.Reply> call =
                        () ->
                                Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password())
                                        .post("api/leases/" + idA + "/approval", approval(version));
                futures.add(pool.submit(call));
            }
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                List.of(200, 409),
                replies.stream().map(Api.Reply::status).sorted().toList(),
                replies.toString());
        Api.Reply loser = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertTrue(
                loser.object()
                        .getString("detail")
                        .startsWith("Someone else acted on this application"),
                loser.body());

        // The lease: money fixed, schedule for the whole term, the competitor closed with a reason.
        JsonObject lease = rep.get("api/leases/" + idA).object();
        assertEquals("APPROVED", lease.getString("status"));
        assertEquals("12/2026-НС", lease.getString("councilNumber"));
        assertEquals(
                0,
                new BigDecimal("200000.00")
                        .compareTo(lease.getJsonNumber("monthlyRentKzt").bigDecimalValue()));
        int share = lease.getInt("subsidyPercent");
        BigDecimal payment =
                new BigDecimal("200000")
                        .multiply(BigDecimal.valueOf(100 - share))
                        .divide(BigDecimal.valueOf(100));
        assertEquals(
                0, payment.compareTo(lease.getJsonNumber("monthlyPaymentKzt").bigDecimalValue()));
        List<JsonObject> schedule =
                rep.get("api/leases/" + idA + "/schedule")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class);
        assertEquals(36, schedule.size());
        assertEquals(january.toString().substring(0, 7), schedule.get(0).getString("month"));
        for (JsonObject m : schedule) {
            assertEquals(
                    0,
                    m.getJsonNumber("market")
                            .bigDecimalValue()
                            .compareTo(
                                    m.getJsonNumber("payment")
                                            .bigDecimalValue()
                                            .add(m.getJsonNumber("subsidy").bigDecimalValue())));
        }
        JsonObject closed = rep.get("api/leases/" + idB).object();
        assertEquals("REJECTED", closed.getString("status"));
        assertEquals(idA, closed.getJsonNumber("closedByLease").longValue());
        String officeName = lease.getJsonObject("officeName").getString("ru");
        Mailbox.Mail approvedMail =
                Mailbox.await(Demo.NGO.email(), "Аренда одобрена: " + officeName);
        assertTrue(
                approvedMail.body().contains("[attachment lease-" + idA + ".pdf application/pdf"),
                approvedMail.body());
        assertTrue(approvedMail.body().contains("12/2026-НС"), approvedMail.body());
        Mailbox.await(Demo.NGO.email(), "Заявка закрыта: " + officeName);

        // The summary PDF, in Kazakh, read back by PDFBox.
        var pdf = rep.bytes("api/leases/" + idA + "/summary.pdf?lang=kk");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Кеңсе жалдау туралы анықтама"), text);
            assertTrue(text.contains("12/2026-НС"), text);
            assertTrue(text.contains(january.toString().substring(0, 7)), text);
        }

        // While leased, the office's hourly room is closed: the booking in the way was displaced
        // with notice, and new ones are refused naming the lease.
        assertEquals("CANCELLED", rep.get("api/bookings/" + booking).object().getString("status"));
        Mailbox.Mail leased =
                Mailbox.await(
                        Demo.NGO.email(),
                        "Бронирование отменено, помещение сдано в аренду: "
                                + Slots.roomName(base, room));
        assertTrue(leased.body().contains("Вместо него предлагаем"), leased.body());
        Api.Reply refused =
                rep.post(
                        "api/bookings",
                        request(Slots.astanaNgo(rep), room, day, "12:00", "13:00", 4));
        assertEquals(422, refused.status());
        assertTrue(refused.object().getString("detail").contains("Leased to"), refused.body());
        // ... the office cannot be retired, and the NGO cannot lease a second office here.
        assertEquals(409, admin.send("DELETE", "api/offices/" + office, null).status());
        long another = Leasing.office(base, 1, null);
        Api.Reply second2 = rep.post("api/leases", application(a, 1, another, 1, true));
        assertEquals(409, second2.status());
        assertEquals(
                "The NGO already leases an office in this House: one office per House.",
                second2.object().getString("detail"));
        assertTrue(
                rep
                        .get("api/leases/mine")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(
                                l ->
                                        l.getJsonNumber("ngoId").longValue() == a
                                                && l.getString("status").equals("DRAFT")),
                "nothing half-saved");
    }

    @Test
    void draftsChangeAndSubmitAndApplicationsCanBeWithdrawnUntilDecided() {
        long a = Leasing.eligibleNgo(base, rep, approver, "KZ-71", "Draft NGO");
        JsonObject draft = rep.post("api/leases", application(a, 1, null, 1, false)).object();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertTrue(!draft.containsKey("officeId"), "any office");
        JsonObject changed =
                rep.put("api/leases/" + id, application(a, 1, null, 2, false)).object();
        assertEquals(2, changed.getInt("years"));
        assertEquals(
                403, manager.put("api/leases/" + id, application(a, 1, null, 3, false)).status());
        assertEquals(
                "SUBMITTED",
                rep.post("api/leases/" + id + "/submission", "{}").object().getString("status"));
        Mailbox.await(Demo.MANAGER_ASTANA.email(), "Қарауға жаңа өтінім");
        assertEquals(409, rep.put("api/leases/" + id, application(a, 1, null, 3, false)).status());
        assertEquals(
                "WITHDRAWN",
                rep.post("api/leases/" + id + "/withdrawal", "{}").object().getString("status"));
        Api.Reply again = rep.post("api/leases/" + id + "/withdrawal", "{}");
        assertEquals(409, again.status());
        assertEquals(
                "The application has already been decided.", again.object().getString("detail"));
        assertEquals("WITHDRAWN", rep.get("api/leases/" + id).object().getString("status"));
    }

    @Test
    void aLeaseEndedEarlyKeepsItsScheduleUpToThatMonth() {
        long office = Leasing.office(base, 1, null);
        long a = Leasing.eligibleNgo(base, rep, approver, "KZ-71", "Terminated NGO");
        long id =
                rep.post("api/leases", application(a, 1, office, 2, true))
                        .object()
                        .getJsonNumber("id")
                        .longValue();
        JsonObject reviewed = recommend(id, "Fine");
        assertEquals(200, approve(id, reviewed).status());
        LocalDate on = Leasing.nextJanuary().withMonth(6).withDayOfMonth(15);
        Api.Reply noReason =
                approver.post("api/leases/" + id + "/termination", "{\"on\":\"" + on + "\"}");
        assertEquals(422, noReason.status());
        assertEquals(
                403,
                manager.post(
                                "api/leases/" + id + "/termination",
                                "{\"on\":\"" + on + "\",\"reason\":\"x\"}")
                        .status());
        JsonObject ended =
                approver.post(
                                "api/leases/" + id + "/termination",
                                "{\"on\":\"" + on + "\",\"reason\":\"The NGO moved out\"}")
                        .object();
        assertEquals("TERMINATED", ended.getString("status"));
        assertEquals(on.toString(), ended.getString("terminatedOn"));
        assertEquals(6, rep.get("api/leases/" + id + "/schedule").json().asJsonArray().size());
        Mailbox.Mail told = Mailbox.await(Demo.NGO.email(), "Аренда прекращена досрочно");
        assertTrue(told.body().contains("The NGO moved out"), told.body());

        // Ended early but not yet ended: the office stays taken until its last day.
        long b = Leasing.eligibleNgo(base, rep, approver, "KZ-71", "Next tenant");
        long next =
                rep.post("api/leases", application(b, 1, office, 1, true))
                        .object()
                        .getJsonNumber("id")
                        .longValue();
        JsonObject nextReviewed = recommend(next, "Fine too");
        Api.Reply taken = approve(next, nextReviewed);
        assertEquals(409, taken.status());
        assertEquals(
                "This office is already leased to another NGO for this term.",
                taken.object().getString("detail"));
    }

    @Test
    void badApplicationsAndDecisionsAreRefusedAndChangeNothing() {
        long office = Leasing.office(base, 1, null);
        long eligible = Leasing.eligibleNgo(base, rep, approver, "KZ-71", "Careful NGO");
        int before = rep.get("api/leases/mine").json().asJsonArray().size();

        // Outside a window: Almaty has none open; then one that opens later is named.
        Api.Reply none = rep.post("api/leases", application(eligible, 2, null, 1, true));
        assertEquals(422, none.status());
        assertEquals(
                "This region has no application window open.",
                none.object().getJsonArray("errors").getJsonObject(0).getString("message"));
        Api almaty = Api.withToken(base, Demo.APPROVER_ALMATY.email(), Demo.password());
        LocalDate opens = LocalDate.now().plusDays(200);
        LocalDate start = LocalDate.of(opens.getYear() + 1, 1, 1);
        assertEquals(
                403,
                almaty.post("api/lease-windows", window("KZ-71", opens, opens.plusDays(20), start))
                        .status(),
                "another region's approver");
        assertEquals(
                422,
                almaty.post(
                                "api/lease-windows",
                                window("KZ-75", opens, opens.plusDays(20), start.plusDays(1)))
                        .status(),
                "leases start on 1 January");
        assertEquals(
                201,
                almaty.post("api/lease-windows", window("KZ-75", opens, opens.plusDays(20), start))
                        .status());
        assertEquals(
                409,
                almaty.post(
                                "api/lease-windows",
                                window("KZ-75", opens.plusDays(5), opens.plusDays(30), start))
                        .status());
        Api.Reply later = rep.post("api/leases", application(eligible, 2, null, 1, true));
        assertEquals(422, later.status());
        assertTrue(later.body().contains("Applications are taken from " + opens), later.body());

        // An ineligible NGO, a term not from 1 January, 4 years, another House's office.
        long waiting = Leasing.registeredNgo(rep, "KZ-71", "Unverified NGO");
        Api.Reply ineligible = rep.post("api/leases", application(waiting, 1, office, 1, true));
        assertEquals(422, ineligible.status());
        assertTrue(ineligible.body().contains("The NGO is not eligible now"), ineligible.body());
        Api.Reply march =
                rep.post(
                        "api/leases",
                        application(eligible, 1, office, 1, true)
                                .replace(
                                        "\"years\"",
                                        "\"startsOn\":\""
                                                + Leasing.nextJanuary().withMonth(3)
                                                + "\",\"years\""));
        assertEquals(422, march.status());
        assertTrue(march.body().contains("A lease starts on 1 January."), march.body());
        assertEquals(
                422, rep.post("api/leases", application(eligible, 1, office, 4, true)).status());
        Api.Reply notARenewal =
                rep.post(
                        "api/leases",
                        application(eligible, 1, office, 1, true)
                                .replace("\"years\"", "\"renewalOf\":987654321,\"years\""));
        assertEquals(422, notARenewal.status());
        assertTrue(notARenewal.body().contains("This cannot be a renewal"), notARenewal.body());
        long almatyOffice =
                Api.anonymous(base)
                        .get("api/houses/2")
                        .object()
                        .getJsonArray("offices")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();
        assertEquals(
                422,
                rep.post("api/leases", application(eligible, 1, almatyOffice, 1, true)).status());
        Api.Reply shortPurpose =
                rep.post(
                        "api/leases",
                        application(eligible, 1, office, 1, true)
                                .replace(
                                        "A legal aid desk for families, open five days a week",
                                        "Office"));
        assertEquals(422, shortPurpose.status());
        assertEquals(
                before, rep.get("api/leases/mine").json().asJsonArray().size(), "nothing saved");

        // A good application; then a tampered id from another region's staff is refused.
        JsonObject good =
                rep.post("api/leases", application(eligible, 1, office, 1, true)).object();
        long id = good.getJsonNumber("id").longValue();
        Api almatyManager = Api.withToken(base, Demo.MANAGER_ALMATY.email(), Demo.password());
        assertEquals(
                403,
                almatyManager
                        .post("api/leases/" + id + "/recommendation", "{\"text\":\"Yes\"}")
                        .status());
        assertEquals(
                403,
                almaty.post("api/leases/" + id + "/rejection", "{\"reason\":\"No\"}").status());
        assertEquals(
                403,
                admin.post("api/leases/" + id + "/rejection", "{\"reason\":\"No\"}").status(),
                "the administrator does not decide regional matters");
        assertEquals(
                409,
                rep.post("api/leases", application(eligible, 1, office, 1, true)).status(),
                "one application per House and window");
        // A rejection needs a reason, and the reason is delivered.
        assertEquals(
                422,
                approver.post("api/leases/" + id + "/rejection", "{\"reason\":\" \"}").status());
        assertEquals("SUBMITTED", rep.get("api/leases/" + id).object().getString("status"));
        JsonObject rejected =
                approver.post(
                                "api/leases/" + id + "/rejection",
                                "{\"reason\":\"The office is too small for four people\"}")
                        .object();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals(
                "The office is too small for four people",
                rep.get("api/leases/" + id).object().getString("decisionReason"));
        Mailbox.Mail mail =
                Mailbox.await(
                        Demo.NGO.email(),
                        "Заявка отклонена: "
                                + rep.get("api/leases/" + id)
                                        .object()
                                        .getJsonObject("officeName")
                                        .getString("ru"));
        assertTrue(mail.body().contains("The office is too small for four people"), mail.body());
    }

    // --- helpers

    private JsonObject recommend(long id, String text) {
        long version =
                manager.get("api/leases/" + id).object().getJsonNumber("version").longValue();
        Api.Reply r =
                manager.post(
                        "api/leases/" + id + "/recommendation",
                        "{\"text\":\"" + text + "\",\"version\":" + version + "}");
        assertEquals(200, r.status(), r.body());
        assertEquals("UNDER_REVIEW", r.object().getString("status"));
        return r.object();
    }

    /** The akimat's approval of the application as the approver last saw it (its version). */
    private Api.Reply approve(long id, JsonObject seen) {
        return approver.post(
                "api/leases/" + id + "/approval",
                approval(seen.getJsonNumber("version").longValue()));
    }

    private static String approval(long version) {
        return "{\"councilNumber\":\"12/2026-НС\",\"councilDate\":\""
                + LocalDate.now().minusDays(1)
                + "\",\"version\":"
                + version
                + "}";
    }

    private static String window(
            String region, LocalDate opens, LocalDate closes, LocalDate start) {
        return "{\"regionCode\":\""
                + region
                + "\",\"opensOn\":\""
                + opens
                + "\",\"closesOn\":\""
                + closes
                + "\",\"leaseStart\":\""
                + start
                + "\"}";
    }

    private static LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.plusDays(1);
        }
        return d;
    }
}
