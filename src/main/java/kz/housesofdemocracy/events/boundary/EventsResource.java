package kz.housesofdemocracy.events.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.bookings.boundary.BookingView;
import kz.housesofdemocracy.events.control.EventForm;
import kz.housesofdemocracy.events.control.EventView;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;

/**
 * The event calendar: public events to read and subscribe to, organisers create and cancel events
 * (with a preview of the bookings a hold would displace), anyone registers for a public event.
 */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject private Clock clock;

    /** The longest span one calendar request may ask for. */
    private static final int LONGEST_SPAN_DAYS = 400;

    @Inject private Events events;
    @Inject private CurrentCaller caller;
    @Context private HttpServletRequest request;

    /** A person registering: language is the one their mail comes in (else Accept-Language). */
    public record NewRegistration(
            String name, String email, String organisation, String language) {}

    /** Events between two days (inclusive; default: the next 31 days), by region or House. */
    @GET
    public List<EventView> between(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("region") String region,
            @QueryParam("house") String house) {
        LocalDate first = day("from", from, Clocks.today(clock));
        LocalDate last = day("to", to, first.plusDays(31));
        if (last.isBefore(first) || last.isAfter(first.plusDays(LONGEST_SPAN_DAYS))) {
            throw Refusal.invalid("to", "events.problem.span", LONGEST_SPAN_DAYS);
        }
        return events.between(
                signedIn(),
                DateSpan.of(first, last),
                blankToNull(region),
                house == null || house.isBlank() ? null : houseId(house));
    }

    @GET
    @Path("{id: [0-9]+}")
    public EventView details(@PathParam("id") String id) {
        return events.details(signedIn(), eventId(id));
    }

    /** The bookings the event would displace; nothing is saved. */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<BookingView> preview(EventForm form) {
        return events.inTheWay(caller.require(), required(form));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(EventForm form) {
        Events.Created created = events.create(caller.require(), required(form));
        return Response.created(URI.create("events/" + created.event().id()))
                .entity(created)
                .build();
    }

    @POST
    @Path("{id: [0-9]+}/cancellation")
    public EventView cancel(@PathParam("id") String id) {
        return events.cancel(caller.require(), eventId(id));
    }

    @GET
    @Path("{id: [0-9]+}/registrations")
    public List<RegistrationRow> registrations(@PathParam("id") String id) {
        return events.registrations(caller.require(), eventId(id));
    }

    /**
     * Public: asks to register a person. Always 202 with the same body, whether or not the address
     * was registered already: the link that confirms (or the news that the address holds a place)
     * goes to the address. 429 with Retry-After when the source or the e-mail is over its limit.
     */
    @POST
    @Path("{id: [0-9]+}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            NewRegistration registration) {
        if (registration == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        Language language =
                Language.fromTag(registration.language())
                        .orElse(Language.fromAcceptLanguage(acceptLanguage));
        return Response.accepted(
                        events.register(
                                eventId(id),
                                registration.name(),
                                registration.email(),
                                registration.organisation(),
                                language,
                                request.getRemoteAddr()))
                .build();
    }

    /**
     * Public events as an iCalendar feed: national, plus a region's or a House's. Calendar programs
     * send no language, so it is chosen with {@code ?lang=kk|ru|en} (Kazakh by default).
     */
    @GET
    @Path("feed.ics")
    @Produces("text/calendar; charset=UTF-8")
    public String feed(
            @QueryParam("region") String region,
            @QueryParam("house") String house,
            @QueryParam("lang") String lang) {
        return events.feed(
                blankToNull(region),
                house == null || house.isBlank() ? null : houseId(house),
                Language.fromTag(lang).orElse(Language.KK).locale());
    }

    private Caller signedIn() {
        return caller.get().orElse(null);
    }

    private static EventForm required(EventForm form) {
        if (form == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return form;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate day(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException wrong) {
            throw Refusal.invalid(field, "validation.date");
        }
    }

    static long eventId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("event.notFound", id));
    }

    private static long houseId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
    }
}
