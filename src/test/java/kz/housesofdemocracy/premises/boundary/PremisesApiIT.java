package kz.housesofdemocracy.premises.boundary;

import static kz.housesofdemocracy.testing.Http.get;
import static kz.housesofdemocracy.testing.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST twin of the premises pages, called over HTTP as a client program would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PremisesApiIT {

    @ArquillianResource private URL base;

    @Test
    void listsTheTwentyRegionsWithNamesInThreeLanguages() {
        HttpResponse<String> response = get(base, "api/regions");
        assertEquals(200, response.statusCode());
        assertTrue(
                response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("application/json"));
        JsonArray regions = json(response).asJsonArray();
        assertEquals(20, regions.size());
        JsonObject almaty =
                regions.getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getString("code").equals("KZ-75"))
                        .findFirst()
                        .orElseThrow();
        JsonObject name = almaty.getJsonObject("name");
        assertEquals("Алматы қаласы", name.getString("kk"));
        assertEquals("город Алматы", name.getString("ru"));
        assertEquals("Almaty", name.getString("en"));
        assertEquals("CITY", almaty.getString("kind"));
        assertEquals(1, almaty.getJsonArray("houses").size());
    }

    @Test
    void listsTheHouses() {
        JsonArray houses = json(get(base, "api/houses")).asJsonArray();
        assertTrue(houses.size() >= 2);
        // Other tests open Houses of their own (an import's House in KZ-35): the demo's is found by
        // id.
        JsonObject astana =
                houses.getValuesAs(JsonObject.class).stream()
                        .filter(h -> h.getJsonNumber("id").longValue() == 1)
                        .findFirst()
                        .orElseThrow();
        assertEquals("KZ-71", astana.getString("regionCode"));
        assertEquals("Дом демократии города Астаны", astana.getJsonObject("name").getString("ru"));
    }

    @Test
    void describesOneHouseWithRoomsAndOffices() {
        HttpResponse<String> response = get(base, "api/houses/2");
        assertEquals(200, response.statusCode());
        JsonObject almaty = json(response).asJsonObject();
        assertEquals("KZ-75", almaty.getString("regionCode"));
        JsonArray rooms = almaty.getJsonArray("rooms");
        // The demo's five rooms come first; other tests (the Almaty approver's inbox) add halls.
        assertTrue(rooms.size() >= 5, rooms.toString());
        JsonObject hall = rooms.getJsonObject(0);
        assertEquals("HALL", hall.getString("kind"));
        assertEquals(100, hall.getInt("capacity"));
        assertEquals(22000, hall.getJsonNumber("hourlyRateKzt").intValueExact());
        assertTrue(hall.getBoolean("stepFree"));
        assertFalse(hall.getJsonArray("equipment").isEmpty());
        assertEquals(3, almaty.getJsonArray("offices").size());
        assertEquals(7, almaty.getJsonArray("openingHours").size());
    }

    @Test
    void anUnknownHouseIsA404ProblemInTheCallersLanguage() {
        HttpResponse<String> response = get(base, "api/houses/424242", "Accept-Language", "en");
        assertEquals(404, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = json(response).asJsonObject();
        assertEquals(404, problem.getInt("status"));
        assertEquals("urn:houses-of-democracy:problem:not-found", problem.getString("type"));
        assertEquals("Not found", problem.getString("title"));
        assertEquals("There is no House of Democracy with id 424242.", problem.getString("detail"));

        JsonObject inRussian =
                json(get(base, "api/houses/424242", "Accept-Language", "ru-RU,ru;q=0.9"))
                        .asJsonObject();
        assertEquals("Дома демократии с номером 424242 нет.", inRussian.getString("detail"));
    }

    @Test
    void aMalformedIdOrUnknownPathIsA404ProblemNotA500() {
        for (String path : new String[] {"api/houses/abc", "api/houses/-1", "api/nothing-here"}) {
            HttpResponse<String> response = get(base, path);
            assertEquals(404, response.statusCode(), path);
            assertEquals(
                    "application/problem+json",
                    response.headers().firstValue("Content-Type").orElseThrow(),
                    path);
            assertFalse(response.body().contains("Exception"), path);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() throws Exception {
        URL server = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
        HttpResponse<String> response = get(server, "openapi?format=JSON");
        assertEquals(200, response.statusCode());
        JsonObject paths = json(response).asJsonObject().getJsonObject("paths");
        String prefix = base.getPath().replaceAll("/$", "");
        for (String path : new String[] {"/api/regions", "/api/houses", "/api/houses/{id}"}) {
            assertTrue(
                    paths.containsKey(prefix + path) || paths.containsKey(path),
                    path + " in " + paths.keySet());
        }
    }
}
