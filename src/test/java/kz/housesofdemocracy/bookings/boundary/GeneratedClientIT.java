package kz.housesofdemocracy.bookings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.client.api.AccountsApi;
import kz.housesofdemocracy.client.api.BookingsApi;
import kz.housesofdemocracy.client.api.PremisesApi;
import kz.housesofdemocracy.client.invoker.ApiClient;
import kz.housesofdemocracy.client.invoker.ApiException;
import kz.housesofdemocracy.client.model.BookingForm;
import kz.housesofdemocracy.client.model.BookingView;
import kz.housesofdemocracy.client.model.Credentials;
import kz.housesofdemocracy.client.model.FreeRoom;
import kz.housesofdemocracy.client.model.Reason;
import kz.housesofdemocracy.client.model.TokenRequest1;
import kz.housesofdemocracy.testing.Demo;
import kz.housesofdemocracy.testing.Slots;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole journey driven by the Java client the build generates from the OpenAPI document (package
 * {@code kz.housesofdemocracy.client}, OpenAPI Generator, java.net.http + Jackson), as an
 * integrator's program would: sign in, make a personal token, then with the token only find a free
 * room, book it, see it among mine, cancel it, and read a refusal as the document describes it.
 * Only the fixture (a working day, roomy quotas) comes from the tests' own helpers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

    @ArquillianResource private URL base;

    @Test
    void anIntegratorBooksAndCancelsARoomWithTheGeneratedClient() throws Exception {
        Slots.roomyQuotas(base);
        LocalDate day = Slots.workingDay(base, 9);
        String root = base.toString().replaceAll("/$", "");
        ObjectMapper mapper = new ApiClient().getObjectMapper();

        // a session (a cookie) to make the token with: createApiToken asks for the password again
        ApiClient session =
                new ApiClient(
                        HttpClient.newBuilder().cookieHandler(new CookieManager()), mapper, root);
        AccountsApi sessionAccounts = new AccountsApi(session);
        sessionAccounts.signIn(new Credentials().email(Demo.NGO.email()).password(Demo.password()));
        Object created =
                sessionAccounts.createApiToken(
                        mapper.convertValue(
                                Map.of("name", "generated client", "password", Demo.password()),
                                TokenRequest1.class));
        String secret = mapper.valueToTree(created).path("secret").asText();
        assertFalse(secret.isBlank(), "the token's secret: " + created);

        // from here on only the Bearer token, in a client without cookies
        ApiClient client = new ApiClient();
        client.updateBaseUri(root);
        client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + secret));
        AccountsApi accounts = new AccountsApi(client);
        PremisesApi premises = new PremisesApi(client);
        BookingsApi bookings = new BookingsApi(client);

        assertEquals(Demo.NGO.email(), accounts.getMe().getEmail());
        var astana =
                premises.listHouses().stream()
                        .filter(h -> h.getId() == 1L)
                        .findFirst()
                        .orElseThrow();
        List<FreeRoom> free =
                premises.findFreeRooms(
                        PremisesApi.APIFindFreeRoomsRequest.newBuilder()
                                .id(String.valueOf(astana.getId()))
                                .date(day.toString())
                                .start("15:00")
                                .end("16:00")
                                .people(4)
                                .build());
        FreeRoom room =
                free.stream()
                        .filter(r -> !Boolean.TRUE.equals(r.getNeedsApproval()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no free room on " + day));

        BookingForm form =
                new BookingForm()
                        .ngoId(astanaNgo(client, mapper))
                        .roomId(room.getRoomId())
                        .date(day)
                        .start("15:00")
                        .end("16:00")
                        .purpose("Board meeting (generated client)")
                        .attendees(4);
        // read as JSON: the answer's type is whatever the document names for the 201
        JsonNode booking = mapper.valueToTree(bookings.createBooking(form));
        long id = booking.path("id").asLong();
        assertEquals(room.getRoomId().longValue(), booking.path("roomId").asLong());
        assertEquals(day.toString(), booking.path("date").asText());
        assertEquals("CONFIRMED", booking.path("status").asText());

        BookingView mine = find(bookings.listMyBookings(), id);
        assertEquals("CONFIRMED", String.valueOf(mine.getStatus()));

        // the same room at the same time again: refused, read through the client's ApiException
        ApiException refused = assertThrows(ApiException.class, () -> bookings.createBooking(form));
        assertEquals(409, refused.getCode());
        JsonNode problem = mapper.readTree(refused.getResponseBody());
        assertTrue(
                problem.path("detail").asText().contains("15:00"),
                "the problem's detail: " + refused.getResponseBody());

        bookings.cancelBooking(
                BookingsApi.APICancelBookingRequest.newBuilder()
                        .id(String.valueOf(id))
                        .reason(new Reason().reason("plans changed"))
                        .build());
        assertEquals("CANCELLED", String.valueOf(find(bookings.listMyBookings(), id).getStatus()));
    }

    private static BookingView find(List<BookingView> bookings, long id) {
        return bookings.stream()
                .filter(b -> b.getId() != null && b.getId() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("booking " + id + " is not among mine"));
    }

    /**
     * The demo NGO's Astana organisation, read with the generated client's own HTTP client and
     * mapper (the NGO listing is not part of this journey's fixed operations).
     */
    private static long astanaNgo(ApiClient client, ObjectMapper mapper) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(client.getBaseUri() + "/api/ngos/mine")).GET();
        client.getRequestInterceptor().accept(request);
        HttpResponse<String> answer =
                client.getHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode ngo : mapper.readTree(answer.body())) {
            if ("150540001233".equals(ngo.path("bin").asText())) {
                return ngo.path("id").asLong();
            }
        }
        throw new AssertionError("the demo NGO has no Astana organisation: " + answer.body());
    }
}
