package kz.housesofdemocracy.premises.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.HeldPlaces;
import kz.housesofdemocracy.testing.Images;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Premises administration through REST: scope, refusals that change nothing, photos, retiring. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PremisesAdministrationApiIT {

    @ArquillianResource private URL base;

    private Api admin;
    private Api astana;
    private Api almaty;

    @BeforeEach
    void signIn() {
        admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        astana = Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password());
        almaty = Api.withToken(base, Demo.MANAGER_ALMATY.email(), Demo.password());
    }

    static String room(String nameEn, int capacity, String rate, String... equipment) {
        var list = Json.createArrayBuilder();
        for (String e : equipment) {
            list.add(e);
        }
        return Json.createObjectBuilder()
                .add("kind", "MEETING_ROOM")
                .add(
                        "name",
                        Json.createObjectBuilder().add("kk", "Бөлме " + nameEn).add("en", nameEn))
                .add("capacity", capacity)
                .add("hourlyRateKzt", new java.math.BigDecimal(rate))
                .add("equipment", list)
                .add("stepFree", true)
                .build()
                .toString();
    }

    private long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        String location = reply.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private int roomsOf(long house) {
        return Api.anonymous(base).get("api/houses/" + house).object().getJsonArray("rooms").size();
    }

    @Test
    void theAdministratorOpensAHouseInShymkent() {
        String house =
                Json.createObjectBuilder()
                        .add("regionCode", "KZ-79")
                        .add(
                                "name",
                                Json.createObjectBuilder()
                                        .add("kk", "Шымкент қаласының Демократия үйі")
                                        .add("ru", "Дом демократии города Шымкента"))
                        .add(
                                "address",
                                Json.createObjectBuilder()
                                        .add("ru", "г. Шымкент, пр. Тауке хана, 5"))
                        .add("timeZone", "Asia/Almaty")
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
        assertEquals(403, astana.post("api/houses", house).status());
        Api.Reply opened = admin.post("api/houses", house);
        long id = created(opened);
        JsonObject details = Api.anonymous(base).get("api/houses/" + id).object();
        assertEquals("KZ-79", details.getString("regionCode"));
        assertTrue(details.getBoolean("open"));
        assertEquals(
                "MONDAY", details.getJsonArray("openingHours").getJsonObject(0).getString("day"));
        assertTrue(
                !details.getJsonArray("openingHours").getJsonObject(6).containsKey("opens"),
                "Sunday is closed");
        JsonObject shymkent =
                Api.anonymous(base)
                        .get("api/regions")
                        .json()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(r -> r.getString("code").equals("KZ-79"))
                        .findFirst()
                        .orElseThrow();
        assertFalse(shymkent.getJsonArray("houses").isEmpty());

        // Closing it: the reason is required; afterwards no new rooms.
        assertEquals(422, admin.post("api/houses/" + id + "/closure", "{}").status());
        assertEquals(
                200,
                admin.post(
                                "api/houses/" + id + "/closure",
                                "{\"reason\":\"Moved to a new building\"}")
                        .status());
        assertFalse(Api.anonymous(base).get("api/houses/" + id).object().getBoolean("open"));
        assertEquals(
                409,
                admin.post("api/houses/" + id + "/rooms", room("Late room", 10, "1000")).status());
    }

    @Test
    void aManagerKeepsTheirHouseOnlyWhateverTheIdSays() {
        long room =
                created(
                        astana.post(
                                "api/houses/1/rooms",
                                room("Scope room", 14, "6500.50", "wifi", "projector")));
        JsonObject read = Api.anonymous(base).get("api/rooms/" + room).object();
        assertEquals(14, read.getInt("capacity"));
        assertEquals(
                "6500.5",
                read.getJsonNumber("hourlyRateKzt")
                        .bigDecimalValue()
                        .stripTrailingZeros()
                        .toPlainString());
        assertEquals(2, read.getJsonArray("equipment").size());

        // The Almaty manager can neither add to Astana nor touch its room by id.
        assertEquals(403, almaty.post("api/houses/1/rooms", room("Intruder", 5, "1")).status());
        assertEquals(
                403, almaty.put("api/rooms/" + room, room("Renamed by Almaty", 99, "1")).status());
        assertEquals(403, almaty.send("DELETE", "api/rooms/" + room, null).status());
        assertEquals(
                403,
                almaty.upload(
                                "POST",
                                "api/rooms/" + room + "/photos",
                                "image/png",
                                Images.png(20, 20))
                        .status());
        assertEquals(403, almaty.put("api/houses/1", "{}").status());
        assertEquals(
                14,
                Api.anonymous(base).get("api/rooms/" + room).object().getInt("capacity"),
                "unchanged");

        // Its own manager changes the rate; the audit has before and after.
        JsonObject changed =
                astana.put("api/rooms/" + room, room("Scope room", 16, "7000")).object();
        assertEquals(16, changed.getInt("capacity"));
        JsonObject audit =
                admin.get("api/audit?action=room.changed&actor=" + Demo.MANAGER_ASTANA.email())
                        .object();
        String detail = audit.getJsonArray("items").getJsonObject(0).getString("detail");
        assertTrue(
                detail.contains("before: {kind=MEETING_ROOM")
                        && detail.contains("rate=6500.50")
                        && detail.contains("after:")
                        && detail.contains("rate=7000.00"),
                detail);
    }

    @Test
    void badRoomInputIsRefusedFieldByFieldAndNothingIsCreated() {
        int before = roomsOf(1);
        Api.Reply reply =
                astana.post(
                        "api/houses/1/rooms",
                        "{\"kind\":\"BALLROOM\",\"name\":{},\"capacity\":0,\"hourlyRateKzt\":-5,\"equipment\":[\"teleporter\"],\"minMinutes\":45,\"maxMinutes\":60,\"horizonDays\":90,\"noticeMinutes\":0}");
        assertEquals(422, reply.status());
        List<String> fields =
                reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field"))
                        .toList();
        assertEquals(
                List.of("kind", "name_kk", "capacity", "hourlyRateKzt", "minMinutes", "equipment"),
                fields);
        assertEquals(before, roomsOf(1));
        Api.Reply tooLong = astana.post("api/houses/1/rooms", room("x".repeat(201), 5, "1"));
        assertTrue(
                tooLong.object()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field")
                        .startsWith("name_"));
        assertEquals(before, roomsOf(1));
    }

    @Test
    void retiringIsRefusedWhileTheFutureHoldsTheRoomAndKeepsHistoryOtherwise() {
        long held =
                created(
                        astana.post(
                                "api/houses/1/rooms",
                                room(HeldPlaces.MARK + " held room", 8, "100")));
        Api.Reply refused = astana.send("DELETE", "api/rooms/" + held, null);
        assertEquals(409, refused.status());
        String detail = refused.object().getString("detail");
        assertTrue(
                detail.startsWith(
                        "It cannot be retired: 1 future commitments hold it: booking #TEST-1 20"),
                detail);
        assertTrue(Api.anonymous(base).get("api/rooms/" + held).object().getBoolean("active"));

        long free = created(astana.post("api/houses/1/rooms", room("Free room", 8, "100")));
        assertEquals(204, astana.send("DELETE", "api/rooms/" + free, null).status());
        JsonObject retired = Api.anonymous(base).get("api/rooms/" + free).object();
        assertFalse(retired.getBoolean("active"), "the room is kept, marked retired");
        JsonArray publicRooms =
                Api.anonymous(base).get("api/houses/1").object().getJsonArray("rooms");
        assertTrue(
                publicRooms.getValuesAs(JsonObject.class).stream()
                        .noneMatch(r -> r.getInt("id") == free),
                "and leaves the public page");
        assertEquals(
                409,
                astana.put("api/rooms/" + free, room("Back from the dead", 8, "100")).status());
    }

    @Test
    void photosAreCheckedByContentResizedAndServedAsJpeg() {
        long room = created(astana.post("api/houses/1/rooms", room("Photo room", 10, "500")));
        String photos = "api/rooms/" + room + "/photos";
        long photo =
                created(
                        astana.upload(
                                "POST",
                                photos + "?altKk=" + enc("Жарық бөлме") + "&altEn=Bright%20room",
                                "image/png",
                                Images.png(2400, 1200)));
        HttpResponse<byte[]> served = Api.anonymous(base).bytes("api/photos/" + photo);
        assertEquals(200, served.statusCode());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "nosniff", served.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(0xFF, served.body()[0] & 0xFF);
        JsonObject shown =
                Api.anonymous(base)
                        .get("api/rooms/" + room)
                        .object()
                        .getJsonArray("photos")
                        .getJsonObject(0);
        assertEquals(1600, shown.getInt("width"));
        assertEquals("Жарық бөлме", shown.getJsonObject("alt").getString("kk"));

        assertEquals(
                "validation.photo.type",
                reason(astana.upload("POST", photos, "image/jpeg", Images.scriptNamedJpg())),
                "a script named .jpg");
        assertEquals(
                415,
                astana.upload("POST", photos, "text/x-shellscript", Images.png(10, 10)).status(),
                "a wrong declared type");
        assertEquals(
                "validation.photo.tooBig",
                reason(
                        astana.upload(
                                "POST",
                                photos,
                                "image/jpeg",
                                Images.oversizedJpeg(6 * 1024 * 1024))),
                "an oversize file");
        assertEquals(
                "validation.photo.dimensions",
                reason(astana.upload("POST", photos, "image/png", Images.decompressionBomb())),
                "a decompression bomb");
        assertEquals(
                1,
                Api.anonymous(base).get("api/rooms/" + room).object().getJsonArray("photos").size(),
                "no refused upload was kept");

        for (int i = 2; i <= 5; i++) {
            created(astana.upload("POST", photos, "image/jpeg", Images.jpeg(100, 100)));
        }
        assertEquals(
                "validation.photo.tooMany",
                reason(astana.upload("POST", photos, "image/jpeg", Images.jpeg(100, 100))));
        assertEquals(204, astana.delete("api/photos/" + photo).status());
        assertEquals(404, Api.anonymous(base).bytes("api/photos/" + photo).statusCode());
    }

    @Test
    void officesAndTheEquipmentListHaveTheirTwins() {
        String office =
                "{\"name\":{\"en\":\"Office 301\"},\"areaSquareMetres\":22.5,\"floor\":3,\"monthlyRentKzt\":101250,\"availableFrom\":\"2027-01-01\"}";
        long id = created(astana.post("api/houses/1/offices", office));
        assertEquals(
                0,
                new java.math.BigDecimal("22.5")
                        .compareTo(
                                Api.anonymous(base)
                                        .get("api/offices/" + id)
                                        .object()
                                        .getJsonNumber("areaSquareMetres")
                                        .bigDecimalValue()));
        assertEquals(
                422,
                astana.put(
                                "api/offices/" + id,
                                "{\"name\":{\"en\":\"Office 301\"},\"areaSquareMetres\":0,\"floor\":3,\"monthlyRentKzt\":1,\"availableFrom\":\"2027-01-01\"}")
                        .status());
        assertEquals(403, almaty.send("DELETE", "api/offices/" + id, null).status());
        assertEquals(204, astana.send("DELETE", "api/offices/" + id, null).status());

        String braille =
                "{\"kk\":\"Брайль жазуы\",\"ru\":\"Надписи шрифтом Брайля\",\"en\":\"Braille signs\"}";
        assertEquals(403, astana.put("api/equipment/braille", braille).status());
        assertEquals(200, admin.put("api/equipment/braille", braille).status());
        assertTrue(Api.anonymous(base).get("api/equipment").body().contains("Braille signs"));
        assertEquals(422, admin.put("api/equipment/Not%20A%20Code", braille).status());
    }

    /** The key of the (first) field problem, recognised by its English text. */
    /** The key of the (first) field problem, recognised by its English text. */
    private static String reason(Api.Reply reply) {
        assertEquals(422, reply.status(), reply.body());
        String message =
                reply.object().getJsonArray("errors").getJsonObject(0).getString("message");
        for (String key :
                List.of(
                        "validation.photo.type",
                        "validation.photo.tooBig",
                        "validation.photo.dimensions",
                        "validation.photo.tooMany")) {
            String pattern = kz.housesofdemocracy.testing.Bundle.text("en", key);
            String prefix =
                    pattern.contains("{") ? pattern.substring(0, pattern.indexOf('{')) : pattern;
            if (message.startsWith(prefix)) {
                return key;
            }
        }
        return message;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
