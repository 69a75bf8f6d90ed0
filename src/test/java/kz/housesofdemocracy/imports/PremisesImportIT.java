package kz.housesofdemocracy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bins;
import kz.housesofdemocracy.testing.Demo;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A House's manager brings its rooms, offices and running leases in from spreadsheets through REST
 * (#22): a fresh House of its own (opened by the administrator two years ago, in a region without
 * demo data), each file dry-run then applied, what was written read back through the product's own
 * REST, every bad row refused with its reason, a second import of the same file unchanged, and a
 * manager of another House refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PremisesImportIT {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String REGION = "KZ-35";

    /** Shared by the ordered tests: the House, its manager and the NGOs the leases name. */
    private static long house;

    private static Api manager;
    private static String eligibleA;
    private static String eligibleB;
    private static String eligibleC;
    private static String ineligible;
    private static String tag;

    @ArquillianResource private URL base;

    private static LocalDate start() {
        return LocalDate.of(LocalDate.now(ALMATY).getYear(), 1, 1);
    }

    @Test
    @Order(1)
    void aManagerOfAFreshHouseImportsItsRooms() {
        setUp();
        String rooms =
                String.join(
                        "\n",
                        "Название;Тип;Вместимость;Ставка;Пандус;Дата открытия",
                        "Большой зал " + tag + ";Зал;120;25 000;да;",
                        "Переговорная "
                                + tag
                                + ";meeting room;12;5000,50;нет;"
                                + start().minusYears(1),
                        ";HALL;10;1000;;",
                        "Малый зал " + tag + ";HALL;0;1000;;",
                        "Сарай " + tag + ";Сарай;10;1000;;",
                        "большой  зал " + tag + ";HALL;30;1000;;",
                        "Ранний зал " + tag + ";HALL;30;1000;;" + start().minusYears(5));
        JsonObject checked = dryRun("ROOMS", "rooms.csv", rooms);
        assertCounts(checked, 2, 0, 0, 5);
        Map<String, String> refused = refusedBySummary(checked);
        assertEquals("import.refused.roomName", refused.get("—"), refused.toString());
        assertEquals("import.refused.roomCapacity", refused.get("Малый зал " + tag));
        assertEquals("import.refused.roomKind", refused.get("Сарай " + tag));
        assertEquals("import.refused.roomDuplicate", refused.get("большой  зал " + tag));
        assertEquals("import.refused.roomBeforeHouse", refused.get("Ранний зал " + tag));

        assertCounts(apply(checked), 2, 0, 0, 5);
        JsonObject hall = named(houseDetails().getJsonArray("rooms"), "Большой зал " + tag);
        assertEquals("HALL", hall.getString("kind"));
        assertEquals(120, hall.getInt("capacity"));
        assertEquals(25000, hall.getJsonNumber("hourlyRateKzt").intValueExact());
        assertTrue(hall.getBoolean("stepFree"));
        assertTrue(hall.getBoolean("needsApproval"), "a hall needs approval unless told");
        assertEquals(start().minusYears(2).toString(), hall.getString("openedOn"));
        JsonObject meeting = named(houseDetails().getJsonArray("rooms"), "Переговорная " + tag);
        assertEquals("MEETING_ROOM", meeting.getString("kind"));
        assertEquals(
                "5000.5",
                meeting.getJsonNumber("hourlyRateKzt")
                        .bigDecimalValue()
                        .stripTrailingZeros()
                        .toPlainString());
        assertEquals(start().minusYears(1).toString(), meeting.getString("openedOn"));

        // The same file again: nothing to write.
        assertCounts(dryRun("ROOMS", "rooms.csv", rooms), 0, 0, 2, 5);
    }

    @Test
    @Order(2)
    void thenItsOfficesWithKazakhHeaders() {
        String offices =
                String.join(
                        "\n",
                        "Нөмірі;Ауданы;Қабат;Айлық жалдау ақысы;Бос болатын күні",
                        "101;18,5;2;200 000;",
                        "102;24;2;240000;",
                        "103;30;3;300000;",
                        "104;12;1;100000;" + start().plusMonths(5),
                        "105;0;1;100000;",
                        "106;20;1;сто тысяч;",
                        "101;19;2;200000;");
        JsonObject checked = dryRun("OFFICES", "offices.csv", offices);
        assertCounts(checked, 4, 0, 0, 3);
        Map<String, String> refused = refusedByReason(checked);
        assertEquals(
                Map.of(
                        "import.refused.officeArea", "105",
                        "import.refused.officeRent", "106",
                        "import.refused.officeDuplicate", "101"),
                refused);
        assertCounts(apply(checked), 4, 0, 0, 3);
        JsonObject office = named(houseDetails().getJsonArray("offices"), "101");
        assertEquals(
                "18.5",
                office.getJsonNumber("areaSquareMetres")
                        .bigDecimalValue()
                        .stripTrailingZeros()
                        .toPlainString());
        assertEquals(200000, office.getJsonNumber("monthlyRentKzt").intValueExact());
        assertEquals(start().minusYears(2).toString(), office.getString("availableFrom"));

        // A changed rent is an update; the rest of the file is unchanged.
        JsonObject again =
                dryRun(
                        "OFFICES",
                        "offices.csv",
                        offices.replace("102;24;2;240000", "102;24;2;250000"));
        assertCounts(again, 0, 1, 3, 3);
    }

    @Test
    @Order(3)
    void thenTheLeasesRunningWithTheirPaymentsSoFar() {
        LocalDate s = start();
        LocalDate end2 = s.plusYears(2).minusDays(1);
        LocalDate end1 = s.plusYears(1).minusDays(1);
        LocalDate council = s.minusDays(12);
        LocalDate paidThrough = LocalDate.now(ALMATY).withDayOfMonth(1);
        int paidMonths = paidThrough.getMonthValue();
        String unknown = Bins.fresh();
        String leases =
                String.join(
                        "\n",
                        "office,bin,start,end,council_number,council_date,paid_through",
                        row("101", eligibleA, s, end2, "КС-12/" + tag, council, paidThrough),
                        row("102", eligibleB, s, end1, "КС-13/" + tag, council, null),
                        row("999", eligibleA, s, end1, "КС-14", council, null),
                        row("103", "940149000385", s, end1, "КС-15", council, null),
                        row("103", unknown, s, end1, "КС-16", council, null),
                        row("103", ineligible, s, end1, "КС-17", council, null),
                        row("101", eligibleB, s.plusYears(1), end2, "КС-18", council, null),
                        row(
                                "103",
                                eligibleB,
                                s,
                                s.plusYears(4).minusDays(1),
                                "КС-19",
                                council,
                                null),
                        row("103", eligibleB, s.plusMonths(1), end1, "КС-20", council, null),
                        row("103", eligibleA, s, end1, "КС-21", council, null),
                        row("104", eligibleC, s, end1, "КС-22", council, null),
                        row("103", eligibleC, s, end1, "КС-23", council, end1.plusMonths(1)));
        JsonObject checked = dryRun("LEASES", "leases.csv", leases);
        assertCounts(checked, 2, 0, 0, 10);
        Map<String, String> refused = refusedBySummary(checked);
        assertEquals(
                "import.refused.leaseOffice", refused.get("999 · BIN " + eligibleA + " · " + s));
        assertEquals("import.refused.leaseBin", refused.get("103 · BIN 940149000385 · " + s));
        assertEquals("import.refused.leaseNgo", refused.get("103 · BIN " + unknown + " · " + s));
        assertEquals(
                "import.refused.leaseIneligible",
                refused.get("103 · BIN " + ineligible + " · " + s));
        assertEquals(
                "import.refused.leaseOfficeTaken",
                refused.get("101 · BIN " + eligibleB + " · " + s.plusYears(1)));
        assertEquals(
                "import.refused.leaseStart",
                refused.get("103 · BIN " + eligibleB + " · " + s.plusMonths(1)));
        assertEquals(
                "import.refused.leaseSecondLease",
                refused.get("103 · BIN " + eligibleA + " · " + s));
        assertEquals(
                "import.refused.leaseOfficeLife",
                refused.get("104 · BIN " + eligibleC + " · " + s));
        assertEquals("import.refused.leaseTerm", refused.get("103 · BIN " + eligibleB + " · " + s));
        assertEquals(
                "import.refused.leasePaidBeyondTerm",
                refused.get("103 · BIN " + eligibleC + " · " + s));

        // In Russian, the summary's word is Russian too, and the reason is the sentence to read.
        JsonObject russian =
                rows(checked, "REFUSE&lang=ru").stream()
                        .filter(r -> r.getString("reasonKey").equals("import.refused.leaseOffice"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("999 · БИН " + eligibleA + " · " + s, russian.getString("summary"));
        assertTrue(russian.getString("reason").contains("«999»"), russian.toString());

        assertCounts(apply(checked), 2, 0, 0, 10);
        JsonObject first = lease(officeId("101"));
        assertEquals("ACTIVE", first.getString("status"));
        assertEquals(eligibleA, ngoBin(first));
        assertEquals("КС-12/" + tag, first.getString("councilNumber"));
        assertEquals(s.toString(), first.getString("startsOn"));
        assertEquals(end2.toString(), first.getString("endsOn"));
        assertEquals(200000, first.getJsonNumber("monthlyRentKzt").intValueExact());
        JsonArray schedule =
                manager.get("api/leases/" + first.getJsonNumber("id") + "/schedule")
                        .json()
                        .asJsonArray();
        assertEquals(24, schedule.size());
        for (int m = 0; m < schedule.size(); m++) {
            assertEquals(
                    m < paidMonths, schedule.getJsonObject(m).getBoolean("paid"), "month " + m);
        }
        assertEquals(
                first.getJsonNumber("monthlyPaymentKzt").bigDecimalValue(),
                schedule.getJsonObject(0).getJsonNumber("payment").bigDecimalValue());
        JsonObject second = lease(officeId("102"));
        assertEquals("ACTIVE", second.getString("status"));
        assertEquals(end1.toString(), second.getString("endsOn"));

        // The same file again changes nothing; a later payment marks one more month.
        assertCounts(dryRun("LEASES", "leases.csv", leases), 0, 0, 2, 10);
        if (paidMonths < 24) {
            String later =
                    leases.replace(
                            "," + paidThrough + "\n", "," + paidThrough.plusMonths(1) + "\n");
            JsonObject paid = dryRun("LEASES", "leases.csv", later);
            assertCounts(paid, 0, 1, 1, 10);
            apply(paid);
            JsonArray after =
                    manager.get("api/leases/" + first.getJsonNumber("id") + "/schedule")
                            .json()
                            .asJsonArray();
            assertTrue(after.getJsonObject(paidMonths).getBoolean("paid"));
        }
    }

    @Test
    @Order(4)
    void aManagerOfAnotherHouseIsRefused() {
        Api almaty = Api.withToken(base, Demo.MANAGER_ALMATY.email(), Demo.password());
        HttpResponse<String> refused =
                upload(
                        almaty,
                        "ROOMS",
                        "rooms.csv",
                        "Название;Тип;Вместимость;Ставка\nЧужой;HALL;10;100");
        assertEquals(403, refused.statusCode(), refused.body());
    }

    // --- the House, its manager, the NGOs

    private void setUp() {
        if (manager != null) {
            return;
        }
        tag = Long.toString(System.nanoTime() % 1_000_000);
        ImportHouse opened = ImportHouse.open(base, REGION, tag, start());
        house = opened.id();
        manager = opened.manager(base);
        Api rep = Api.withToken(base, Demo.NGO.email(), Demo.password());
        Api approver = Api.withToken(base, Demo.APPROVER_ASTANA.email(), Demo.password());
        eligibleA = eligibleNgo(rep, approver);
        eligibleB = eligibleNgo(rep, approver);
        eligibleC = eligibleNgo(rep, approver);
        ineligible = Bins.fresh();
        created(rep.post("api/ngos", ngoBody(ineligible)));
    }

    /** A new NGO of the demo representative with a BIN, verified with last year's filing. */
    private static String eligibleNgo(Api rep, Api approver) {
        String bin = Bins.fresh();
        long id = created(rep.post("api/ngos", ngoBody(bin)));
        int lastYear = LocalDate.now(ALMATY).getYear() - 1;
        long filing =
                created(
                        rep.post(
                                "api/ngos/" + id + "/filings",
                                "{\"year\":"
                                        + lastYear
                                        + ",\"filedOn\":\""
                                        + (lastYear + 1)
                                        + "-02-01\",\"reference\":\"IMP-"
                                        + id
                                        + "\"}"));
        assertEquals(
                200,
                approver.post("api/ngos/" + id + "/identity-decision", "{\"verify\":true}")
                        .status());
        assertEquals(
                204,
                approver.post("api/filings/" + filing + "/decision", "{\"verify\":true}").status());
        assertTrue(rep.get("api/ngos/" + id + "/eligibility").object().getBoolean("eligible"));
        return bin;
    }

    private static String ngoBody(String bin) {
        String name = "Импорт ҮЕҰ " + bin;
        return Json.createObjectBuilder()
                .add(
                        "name",
                        Json.createObjectBuilder().add("kk", name).add("ru", name).add("en", name))
                .add("legalForm", "PUBLIC_ASSOCIATION")
                .add("regionCode", "KZ-71")
                .add("address", "Астана қ., 1")
                .add("areas", Json.createArrayBuilder().add("education"))
                .add("languages", Json.createArrayBuilder().add("KK").add("RU"))
                .add("funding", Json.createArrayBuilder().add("STATE"))
                .add("youthLed", false)
                .add("contactEmail", "import@example.kz")
                .add("bin", bin)
                .build()
                .toString();
    }

    private static String row(
            String office,
            String bin,
            LocalDate start,
            LocalDate end,
            String number,
            LocalDate council,
            LocalDate paidThrough) {
        return String.join(
                ",",
                office,
                bin,
                start.toString(),
                end.toString(),
                number,
                council.toString(),
                paidThrough == null ? "" : paidThrough.toString());
    }

    // --- the import through REST

    private HttpResponse<String> upload(Api as, String kind, String fileName, String csv) {
        HttpRequest request =
                HttpRequest.newBuilder(
                                java.net.URI.create(
                                        base + "api/imports?kind=" + kind + "&houseId=" + house))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + as.token())
                        .header("Content-Type", "text/csv")
                        .header("X-File-Name", fileName)
                        .POST(
                                HttpRequest.BodyPublishers.ofByteArray(
                                        csv.getBytes(StandardCharsets.UTF_8)))
                        .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uploads a file and checks it: the job once every row is checked. */
    private JsonObject dryRun(String kind, String fileName, String csv) {
        HttpResponse<String> uploaded = upload(manager, kind, fileName, csv);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long job =
                Json.createReader(new StringReader(uploaded.body()))
                        .readObject()
                        .getJsonNumber("id")
                        .longValue();
        Api.Reply started = manager.post("api/imports/" + job + "/dry-run", "{}");
        assertEquals(202, started.status(), started.body());
        return await(job, "CHECKED");
    }

    private JsonObject apply(JsonObject checked) {
        long job = checked.getJsonNumber("id").longValue();
        Api.Reply started = manager.post("api/imports/" + job + "/apply", "{}");
        assertEquals(202, started.status(), started.body());
        return await(job, "APPLIED");
    }

    private JsonObject await(long job, String status) {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            JsonObject read = manager.get("api/imports/" + job).object();
            String now = read.getString("status");
            if (now.equals(status)) {
                return read;
            }
            if (now.equals("FAILED") || System.nanoTime() > until) {
                throw new AssertionError(status + " expected: " + read);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void assertCounts(
            JsonObject job, int created, int updated, int unchanged, int refused) {
        assertEquals(
                List.of(created, updated, unchanged, refused),
                List.of(
                        job.getInt("created"),
                        job.getInt("updated"),
                        job.getInt("unchanged"),
                        job.getInt("refused")),
                job.toString());
    }

    private List<JsonObject> rows(JsonObject job, String outcome) {
        JsonStructure read =
                manager.get(
                                "api/imports/"
                                        + job.getJsonNumber("id")
                                        + "/rows?outcome="
                                        + outcome
                                        + "&first=0&max=100")
                        .json();
        JsonArray items =
                read.getValueType() == JsonValue.ValueType.ARRAY
                        ? read.asJsonArray()
                        : read.asJsonObject().getJsonArray("items");
        return items.getValuesAs(JsonObject.class);
    }

    private Map<String, String> refusedBySummary(JsonObject job) {
        Map<String, String> reasons = new HashMap<>();
        for (JsonObject r : rows(job, "REFUSE")) {
            reasons.put(r.getString("summary"), r.getString("reasonKey"));
        }
        return reasons;
    }

    private Map<String, String> refusedByReason(JsonObject job) {
        return rows(job, "REFUSE").stream()
                .collect(
                        Collectors.toMap(
                                r -> r.getString("reasonKey"), r -> r.getString("summary")));
    }

    // --- reading back through the product's REST

    private JsonObject houseDetails() {
        return ImportHouse.details(base, house);
    }

    private static JsonObject named(JsonArray places, String name) {
        return ImportHouse.named(places, name);
    }

    private long officeId(String number) {
        return named(houseDetails().getJsonArray("offices"), number)
                .getJsonNumber("id")
                .longValue();
    }

    /** The lease of an office, as the House's staff read it. */
    private JsonObject lease(long office) {
        return ImportHouse.leaseOf(manager, office);
    }

    private String ngoBin(JsonObject lease) {
        return Api.withToken(base, Demo.ADMIN.email(), Demo.password())
                .get("api/ngos/" + lease.getJsonNumber("ngoId"))
                .object()
                .getString("bin");
    }

    private static long created(Api.Reply reply) {
        return ImportHouse.created(reply);
    }
}
