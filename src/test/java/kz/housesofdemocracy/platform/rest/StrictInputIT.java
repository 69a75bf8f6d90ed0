package kz.housesofdemocracy.platform.rest;

import static kz.housesofdemocracy.testing.Pages.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import kz.housesofdemocracy.testing.Api;
import kz.housesofdemocracy.testing.Bundle;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Images;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * #19 finding 12: malformed input is refused, naming the field, and changes nothing; a forged view
 * state is the translated "page expired" page with a 4xx; a created photo's Location is right.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrictInputIT {

    private static final String SUBSIDY = "api/regions/KZ-71/lease-subsidy";
    private static final String BLACKOUTS = "api/houses/1/blackouts";

    @ArquillianResource private URL base;

    /** The one field error of a 422 problem, after checking its status and type. */
    private static JsonObject fieldError(Api.Reply reply) {
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.body());
        JsonObject problem = reply.object();
        assertEquals(1, problem.getJsonArray("errors").size(), reply.body());
        return problem.getJsonArray("errors").getJsonObject(0);
    }

    @Test
    void aPercentThatIsNoWholeNumberOfItsRangeIsRefusedAndNothingStored() {
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password()).language("ru");
        int before = Api.anonymous(base).get(SUBSIDY).object().getInt("percent");
        for (String percent :
                new String[] {
                    "4294967346",
                    "4294967296",
                    "1e308",
                    "9223372036854775808",
                    "0.5",
                    "99.99",
                    "1E1",
                    "\"50\"",
                    "[50]"
                }) {
            JsonObject error = fieldError(admin.put(SUBSIDY, "{\"percent\":" + percent + "}"));
            assertEquals("percent", error.getString("field"), percent);
            assertTrue(
                    error.getString("message")
                            .startsWith(
                                    Bundle.text("ru", "validation.number.whole").substring(0, 10)),
                    error.getString("message"));
            assertEquals(
                    before,
                    Api.anonymous(base).get(SUBSIDY).object().getInt("percent"),
                    percent + " changed the stored share");
        }
    }

    @Test
    void datesOutOfBoundsAreRefusedInBodiesAndQueries() {
        Api astana = Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password());
        int before = astana.get(BLACKOUTS).json().asJsonArray().size();
        String body =
                Json.createObjectBuilder()
                        .add("from", "+999999-01-01T10:00")
                        .add("to", "2027-03-02T12:00")
                        .add("reason", "Far future")
                        .build()
                        .toString();
        assertEquals("from", fieldError(astana.post(BLACKOUTS, body)).getString("field"));
        assertEquals(before, astana.get(BLACKOUTS).json().asJsonArray().size());

        JsonObject error =
                fieldError(
                        Api.anonymous(base).get("api/houses/1/availability?date=%2B999999-01-01"));
        assertEquals("date", error.getString("field"));
    }

    @Test
    void unpairedSurrogatesAreRefusedAndNothingStored() {
        Api astana =
                Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password()).language("en");
        int before = astana.get(BLACKOUTS).json().asJsonArray().size();
        // The JSON text carries the escape itself: a lone high surrogate, then a lone low one.
        String body =
                "{\"from\":\"2027-03-02T10:00\",\"to\":\"2027-03-02T12:00\","
                        + "\"reason\":\"Repairs \\ud800 and \\udc00\"}";
        JsonObject error = fieldError(astana.post(BLACKOUTS, body));
        assertEquals("reason", error.getString("field"));
        assertEquals(Bundle.text("en", "validation.characters"), error.getString("message"));
        assertEquals(before, astana.get(BLACKOUTS).json().asJsonArray().size());
    }

    @Test
    void anIdIsAsciiDigitsOnly() {
        Api anyone = Api.anonymous(base);
        assertEquals(200, anyone.get("api/houses/1").status());
        for (String id :
                new String[] {"%201", "1%20", "1%3Bx", "1;x", "+1", "%D9%A1", "%EF%BC%91", "01x"}) {
            Api.Reply reply = anyone.get("api/houses/" + id);
            assertEquals(404, reply.status(), id + ": " + reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), id);
        }
    }

    @Test
    void aCreatedPhotoIsLocatedUnderApiOnce() {
        Api astana = Api.withToken(base, Demo.MANAGER_ASTANA.email(), Demo.password());
        String room =
                Json.createObjectBuilder()
                        .add("kind", "MEETING_ROOM")
                        .add(
                                "name",
                                Json.createObjectBuilder()
                                        .add("kk", "Фото бөлмесі")
                                        .add("en", "Photo room"))
                        .add("capacity", 6)
                        .add("hourlyRateKzt", 500)
                        .add("equipment", Json.createArrayBuilder())
                        .add("stepFree", true)
                        .build()
                        .toString();
        Api.Reply createdRoom = astana.post("api/houses/1/rooms", room);
        assertEquals(201, createdRoom.status(), createdRoom.body());
        String roomLocation = createdRoom.headers().firstValue("Location").orElseThrow();
        String roomId = roomLocation.substring(roomLocation.lastIndexOf('/') + 1);
        assertTrue(
                URI.create(roomLocation).getPath().endsWith("/api/rooms/" + roomId), roomLocation);

        Api.Reply photo =
                astana.upload(
                        "POST",
                        "api/rooms/" + roomId + "/photos",
                        "image/jpeg",
                        Images.jpeg(640, 480));
        assertEquals(201, photo.status(), photo.body());
        String location = photo.headers().firstValue("Location").orElseThrow();
        String path = URI.create(location).getPath();
        assertFalse(path.contains("/api/api/"), location);
        assertTrue(path.matches(".*/api/photos/\\d+"), location);
        HttpResponse<byte[]> served =
                Api.anonymous(base).bytes(path.substring(path.indexOf("api/")));
        assertEquals(200, served.statusCode(), location);
    }

    private HttpResponse<String> postForm(String language, String form, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + "it/fail.xhtml"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aForgedViewStateIsTheTranslatedExpiredPageWithA400() throws Exception {
        HttpResponse<String> reply =
                postForm("en", "f=f&f%3AplainSubmit=x&jakarta.faces.ViewState=-123%3A456");
        assertEquals(400, reply.statusCode(), reply.body());
        assertTrue(reply.body().contains(Bundle.text("en", "error.expired.title")), reply.body());
        assertNoStackTrace(reply.body());
    }

    @Test
    void aForgedViewStateDuringAjaxIsTheTranslatedExpiredDialogNever500() throws Exception {
        HttpResponse<String> reply =
                postForm(
                        "kk",
                        "jakarta.faces.partial.ajax=true&jakarta.faces.source=f%3AajaxSubmit"
                                + "&jakarta.faces.partial.execute=f%3AajaxSubmit&f=f"
                                + "&jakarta.faces.ViewState=forged",
                        "Faces-Request",
                        "partial/ajax");
        assertTrue(reply.statusCode() < 500, reply.statusCode() + " " + reply.body());
        assertTrue(reply.body().contains("partial-response"), reply.body());
        assertTrue(reply.body().contains(Bundle.text("kk", "error.expired.text")), reply.body());
        assertNoStackTrace(reply.body());
    }
}
