package kz.housesofdemocracy.ngos.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bins;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The NGO registry through REST: BIN checks, duplicates, filings, staff decisions in scope, counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NgoRegistryApiIT {

    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;

    @ArquillianResource private URL base;

    private Api ngo;
    private Api astana;
    private Api almaty;

    @BeforeEach
    void signIn() {
        Mailbox.start();
        ngo = Api.withToken(base, Demo.NGO.email(), Demo.password());
        astana = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        almaty = Api.withToken(base, Demo.APPROVER_ALMATY.email(), Demo.password());
    }

    static String registration(String bin, String region, String... areas) {
        var areaList = Json.createArrayBuilder();
        for (String a : areas) {
            areaList.add(a);
        }
        var builder =
                Json.createObjectBuilder()
                        .add(
                                "name",
                                Json.createObjectBuilder()
                                        .add("kk", "Тест ҮЕҰ " + bin)
                                        .add("en", "Test NGO " + bin))
                        .add("legalForm", "PUBLIC_ASSOCIATION")
                        .add("regionCode", region)
                        .add("address", "Астана қ., 1")
                        .add("areas", areaList)
                        .add("languages", Json.createArrayBuilder().add("KK"))
                        .add("funding", Json.createArrayBuilder().add("STATE"))
                        .add("youthLed", true)
                        .add("contactEmail", "ngo@example.kz");
        if (bin == null) {
            builder.add("noBin", true).add("registeredOn", "2019-06-15");
        } else {
            builder.add("bin", bin);
        }
        return builder.build().toString();
    }

    private static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        String location = reply.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aWrongBinIsRefusedInTheCallersLanguageAndADuplicateNamesTheWayIn() {
        String bin = Bins.fresh();
        Api.Reply wrong =
                ngo.language("kk")
                        .post(
                                "api/ngos",
                                registration(Bins.withWrongCheckDigit(bin), "KZ-71", "education"));
        assertEquals(422, wrong.status());
        JsonObject error = wrong.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("bin", error.getString("field"));
        assertEquals(
                "БСН-нің бақылау саны сәйкес келмейді: нөмірді тексеріңіз.",
                error.getString("message"));

        long id =
                created(
                        ngo.language("en")
                                .post("api/ngos", registration(bin, "KZ-71", "education")));
        Api.Reply duplicate = astana.post("api/ngos", registration(bin, "KZ-71", "education"));
        assertEquals(409, duplicate.status());
        assertEquals(
                "urn:houses-of-democracy:problem:duplicate-bin",
                duplicate.object().getString("type"));
        assertTrue(duplicate.object().getString("detail").contains("Ask its representatives"));
        assertEquals(202, astana.post("api/ngos/" + id + "/join-requests", "{}").status());
        Mailbox.Mail asked = Mailbox.await(Demo.NGO.email(), "просьба стать представителем");
        assertTrue(asked.body().contains(Demo.APPROVER_ASTANA.email()), asked.body());
    }

    @Test
    void everyFieldIsCheckedAndNothingIsStored() {
        long before = astana.get("api/ngos?region=KZ-71").object().getInt("total");
        String evil =
                "{\"name\":{\"en\":\"<script>alert(1)</script>\"},\"bin\":\"12\",\"legalForm\":\"CLUB\",\"regionCode\":\"KZ-00\",\"address\":\"\",\"areas\":[\"hobby\",\"nothing\"],\"languages\":[],\"funding\":[\"LOTTERY\"],\"contactEmail\":\"no\"}";
        Api.Reply reply = ngo.post("api/ngos", evil);
        assertEquals(422, reply.status());
        List<String> fields =
                reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field"))
                        .toList();
        assertEquals(
                List.of(
                        "bin",
                        "legalForm",
                        "regionCode",
                        "address",
                        "areas",
                        "languages",
                        "funding",
                        "contactEmail"),
                fields);
        assertEquals(before, astana.get("api/ngos?region=KZ-71").object().getInt("total"));
    }

    @Test
    void theManualPathWaitsForStaffAndTheRegionsApproverDecides() {
        long id = created(ngo.post("api/ngos", registration(null, "KZ-71", "social-support")));
        JsonObject waiting = ngo.get("api/ngos/" + id).object();
        assertEquals("UNVERIFIED", waiting.getString("identity"));
        assertFalse(waiting.containsKey("bin"));
        JsonObject eligibility = ngo.get("api/ngos/" + id + "/eligibility").object();
        assertFalse(eligibility.getBoolean("eligible"));
        JsonObject identityRule = eligibility.getJsonArray("rules").getJsonObject(0);
        assertEquals("IDENTITY_VERIFIED", identityRule.getString("rule"));
        assertEquals("eligibility.identity.waiting", identityRule.getString("messageKey"));

        // A filing for last year, with a receipt checked by content.
        long filing =
                created(
                        ngo.post(
                                "api/ngos/" + id + "/filings",
                                "{\"year\":"
                                        + LAST_YEAR
                                        + ",\"filedOn\":\""
                                        + (LAST_YEAR + 1)
                                        + "-02-01\",\"reference\":\"NGO-"
                                        + LAST_YEAR
                                        + "-77\"}"));
        Api.Reply notPdf =
                ngo.upload(
                        "PUT",
                        "api/filings/" + filing + "/receipt",
                        "application/pdf",
                        "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, notPdf.status());
        assertEquals(
                204,
                ngo.upload(
                                "PUT",
                                "api/filings/" + filing + "/receipt",
                                "application/pdf",
                                "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF"
                                        .getBytes(StandardCharsets.UTF_8))
                        .status());
        assertEquals(200, astana.bytes("api/filings/" + filing + "/receipt").statusCode());
        assertEquals(
                409,
                ngo.post(
                                "api/ngos/" + id + "/filings",
                                "{\"year\":"
                                        + LAST_YEAR
                                        + ",\"filedOn\":\""
                                        + (LAST_YEAR + 1)
                                        + "-02-01\",\"reference\":\"X-1\"}")
                        .status(),
                "one filing per year");

        // The other region's approver may not decide; this region's may, with a reason to refuse.
        assertEquals(
                403,
                almaty.post("api/ngos/" + id + "/identity-decision", "{\"verify\":true}").status());
        assertEquals(403, almaty.bytes("api/filings/" + filing + "/receipt").statusCode());
        assertEquals(
                422,
                astana.post("api/ngos/" + id + "/identity-decision", "{\"verify\":false}")
                        .status());
        assertEquals(
                "VERIFIED",
                astana.post("api/ngos/" + id + "/identity-decision", "{\"verify\":true}")
                        .object()
                        .getString("identity"));
        assertEquals(
                204,
                astana.post("api/filings/" + filing + "/decision", "{\"verify\":true}").status());
        assertTrue(ngo.get("api/ngos/" + id + "/eligibility").object().getBoolean("eligible"));

        // Suspending with a reason: eligibility lapses and the representatives are told.
        astana.post(
                "api/ngos/" + id + "/operating",
                "{\"status\":\"SUSPENDED\",\"reason\":\"Court order 7/2026\"}");
        assertFalse(ngo.get("api/ngos/" + id + "/eligibility").object().getBoolean("eligible"));
        assertTrue(
                Mailbox.await(Demo.NGO.email(), "статус НПО изменён")
                        .body()
                        .contains("Court order 7/2026"));
        var audit =
                Api.withToken(base, Demo.ADMIN.email(), Demo.password())
                        .get("api/audit?action=ngo.&actor=" + Demo.APPROVER_ASTANA.email())
                        .object();
        assertTrue(audit.getInt("total") >= 2);
    }

    @Test
    void nobodyDecidesOnAnNgoTheyRepresent() {
        long id = created(ngo.post("api/ngos", registration(Bins.fresh(), "KZ-71", "education")));
        ngo.post(
                "api/ngos/" + id + "/invitations",
                "{\"email\":\"" + Demo.APPROVER_ASTANA.email() + "\"}");
        String token = Mailbox.await(Demo.APPROVER_ASTANA.email(), "шақыру").token();
        assertEquals(
                409,
                ngo.post("api/invitations/acceptance", "{\"token\":\"" + token + "\"}").status(),
                "an invitation is for its own address");
        assertEquals(
                id,
                astana.post("api/invitations/acceptance", "{\"token\":\"" + token + "\"}")
                        .object()
                        .getJsonNumber("ngoId")
                        .longValue());
        Api.Reply ownDecision =
                Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password())
                        .post("api/ngos/" + id + "/identity-decision", "{\"verify\":true}");
        assertEquals(403, ownDecision.status(), "four eyes");
    }

    @Test
    void listsAreScopedToTheApproversRegionAndFilter() {
        JsonObject mine = astana.get("api/ngos?size=200").object();
        assertTrue(
                mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .allMatch(n -> n.getString("regionCode").equals("KZ-71")));
        assertEquals(403, astana.get("api/ngos?region=KZ-75").status());
        // Paged: {items, total, next}, next relative to /api/ and absent (null) on the last page.
        JsonObject one = astana.get("api/ngos?size=1&sort=id").object();
        assertEquals(1, one.getJsonArray("items").size());
        assertTrue(one.getInt("total") >= 2, "the demo has two NGOs in Astana");
        String next = one.getString("next");
        assertTrue(next.startsWith("ngos?") && next.contains("first=1"), next);
        JsonObject second = astana.get("api/" + next).object();
        assertTrue(
                second.getJsonArray("items").getJsonObject(0).getInt("id")
                        > one.getJsonArray("items").getJsonObject(0).getInt("id"));
        JsonObject last = astana.get("api/ngos?size=200").object();
        assertTrue(!last.containsKey("next") || last.isNull("next"), "no next on the last page");
        assertEquals(
                403,
                Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password())
                        .get("api/ngos")
                        .status());
        JsonObject youth =
                astana.get("api/ngos?youthLed=true&area=children-youth&language=KK&eligible=true")
                        .object();
        assertTrue(
                youth.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(n -> "150540001233".equals(n.getString("bin", ""))));
        assertTrue(
                youth.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .allMatch(n -> n.getBoolean("youthLed") && n.getBoolean("eligible")));
        JsonObject notEligible = astana.get("api/ngos?eligible=false").object();
        assertTrue(
                notEligible.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .noneMatch(n -> n.getBoolean("eligible")));
        assertEquals(422, astana.get("api/ngos?identity=MAYBE").status());
        // The queue: the demo NGO without a BIN waits; eligible ones with verified filings do not.
        var queue =
                astana.get("api/ngos?waiting=true&size=200")
                        .object()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class);
        assertTrue(queue.stream().anyMatch(n -> n.getString("identity").equals("UNVERIFIED")));
        assertTrue(queue.stream().noneMatch(n -> "150540001233".equals(n.getString("bin", ""))));
    }

    @Test
    void countsArePublicPerRegionAndForTheCountry() {
        JsonObject table = Api.anonymous(base).get("api/ngo-counts").object();
        var regions = table.getJsonArray("regions").getValuesAs(JsonObject.class);
        assertEquals(20, regions.size());
        assertTrue(regions.stream().allMatch(c -> c.getString("regionCode").startsWith("KZ-")));
        JsonObject almatyRow =
                regions.stream()
                        .filter(c -> "KZ-75".equals(c.getString("regionCode")))
                        .findFirst()
                        .orElseThrow();
        assertTrue(almatyRow.getInt("eligible") >= 1 && almatyRow.getInt("active") >= 1);
        JsonObject country = table.getJsonObject("nation");
        assertFalse(country.containsKey("regionCode"));
        for (String measure : List.of("registered", "verified", "eligible", "active")) {
            assertEquals(
                    regions.stream().mapToInt(c -> c.getInt(measure)).sum(),
                    country.getInt(measure),
                    measure);
        }
        assertTrue(
                country.getInt("registered") >= country.getInt("verified")
                        && country.getInt("verified") >= country.getInt("eligible")
                        && country.getInt("eligible") >= country.getInt("active"));
    }
}
