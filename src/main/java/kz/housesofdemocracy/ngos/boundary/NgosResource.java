package kz.housesofdemocracy.ngos.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.ngos.control.NgoForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.rest.Paged;
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

/** The NGO registry for programs: register, read, list, filings, invitations, staff decisions. */
@Path("ngos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ngos")
@SecurityRequirement(name = "bearerAuth")
public class NgosResource {

    private static final String ID = "The NGO's id.";

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;
    @Context private UriInfo uriInfo;

    @Schema(
            name = "NgoFilingRequest",
            description = "An annual filing (report) an NGO made for a past year.")
    public record FilingRequest(
            @Schema(
                            description =
                                    "The year the filing reports on: a past year, 1991 or later.",
                            examples = "2025")
                    Integer year,
            @Schema(
                            description =
                                    "The ISO date (yyyy-MM-dd) it was filed on: after the year"
                                            + " ended, not in the future.",
                            examples = "2026-03-15")
                    LocalDate filedOn,
            @Schema(description = "The filing's reference number at the tax office, if any.")
                    String reference) {}

    @Schema(name = "InvitationRequest", description = "The e-mail address to invite.")
    public record EmailRequest(
            @Schema(description = "The invitee's e-mail address.", examples = "aigul@example.kz")
                    String email) {}

    @Schema(
            name = "StaffDecision",
            description = "A staff decision: verify, or refuse with a reason.")
    public record Decision(
            @Schema(description = "true to verify; false (or absent) to refuse.") Boolean verify,
            @Schema(
                            description =
                                    "Why: required when refusing, sent to the NGO's"
                                            + " representatives; at most 1000 characters.")
                    String reason) {}

    @Schema(
            name = "NgoOperatingChange",
            description = "A change of an NGO's operating status, always with a reason.")
    public record OperatingChange(
            @Schema(
                            description = "The new operating status.",
                            enumeration = {"ACTIVE", "SUSPENDED", "LIQUIDATED"})
                    String status,
            @Schema(description = "Why; required, sent to the NGO's representatives.")
                    String reason) {}

    @POST
    @Operation(
            operationId = "registerNgo",
            summary = "Register an NGO",
            description =
                    "Registers an NGO in the registry. The BIN is checked (check digit, not yet"
                            + " registered); an NGO without a BIN may be registered with noBin"
                            + " set and is then checked by staff by hand. The caller becomes the"
                            + " NGO's first representative. Its identity starts UNVERIFIED until"
                            + " an approver of its region decides. Any signed-in account may"
                            + " register. A BIN already in the registry is refused with 409: ask"
                            + " to join that NGO instead (POST /api/ngos/{id}/join-requests).")
    @RequestBody(description = "The NGO's particulars.", required = true)
    @APIResponse(
            responseCode = "201",
            description = "Registered; the body is the NGO in full.",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NgoViews.Details.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response register(NgoForm form) {
        NgoViews.Details registered = ngos.register(caller.require(), required(form));
        return Response.created(URI.create("ngos/" + registered.id())).entity(registered).build();
    }

    @GET
    @Operation(
            operationId = "listNgos",
            summary = "List and filter NGOs (staff)",
            description =
                    "A page of the registry for staff: an akimat approver sees the NGOs of their"
                            + " region(s), a national administrator all (anyone else: 403; a"
                            + " region outside the caller's: 403). Every filter is optional and"
                            + " they combine. Sorted by `sort` then by id; paged with `first`"
                            + " and `size` (at most 200), `next` gives the next page's address."
                            + " An unknown enumeration value is refused with 422.")
    @APIResponse(responseCode = "200", description = "One page of NGO summaries.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Paged<NgoViews.Summary> list(
            @Parameter(
                            description = "Only NGOs of this region (ISO 3166-2 code).",
                            example = "KZ-71")
                    @QueryParam("region")
                    String region,
            @Parameter(
                            description = "Only NGOs with this identity status.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"UNVERIFIED", "VERIFIED", "REFUSED"}))
                    @QueryParam("identity")
                    String identity,
            @Parameter(
                            description = "Only NGOs with this operating status.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"ACTIVE", "SUSPENDED", "LIQUIDATED"}))
                    @QueryParam("operating")
                    String operating,
            @Parameter(description = "Only NGOs that are (true) or are not (false) eligible today.")
                    @QueryParam("eligible")
                    Boolean eligible,
            @Parameter(
                            description =
                                    "Only NGOs working in this activity area (its code, see GET"
                                            + " /api/activity-areas).",
                            example = "children-youth")
                    @QueryParam("area")
                    String area,
            @Parameter(
                            description = "Only NGOs working in this language.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"KK", "RU", "EN", "OTHER"}))
                    @QueryParam("language")
                    String language,
            @Parameter(description = "Only youth-led NGOs (true) or the others (false).")
                    @QueryParam("youthLed")
                    Boolean youthLed,
            @Parameter(
                            description = "Only NGOs funded from this source.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "STATE",
                                                "INTERNATIONAL_DONORS",
                                                "BUSINESS",
                                                "MEMBERS_FEES",
                                                "OTHER"
                                            }))
                    @QueryParam("funding")
                    String funding,
            @Parameter(
                            description = "Text to find in the NGO's names (any language) or BIN.",
                            example = "Zhastar")
                    @QueryParam("q")
                    String text,
            @Parameter(
                            description =
                                    "true: only NGOs waiting for a staff decision (identity or"
                                            + " a filing).")
                    @QueryParam("waiting")
                    Boolean waiting,
            @Parameter(
                            description = "The index of the first item (0-based).",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
                    @QueryParam("first")
                    @DefaultValue("0")
                    int first,
            @Parameter(
                            description = "The page size, 1 to 200.",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                    @QueryParam("size")
                    @DefaultValue("20")
                    int size,
            @Parameter(
                            description =
                                    "The field to sort by (then by id); anything else sorts by"
                                            + " id.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            defaultValue = "id",
                                            enumeration = {
                                                "id",
                                                "registeredOn",
                                                "identity",
                                                "operating",
                                                "youthLed",
                                                "region",
                                                "bin",
                                                "name.kk",
                                                "name.ru",
                                                "name.en"
                                            }))
                    @QueryParam("sort")
                    @DefaultValue("id")
                    String sort,
            @Parameter(
                            description = "true for ascending order, false for descending.",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
                    @QueryParam("ascending")
                    @DefaultValue("true")
                    boolean ascending) {
        var me = caller.require();
        Ngos.Filter filter =
                new Ngos.Filter(
                        region,
                        choice(IdentityStatus.class, "identity", identity),
                        choice(OperatingStatus.class, "operating", operating),
                        eligible,
                        area,
                        choice(WorkingLanguage.class, "language", language),
                        youthLed,
                        choice(FundingSource.class, "funding", funding),
                        text,
                        waiting);
        return Paged.of(
                ngos.list(me, filter, first, size, sort, ascending),
                ngos.count(me, filter),
                Math.max(first, 0),
                Math.min(Math.max(size, 1), 200),
                uriInfo);
    }

    @GET
    @Path("mine")
    @Operation(
            operationId = "listMyNgos",
            summary = "List the NGOs I represent",
            description =
                    "The NGOs the signed-in account represents (registered, or joined by"
                            + " invitation), with their statuses and eligibility today.")
    @APIResponse(responseCode = "200", description = "The caller's NGOs; empty when none.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<NgoViews.Summary> mine() {
        return ngos.mine(caller.require());
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getNgo",
            summary = "Read an NGO in full",
            description =
                    "One NGO with its particulars, statuses, eligibility rule by rule, filings and"
                            + " representatives. Its representatives, the approvers of its region"
                            + " and national administrators may read it; others get 403.")
    @APIResponse(responseCode = "200", description = "The NGO.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public NgoViews.Details details(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id) {
        return ngos.details(caller.require(), ngoId(id));
    }

    @GET
    @Path("{id}/eligibility")
    @Operation(
            operationId = "getNgoEligibility",
            summary = "Check an NGO's eligibility",
            description =
                    "Whether the NGO is eligible for the Houses' programmes today, rule by rule"
                            + " (identity verified, operating, registered long enough, a verified"
                            + " filing for a recent year, a socially significant area), each with"
                            + " its result and the next step. Who may read it: as for GET"
                            + " /api/ngos/{id}.")
    @APIResponse(responseCode = "200", description = "The verdict and its rules.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Eligibility.Verdict eligibility(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id) {
        return ngos.eligibility(caller.require(), ngoId(id));
    }

    @POST
    @Path("{id}/filings")
    @Operation(
            operationId = "recordNgoFiling",
            summary = "Record an annual filing",
            description =
                    "Records the NGO's filing for a past year; it waits for an approver of the"
                            + " NGO's region to verify it. One filing per year (a refused one may"
                            + " be filed again, otherwise 409). Its receipt (PDF) is attached"
                            + " afterwards with PUT /api/filings/{id}/receipt. Only the NGO's"
                            + " representatives may record filings.")
    @RequestBody(description = "The filing.", required = true)
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location names the filing (filings/{id}). No body.",
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response recordFiling(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id,
            FilingRequest request) {
        FilingRequest r = required(request);
        long filing =
                ngos.recordFiling(
                        caller.require(), ngoId(id), r.year(), r.filedOn(), r.reference(), null);
        return Response.created(URI.create("filings/" + filing)).build();
    }

    @POST
    @Path("{id}/invitations")
    @Operation(
            operationId = "inviteNgoRepresentative",
            summary = "Invite a representative",
            description =
                    "Mails a single-use link to the address; whoever signs in with that address"
                            + " and follows it (POST /api/invitations/acceptance) becomes a"
                            + " representative of the NGO. Only the NGO's representatives may"
                            + " invite.")
    @RequestBody(description = "Whom to invite.", required = true)
    @APIResponse(responseCode = "202", description = "The invitation is on its way. No body.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response invite(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id,
            EmailRequest request) {
        ngos.invite(caller.require(), ngoId(id), required(request).email());
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/join-requests")
    @Operation(
            operationId = "askToJoinNgo",
            summary = "Ask to represent an NGO",
            description =
                    "Mails the NGO's representatives that the caller asks to be added (e.g."
                            + " after registering found its BIN taken); they may then invite the"
                            + " caller. Any signed-in account may ask; a representative already"
                            + " gets 409.")
    @APIResponse(responseCode = "202", description = "The request is on its way. No body.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response askToJoin(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id) {
        ngos.askToJoin(caller.require(), ngoId(id));
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/identity-decision")
    @Operation(
            operationId = "decideNgoIdentity",
            summary = "Verify or refuse an NGO's identity (staff)",
            description =
                    "Only an akimat approver of the NGO's region (others, national administrators"
                            + " included: 403)"
                            + " verifies the NGO's identity, or refuses it with a reason that is"
                            + " mailed to its representatives. Never for an NGO the staff member"
                            + " represents (four eyes: 403). May be decided again.")
    @RequestBody(description = "The decision.", required = true)
    @APIResponse(responseCode = "200", description = "Decided; the NGO in full as it is now.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public NgoViews.Details decideIdentity(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id,
            Decision decision) {
        Decision d = required(decision);
        long ngoId = ngoId(id);
        ngos.decideIdentity(caller.require(), ngoId, Boolean.TRUE.equals(d.verify()), d.reason());
        return ngos.details(caller.require(), ngoId);
    }

    @POST
    @Path("{id}/operating")
    @Operation(
            operationId = "changeNgoOperatingStatus",
            summary = "Suspend, liquidate or reinstate an NGO (staff)",
            description =
                    "Only an akimat approver of the NGO's region (others, national administrators"
                            + " included: 403)"
                            + " changes its operating status, always with a reason, which is"
                            + " mailed to its representatives. A liquidated NGO stays liquidated"
                            + " (409). Never for an NGO the staff member represents (403).")
    @RequestBody(description = "The new status and why.", required = true)
    @APIResponse(responseCode = "200", description = "Changed; the NGO in full as it is now.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public NgoViews.Details changeOperating(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id,
            OperatingChange change) {
        OperatingChange c = required(change);
        long ngoId = ngoId(id);
        ngos.changeOperating(
                caller.require(),
                ngoId,
                choice(OperatingStatus.class, "status", c.status()),
                c.reason());
        return ngos.details(caller.require(), ngoId);
    }

    static long ngoId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("refusal.ngo.notFound", id));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return body;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException wrong) {
            throw Refusal.invalid(field, "validation.choice");
        }
    }
}
