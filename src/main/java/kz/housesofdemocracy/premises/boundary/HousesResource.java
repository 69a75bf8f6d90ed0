package kz.housesofdemocracy.premises.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.control.FutureCommitments.Commitment;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
 * Houses of Democracy: public reading; the national administrator opens and closes them; a House's
 * managers change its facts and week, and add its rooms and offices.
 */
@Path("houses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "premises")
public class HousesResource {

    /** How every House id in a path is described. */
    static final String HOUSE_ID = "The House's id (ASCII digits; anything else names no House).";

    @Inject private Premises premises;
    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;

    @Schema(name = "HouseClosure", description = "Why a House is closed; kept in the audit log.")
    public record Closure(
            @Schema(
                            description = "The reason, 1 to 500 characters.",
                            required = true,
                            maxLength = 500,
                            example = "The building is handed back to the akimat.")
                    String reason) {}

    /** The subsidy share of a House, in whole per cent. */
    @Schema(
            name = "HouseSubsidy",
            description =
                    "The share of a booking's market value the state pays at a House, in whole per"
                            + " cent.")
    public record Subsidy(
            @Schema(
                            description = "Whole per cent, 0 to 100 (100 by default).",
                            required = true,
                            minimum = "0",
                            maximum = "100",
                            example = "80")
                    Integer percent) {}

    /** Fair use per NGO at a House: hours a calendar month, bookings ahead at once. */
    @Schema(name = "HouseQuotas", description = "Fair use per NGO at a House.")
    public record Quotas(
            @Schema(
                            description =
                                    "Hours one NGO may book in a calendar month, 1 to 10,000 (it"
                                            + " may use several rooms at once).",
                            required = true,
                            minimum = "1",
                            maximum = "10000",
                            example = "40")
                    Integer hoursPerMonth,
            @Schema(
                            description = "Bookings one NGO may hold ahead at once, 1 to 10,000.",
                            required = true,
                            minimum = "1",
                            maximum = "10000",
                            example = "10")
                    Integer futureBookings) {}

    @GET
    @Operation(
            operationId = "listHouses",
            summary = "List the Houses of Democracy",
            description =
                    "Every House, open and closed (see `open`), with its region, name, address,"
                            + " time zone and subsidy share; ordered by region code, then id."
                            + " Public: no sign-in needed. Names come in all three languages.")
    @APIResponse(responseCode = "200", description = "The Houses, by region code, then id.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<HouseSummary> houses() {
        return premises.houses();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getHouse",
            summary = "Read one House",
            description =
                    "A House with its contact details, opening hours (Monday to Sunday, in the"
                            + " House's local time), fair-use quotas, and the rooms and offices"
                            + " in use with their photos (retired ones are left out). Public:"
                            + " no sign-in needed.")
    @APIResponse(responseCode = "200", description = "The House.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public HouseDetails house(
            @PathParam("id")
                    @Parameter(
                            description = HOUSE_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id) {
        return premises.house(houseId(id))
                .orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
    }

    @POST
    @Operation(
            operationId = "openHouse",
            summary = "Open a new House",
            description =
                    "Opens a House in a region. Only the national administrator. The region"
                            + " (`regionCode`, ISO 3166-2, e.g. KZ-71) must exist; the name is"
                            + " required in at least one language (up to 200 characters each),"
                            + " the address likewise (300); the time zone is one of"
                            + " Kazakhstan's (Asia/Almaty by default); opening hours are on the"
                            + " half-hour grid, one span per open day. Every problem is listed"
                            + " at once in a 422. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The new House.", required = true)
    @APIResponse(
            responseCode = "201",
            description = "Opened; Location names the new House, the body is the House.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HouseDetails.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response open(HouseForm form) {
        long id = administration.openHouse(caller.require(), required(form));
        return Response.created(URI.create("houses/" + id))
                .entity(premises.house(id).orElseThrow())
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "updateHouse",
            summary = "Change a House's facts and week",
            description =
                    "Replaces the House's name, address, phone, e-mail, time zone and opening"
                            + " hours (the same rules as opening one; `regionCode` is ignored:"
                            + " a House does not move). The House's managers and the national"
                            + " administrator. A closed House may still be corrected. Audited"
                            + " with the values before and after.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The House's new facts, all of them.", required = true)
    @APIResponse(responseCode = "200", description = "The House as it is now.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public HouseDetails update(
            @PathParam("id")
                    @Parameter(
                            description = HOUSE_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id,
            HouseForm form) {
        long houseId = houseId(id);
        administration.updateHouse(caller.require(), houseId, required(form));
        return premises.house(houseId).orElseThrow();
    }

    /**
     * What closing the House would leave behind (future bookings, leases), for the administrator.
     */
    @GET
    @Path("{id}/closure")
    @Operation(
            operationId = "getHouseClosingImpact",
            summary = "See what closing a House would leave behind",
            description =
                    "Everything that still holds the House's rooms and offices in the future"
                            + " (bookings, leases, event holds), earliest first: what the"
                            + " national administrator reads before closing it. Only the"
                            + " national administrator. Changes nothing.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(
            responseCode = "200",
            description = "The future commitments, earliest first (empty when none).")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<Commitment> closingImpact(
            @PathParam("id")
                    @Parameter(
                            description = HOUSE_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id) {
        return administration.closingImpact(caller.require(), houseId(id));
    }

    @POST
    @Path("{id}/closure")
    @Operation(
            operationId = "closeHouse",
            summary = "Close a House",
            description =
                    "Closes the House with a reason: it takes no new rooms, offices, bookings or"
                            + " leases; nothing is deleted and what was booked stays (see"
                            + " getHouseClosingImpact first). Only the national administrator."
                            + " Refused with 409 when the House is closed already. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "Why the House closes.", required = true)
    @APIResponse(responseCode = "200", description = "The House, now closed (`open` is false).")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public HouseDetails close(
            @PathParam("id")
                    @Parameter(
                            description = HOUSE_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id,
            Closure closure) {
        long houseId = houseId(id);
        administration.closeHouse(caller.require(), houseId, required(closure).reason());
        return premises.house(houseId).orElseThrow();
    }

    /** The national administrator sets the share of bookings' market value the state pays. */
    @PUT
    @Path("{id}/subsidy")
    @Operation(
            operationId = "setHouseSubsidy",
            summary = "Set a House's subsidy share",
            description =
                    "Sets the share of the market value the state pays for eligible NGOs'"
                            + " bookings at this House, in whole per cent (0 to 100). Bookings"
                            + " already made keep the figures they were made with. Only the"
                            + " national administrator. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The new share.", required = true)
    @APIResponse(responseCode = "200", description = "The share as stored now.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Subsidy subsidy(
            @PathParam("id")
                    @Parameter(
                            description = HOUSE_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id,
            Subsidy subsidy) {
        long houseId = houseId(id);
        administration.setSubsidyShare(caller.require(), houseId, required(subsidy).percent());
        return new Subsidy(premises.house(houseId).orElseThrow().subsidyPercent());
    }

    /** The House's managers set its quotas per NGO. */
    @PUT
    @Path("{id}/quotas")
    @Operation(
            operationId = "setHouseQuotas",
            summary = "Set a House's fair-use quotas",
            description =
                    "Sets how much one NGO may book at this House: hours in a calendar month and"
                            + " bookings ahead at once (each 1 to 10,000). The House's managers"
                            + " and the national administrator. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "Both quotas.", required = true)
    @APIResponse(responseCode = "200", description = "The quotas as stored now.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Quotas quotas(
            @PathParam("id")
                    @Parameter(
                            description = HOUSE_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id,
            Quotas quotas) {
        long houseId = houseId(id);
        Quotas body = required(quotas);
        administration.setQuotas(
                caller.require(), houseId, body.hoursPerMonth(), body.futureBookings());
        HouseDetails house = premises.house(houseId).orElseThrow();
        return new Quotas(house.quotaHoursMonth(), house.quotaFutureBookings());
    }

    @POST
    @Path("{id}/rooms")
    @Operation(
            operationId = "addRoom",
            summary = "Add a room to a House",
            description =
                    "Adds a bookable room: its kind, name, capacity (1 to 5,000 people),"
                            + " equipment (codes from listEquipment), hourly rate in tenge, and"
                            + " booking rules (defaults: 30 to 480 minutes, up to 90 days ahead,"
                            + " 120 minutes' notice). The House's managers and the national"
                            + " administrator. Refused with 409 when the House is closed. Every"
                            + " problem with the form is listed at once in a 422. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The new room.", required = true)
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names the new room (read it with getRoom). No body.",
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response addRoom(
            @PathParam("id")
                    @Parameter(
                            description = HOUSE_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id,
            RoomForm form) {
        long roomId = administration.addRoom(caller.require(), houseId(id), required(form));
        return Response.created(URI.create("rooms/" + roomId)).build();
    }

    @POST
    @Path("{id}/offices")
    @Operation(
            operationId = "addOffice",
            summary = "Add an office to a House",
            description =
                    "Adds an office NGOs may lease: name, area in square metres (up to one"
                            + " decimal), floor (-5 to 100), monthly rent in tenge, the date it"
                            + " is available from, and optionally the room of the same House it"
                            + " is booked as by the hour while not leased. The House's managers"
                            + " and the national administrator. Refused with 409 when the House"
                            + " is closed. Audited.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(description = "The new office.", required = true)
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names the new office (read it with getOffice). No body.",
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response addOffice(
            @PathParam("id")
                    @Parameter(
                            description = HOUSE_ID,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int64",
                                            minimum = "1"),
                            example = "1")
                    String id,
            OfficeForm form) {
        long officeId = administration.addOffice(caller.require(), houseId(id), required(form));
        return Response.created(URI.create("offices/" + officeId)).build();
    }

    private static long houseId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return body;
    }
}
