package kz.housesofdemocracy.testing;

import jakarta.json.Json;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Helpers for lease tests: fresh eligible NGOs of the demo representative (so that no two tests
 * meet on "one lease per NGO and House"), fresh offices, the next 1 January.
 */
public final class Leasing {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private Leasing() {}

    /** The 1 January the demo's open window leases from. */
    public static LocalDate nextJanuary() {
        return LocalDate.of(LocalDate.now(ZoneId.of("Asia/Almaty")).getYear() + 1, 1, 1);
    }

    /**
     * A new NGO of the demo representative in a region, verified with a filing for last year by
     * that region's approver: eligible.
     */
    public static long eligibleNgo(URL base, Api rep, Api approver, String region, String name) {
        long id = registeredNgo(rep, region, name);
        int lastYear = LocalDate.now().getYear() - 1;
        long filing =
                idOf(
                        rep.post(
                                "api/ngos/" + id + "/filings",
                                "{\"year\":"
                                        + lastYear
                                        + ",\"filedOn\":\""
                                        + (lastYear + 1)
                                        + "-02-01\",\"reference\":\"L-"
                                        + id
                                        + "\"}"));
        expect(200, approver.post("api/ngos/" + id + "/identity-decision", "{\"verify\":true}"));
        expect(204, approver.post("api/filings/" + filing + "/decision", "{\"verify\":true}"));
        if (!rep.get("api/ngos/" + id + "/eligibility").object().getBoolean("eligible")) {
            throw new AssertionError("NGO " + id + " is not eligible");
        }
        return id;
    }

    /** A new NGO registered without a BIN, waiting for staff: not eligible. */
    public static long registeredNgo(Api rep, String region, String name) {
        String unique = name + " " + COUNT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        String body =
                Json.createObjectBuilder()
                        .add(
                                "name",
                                Json.createObjectBuilder()
                                        .add("kk", unique)
                                        .add("ru", unique)
                                        .add("en", unique))
                        .add("legalForm", "PUBLIC_ASSOCIATION")
                        .add("regionCode", region)
                        .add("address", "Астана қ., 1")
                        .add("areas", Json.createArrayBuilder().add("education"))
                        .add("languages", Json.createArrayBuilder().add("KK").add("RU"))
                        .add("funding", Json.createArrayBuilder().add("STATE"))
                        .add("youthLed", true)
                        .add("contactEmail", "lease@example.kz")
                        .add("noBin", true)
                        .add("registeredOn", "2019-06-15")
                        .build()
                        .toString();
        return idOf(rep.post("api/ngos", body));
    }

    /**
     * A new office of a House (rent 200,000 KZT), offered by the hour as a room if one is given.
     */
    public static long office(URL base, long house, Long hourlyRoom) {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        String name = "Test office " + COUNT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        return idOf(
                admin.post(
                        "api/houses/" + house + "/offices",
                        "{\"name\":{\"kk\":\""
                                + name
                                + "\",\"ru\":\""
                                + name
                                + "\",\"en\":\""
                                + name
                                + "\"},\"areaSquareMetres\":18.5,\"floor\":2,\"monthlyRentKzt\":200000,\"availableFrom\":\"2026-01-01\""
                                + (hourlyRoom == null ? "" : ",\"hourlyRoomId\":" + hourlyRoom)
                                + "}"));
    }

    /** An application body: submitted at once unless told otherwise. */
    public static String application(long ngo, long house, Long office, int years, boolean submit) {
        return "{\"ngoId\":"
                + ngo
                + ",\"houseId\":"
                + house
                + (office == null ? "" : ",\"officeId\":" + office)
                + ",\"years\":"
                + years
                + ",\"purpose\":\"A legal aid desk for families, open five days a week\",\"staffCount\":4,\"submit\":"
                + submit
                + "}";
    }

    public static long idOf(Api.Reply created) {
        expect(201, created);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static void expect(int status, Api.Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError(status + " expected: " + reply.status() + " " + reply.body());
        }
    }
}
