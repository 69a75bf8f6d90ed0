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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The event calendar: public events to read and subscribe to, organisers create and cancel events
 * (with a preview of the bookings a hold would displace), anyone registers for a public event.
 */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
public class EventsResource {

    private static final String ID = "The event's id.";

    @Inject private Clock clock;

    /** The longest span one calendar request may ask for. */
    private static final int LONGEST_SPAN_DAYS = 400;

    @Inject private Events events;
    @Inject private CurrentCaller caller;
    @Context private HttpServletRequest request;

    /** A person registering: language is the one their mail comes in (else Accept-Language). */
    @Schema(
            name = "EventRegistrationRequest",
            description = "A person asking to register for a public event.")
    public record NewRegistration(
            @Schema(description = "The person's name.", examples = "Aigul Nurlanovna") String name,
            @Schema(
                            description = "Their e-mail address: the confirming link goes there.",
                            examples = "aigul@example.kz")
                    String email,
            @Schema(description = "Their organisation, if any.", nullable = true)
                    String organisation,
            @Schema(
                            description =
                                    "The language of their mails; absent: from"
                                            + " Accept-Language.",
                            enumeration = {"kk", "ru", "en"},
                            nullable = true)
                    String language) {}

    /** Events between two days (inclusive; default: the next 31 days), by region or House. */
    @GET
    @Operation(
            operationId = "listEvents",
            summary = "List events between two days",
            description =
                    "The events (not cancelled) taking place between two days, inclusive: by"
                            + " default the next 31 days, at most 400 days at once (else 422)."
                            + " Public events for everyone; a signed-in organiser also sees the"
                            + " internal events they organise. Filtered by region or by House."
                            + " In start order.")
    @APIResponse(responseCode = "200", description = "The events, in start order.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public List<EventView> between(
            @Parameter(
                            description = "The first day (ISO date); default today.",
                            example = "2026-12-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description =
                                    "The last day (ISO date), not before `from` and at most 400"
                                            + " days after it; default 31 days after `from`.",
                            example = "2026-12-31",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description =
                                    "Only national events and this region's (ISO 3166-2 code).",
                            example = "KZ-71")
                    @QueryParam("region")
                    String region,
            @Parameter(
                            description =
                                    "Only national events, the House's region's and the"
                                            + " House's own (the House's id).",
                            example = "3")
                    @QueryParam("house")
                    String house) {
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
    @Operation(
            operationId = "getEvent",
            summary = "Read an event",
            description =
                    "One event with its times, place, registration figures and held rooms. A"
                            + " public event for everyone; an internal one only for its organisers"
                            + " (others: 404).")
    @APIResponse(responseCode = "200", description = "The event.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public EventView details(
            @Parameter(description = ID, required = true, example = "12") @PathParam("id")
                    String id) {
        return events.details(signedIn(), eventId(id));
    }

    /** The bookings the event would displace; nothing is saved. */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "previewEventDisplacements",
            summary = "Preview the bookings an event would displace",
            description =
                    "Checks the event as POST /api/events would and lists the bookings in its"
                            + " rooms' way, which creating it would cancel (with notice and"
                            + " alternatives). Nothing is saved. Organisers only: a national"
                            + " administrator for any event, a region's approvers for its"
                            + " regional and House events.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The event as it would be created.", required = true)
    @APIResponse(responseCode = "200", description = "The bookings in the way; empty when none.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public List<BookingView> preview(EventForm form) {
        return events.inTheWay(caller.require(), required(form));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createEvent",
            summary = "Create an event",
            description =
                    "Creates a NATIONAL, REGIONAL or HOUSE event and holds its rooms. Bookings in"
                            + " the held rooms' way are cancelled by the system, each booker told"
                            + " by mail with alternatives; the answer says how many (see the"
                            + " preview first). Organisers only: a national administrator for"
                            + " any event, a region's approvers for its regional and House"
                            + " events.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The new event.", required = true)
    @APIResponse(
            responseCode = "201",
            description = "Created; the event and how many bookings it displaced.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Events.Created.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response create(EventForm form) {
        Events.Created created = events.create(caller.require(), required(form));
        return Response.created(URI.create("events/" + created.event().id()))
                .entity(created)
                .build();
    }

    @POST
    @Path("{id: [0-9]+}/cancellation")
    @Operation(
            operationId = "cancelEvent",
            summary = "Cancel an event",
            description =
                    "Cancels the event: its rooms are released and everyone registered is told by"
                            + " mail. Its organisers only; an event cancelled already gives 409.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "Cancelled; the event as it is now.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public EventView cancel(
            @Parameter(description = ID, required = true, example = "12") @PathParam("id")
                    String id) {
        return events.cancel(caller.require(), eventId(id));
    }

    @GET
    @Path("{id: [0-9]+}/registrations")
    @Operation(
            operationId = "listEventRegistrations",
            summary = "List an event's registrations",
            description =
                    "The event's registrations for its organisers: confirmed, waiting, cancelled,"
                            + " and unconfirmed ones whose link has not lapsed yet.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The registrations.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<RegistrationRow> registrations(
            @Parameter(description = ID, required = true, example = "12") @PathParam("id")
                    String id) {
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
    @Operation(
            operationId = "registerForEvent",
            summary = "Register for a public event",
            description =
                    "Public, no sign-in: asks to register a person. The answer is always 202 with"
                            + " the same body, whether or not the address holds a place already:"
                            + " a link that confirms the registration (or, for an address"
                            + " registered already, the news of it) goes to the address, and"
                            + " nothing counts until the link is followed; then the person takes"
                            + " a seat while seats last, else waits. 409 when registration is"
                            + " closed; 429 with Retry-After when the source address or the"
                            + " e-mail is over its limit.")
    @RequestBody(description = "Who registers.", required = true)
    @APIResponse(
            responseCode = "202",
            description = "Asked; check the mail.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RegistrationRequested.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response register(
            @Parameter(description = ID, required = true, example = "12") @PathParam("id")
                    String id,
            @Parameter(
                            description =
                                    "The language of the mails when the body names none (kk, ru"
                                            + " or en; default kk).",
                            example = "ru")
                    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
                    String acceptLanguage,
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
    @Operation(
            operationId = "getEventFeed",
            summary = "Subscribe to public events (iCalendar)",
            description =
                    "The public events from 60 days back to 400 days ahead as an iCalendar"
                            + " (RFC 5545) feed for calendar programs: the national ones, plus a"
                            + " region's or a House's when asked. Calendar programs send no"
                            + " language, so `lang` chooses it. Public, no sign-in. Answers carry"
                            + " an ETag; a request with a matching If-None-Match gets 304 and no"
                            + " body.")
    @Parameter(
            in = ParameterIn.HEADER,
            name = "If-None-Match",
            description = "The ETag of the feed the caller holds; 304 when it is still current.",
            required = false,
            schema = @Schema(type = SchemaType.STRING),
            example = "\"5d41402abc4b2a76\"")
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The feed's version, for If-None-Match.",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = "text/calendar",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "304",
            description = "Not modified: the feed is the one the If-None-Match names.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public String feed(
            @Parameter(
                            description =
                                    "Only national events and this region's (ISO 3166-2 code).",
                            example = "KZ-71")
                    @QueryParam("region")
                    String region,
            @Parameter(
                            description =
                                    "Only national events, the House's region's and the"
                                            + " House's own (the House's id).",
                            example = "3")
                    @QueryParam("house")
                    String house,
            @Parameter(
                            description = "The feed's language; default kk.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"kk", "ru", "en"},
                                            defaultValue = "kk"))
                    @QueryParam("lang")
                    String lang) {
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
