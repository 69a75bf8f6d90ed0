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
import java.util.UUID;
import kz.housesofdemocracy.client.api.AccountsApi;
import kz.housesofdemocracy.client.api.BookingsApi;
import kz.housesofdemocracy.client.api.PremisesApi;
import kz.housesofdemocracy.client.invoker.ApiClient;
import kz.housesofdemocracy.client.invoker.ApiException;
import kz.housesofdemocracy.client.model.ApiToken;
import kz.housesofdemocracy.client.model.ApiTokenRequest;
import kz.housesofdemocracy.client.model.BookingForm;
import kz.housesofdemocracy.client.model.BookingView;
import kz.housesofdemocracy.client.model.Credentials;
import kz.housesofdemocracy.client.model.FreeRoom;
import kz.housesofdemocracy.client.model.HouseSummary;
import kz.housesofdemocracy.client.model.Reason;
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
        sessionAccounts.signIn(
                AccountsApi.APISignInRequest.newBuilder()
                        .credentials(
                                new Credentials().email(Demo.NGO.email()).password(Demo.password()))
                        .build());
        ApiToken token =
                sessionAccounts.createApiToken(
                        new ApiTokenRequest().name("generated client").password(Demo.password()));
        String secret = token.getSecret();
        assertFalse(secret == null || secret.isBlank(), "the token's secret: " + token);

        // from here on only the Bearer token, in a client without cookies
        ApiClient client = new ApiClient();
        client.updateBaseUri(root);
        client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + secret));
        AccountsApi accounts = new AccountsApi(client);
        PremisesApi premises = new PremisesApi(client);
        BookingsApi bookings = new BookingsApi(client);

        assertEquals(Demo.NGO.email(), accounts.getMe().getEmail());
        HouseSummary astana =
                premises.listHouses().stream()
                        .filter(h -> h.getId() == 1L)
                        .findFirst()
                        .orElseThrow();
        List<FreeRoom> free =
                bookings.findFreeRooms(
                        BookingsApi.APIFindFreeRoomsRequest.newBuilder()
                                .id(String.valueOf(astana.getId()))
                                .date(day)
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
        String key = UUID.randomUUID().toString();
        BookingView booking =
                bookings.createBooking(
                        BookingsApi.APICreateBookingRequest.newBuilder()
                                .bookingForm(form)
                                .idempotencyKey(key)
                                .build());
        long id = booking.getId();
        assertEquals(room.getRoomId(), booking.getRoomId());
        assertEquals(day, booking.getDate());
        assertEquals("CONFIRMED", String.valueOf(booking.getStatus()));

        // a retry whose answer was lost: the same key gives the same booking, not a second one
        BookingView retried =
                bookings.createBooking(
                        BookingsApi.APICreateBookingRequest.newBuilder()
                                .bookingForm(form)
                                .idempotencyKey(key)
                                .build());
        assertEquals(id, retried.getId());
        assertEquals(
                1,
                bookings.listMyBookings().stream()
                        .filter(
                                b ->
                                        room.getRoomId().equals(b.getRoomId())
                                                && day.equals(b.getDate()))
                        .count());

        BookingView mine = find(bookings.listMyBookings(), id);
        assertEquals("CONFIRMED", String.valueOf(mine.getStatus()));

        // the same room at the same time without the key: refused, read through ApiException
        ApiException refused =
                assertThrows(
                        ApiException.class,
                        () ->
                                bookings.createBooking(
                                        BookingsApi.APICreateBookingRequest.newBuilder()
                                                .bookingForm(form)
                                                .build()));
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
