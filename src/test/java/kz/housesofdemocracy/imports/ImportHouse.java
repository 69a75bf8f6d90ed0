package kz.housesofdemocracy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.LocalDate;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Mailbox;

/**
 * A fresh House for an import test, in a region of the test's own, opened by the administrator two
 * years before this year's 1 January, and a new confirmed account made its manager (so the test
 * moves no one else's figures).
 */
record ImportHouse(long id, String managerEmail, String password) {

    static final String PASSWORD = "Steppe-Eagle-2026";

    static ImportHouse open(URL base, String regionCode, String tag, LocalDate start) {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        long house = created(admin.post("api/houses", houseBody(regionCode, tag, start)));
        String email = confirmedAccount(base);
        long account =
                admin.get("api/admin/accounts?q=" + email)
                        .object()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();
        Api.Reply granted =
                admin.post(
                        "api/admin/accounts/" + account + "/grants",
                        "{\"role\":\"HOUSE_MANAGER\",\"houseId\":"
                                + house
                                + ",\"reason\":\"Imports the House's records\"}");
        assertEquals(201, granted.status(), granted.body());
        return new ImportHouse(house, email, PASSWORD);
    }

    /** The manager's REST client. */
    Api manager(URL base) {
        return Api.withToken(base, managerEmail, password);
    }

    private static String houseBody(String regionCode, String tag, LocalDate start) {
        return Json.createObjectBuilder()
                .add("regionCode", regionCode)
                .add(
                        "name",
                        Json.createObjectBuilder()
                                .add("kk", "Импорт үйі " + tag)
                                .add("ru", "Дом импорта " + tag))
                .add("address", Json.createObjectBuilder().add("ru", "ул. Импортная, 1"))
                .add("timeZone", "Asia/Almaty")
                .add("openedOn", start.minusYears(2).toString())
                .add(
                        "openingHours",
                        Json.createArrayBuilder()
                                .add(
                                        Json.createObjectBuilder()
                                                .add("day", "MONDAY")
                                                .add("open", true)
                                                .add("opens", "09:00")
                                                .add("closes", "18:00")))
                .build()
                .toString();
    }

    private static String confirmedAccount(URL base) {
        Mailbox.start();
        String email = Demo.freshEmail("import.manager");
        Api anonymous = Api.anonymous(base);
        Api.Reply accepted =
                anonymous.post(
                        "api/accounts",
                        Json.createObjectBuilder()
                                .add("name", "Import Manager")
                                .add("email", email)
                                .add("password", PASSWORD)
                                .add("language", "en")
                                .build()
                                .toString());
        assertEquals(202, accepted.status(), accepted.body());
        Api.Reply confirmed =
                anonymous.post(
                        "api/accounts/confirmation",
                        "{\"token\":\"" + Mailbox.await(email, "confirm").token() + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        return email;
    }

    // --- reading back through the product's REST

    /** A House as anyone reads it: its rooms and offices among the rest. */
    static JsonObject details(URL base, long house) {
        return Api.anonymous(base).get("api/houses/" + house).object();
    }

    /** The room or office one of whose names is this. */
    static JsonObject named(JsonArray places, String name) {
        return places.getValuesAs(JsonObject.class).stream()
                .filter(
                        p ->
                                p.getJsonObject("name").values().stream()
                                        .anyMatch(
                                                v ->
                                                        v instanceof JsonString text
                                                                && name.equals(text.getString())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + places));
    }

    /** The lease of an office, as the House's staff read it. */
    static JsonObject leaseOf(Api staff, long office) {
        JsonObject found =
                staff
                        .get("api/leases/queue")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(
                                l ->
                                        l.containsKey("officeId")
                                                && !l.isNull("officeId")
                                                && l.getJsonNumber("officeId").longValue()
                                                        == office)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no lease of office " + office));
        return staff.get("api/leases/" + found.getJsonNumber("id")).object();
    }

    static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        String location = reply.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
