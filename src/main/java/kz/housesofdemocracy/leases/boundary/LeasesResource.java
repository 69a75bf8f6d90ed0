package kz.housesofdemocracy.leases.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.leases.control.LeaseCompetition.Contender;
import kz.housesofdemocracy.leases.control.LeaseView;
import kz.housesofdemocracy.leases.entity.LeaseTerms;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
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
 * Lease applications and leases: apply (draft or submit), change a draft, submit, withdraw; the
 * House's recommendation; the akimat's approval or rejection (with the version read, so that two
 * deciders at once end with one winner); early termination; competition, schedule, summary PDF.
 */
@Path("leases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "leases")
public class LeasesResource {

    /** The life of an application, told to integrators in every operation that moves it. */
    private static final String LIFE =
            " Life of an application: DRAFT → SUBMITTED (the NGO, inside its region's open"
                    + " window) → UNDER_REVIEW (the House manager's recommendation) → APPROVED"
                    + " (the akimat's approver, with the council's decision) → ACTIVE (from its"
                    + " 1 January, by the calendar) → ENDED (after its last day). The NGO may"
                    + " withdraw until it is decided (→ WITHDRAWN); the approver may reject a"
                    + " SUBMITTED or UNDER_REVIEW one (→ REJECTED) and end an APPROVED or ACTIVE"
                    + " lease early (→ TERMINATED). A move the state does not allow answers 409"
                    + " with type `…:lease-state`.";

    private static final String STALE =
            " Send the `version` you read (LeaseView.version): if someone acted on the"
                    + " application since, the answer is 409 with type `…:lease-stale` and nothing"
                    + " changes; read it again and decide on what stands now. Without `version`"
                    + " the check is skipped.";

    private static final String ID = "The application's (or lease's) id.";

    private static final String MAIL =
            " Mail with a link goes out, so the server's public address must be configured"
                    + " (503 otherwise).";

    @Inject private Leases leases;
    @Inject private CurrentCaller caller;

    @Schema(description = "The House manager's recommendation on a submitted application.")
    public record Recommendation(
            @Schema(
                            description = "The recommendation, up to 2,000 characters.",
                            required = true,
                            example = "Active youth NGO, fits the office; recommended.")
                    String text,
            @Schema(description = "The LeaseView.version read; optional (see the operation).")
                    Long version) {}

    @Schema(description = "The akimat's approval of a reviewed application.")
    public record Approval(
            @Schema(
                            description = "Number of the council's decision, up to 60 characters.",
                            required = true,
                            example = "12/3")
                    String councilNumber,
            @Schema(
                            description =
                                    "Date of the council's decision (ISO date, not in the future).",
                            required = true,
                            example = "2026-12-01")
                    LocalDate councilDate,
            @Schema(
                            description =
                                    "The office given, for an \"any office\" application (one"
                                            + " without officeId); ignored when the application"
                                            + " names its office.")
                    Long officeId,
            @Schema(description = "The LeaseView.version read; optional (see the operation).")
                    Long version) {}

    @Schema(
            description =
                    "The akimat's rejection of an application, with the reason the NGO reads.")
    public record Rejection(
            @Schema(
                            description = "Why, up to 2,000 characters; mailed to the NGO.",
                            required = true,
                            example = "The office is needed for the House's own use.")
                    String reason,
            @Schema(description = "The LeaseView.version read; optional (see the operation).")
                    Long version) {}

    @Schema(description = "The early end of an approved or active lease.")
    public record Termination(
            @Schema(
                            description =
                                    "The lease's last day (ISO date): from today to the last day"
                                            + " of the term.",
                            required = true,
                            example = "2027-06-30")
                    LocalDate on,
            @Schema(
                            description = "Why, up to 2,000 characters; mailed to the NGO.",
                            required = true,
                            example = "The NGO asked to leave early.")
                    String reason) {}

    @POST
    @Operation(
            operationId = "applyForLease",
            summary = "Apply for an office (as a draft, or submitted at once)",
            description =
                    "A representative of an NGO applies, for that NGO, for an office of an open"
                            + " House (or for \"any office\" of it, without officeId) in the"
                            + " application window open today in the House's region, for 1–3"
                            + " years from the window's 1 January. With `submit: false` (the"
                            + " default) the application is kept as a DRAFT to change and submit"
                            + " later; with `submit: true` it is submitted at once, with every"
                            + " check of submitLease. 422 names the field at fault: an NGO the"
                            + " caller does not represent (ngoId), a closed House or no window"
                            + " open (houseId), an office not of this House or not for lease"
                            + " (officeId), years, staffCount (1–500), purpose (20–4,000"
                            + " characters), a startsOn other than the window's 1 January, a"
                            + " renewalOf that is not a lease of this NGO and House. 409 when the"
                            + " NGO already has a live application to this House in this window"
                            + " (`…:lease-duplicate`), or, when submitting, already leases an"
                            + " office there (`…:second-lease`). Nothing is stored on a refusal."
                            + LIFE)
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(
            description = "The application.",
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LeaseForm.class)))
    @APIResponse(
            responseCode = "201",
            description = "Stored (as a DRAFT, or SUBMITTED with `submit: true`).",
            headers = @Header(name = "Location", ref = "Location"),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LeaseView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response apply(LeaseForm form) {
        LeaseView made = leases.apply(caller.require(), required(form));
        return Response.created(URI.create("leases/" + made.id())).entity(made).build();
    }

    @GET
    @Path("mine")
    @Operation(
            operationId = "listMyLeases",
            summary = "List the applications and leases of my NGOs",
            description =
                    "Every application (drafts included) and lease of the NGOs the caller"
                            + " represents, latest first. Empty for someone who represents no"
                            + " NGO.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The applications and leases.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<LeaseView> mine() {
        return leases.mine(caller.require());
    }

    @GET
    @Path("queue")
    @Operation(
            operationId = "listLeaseQueue",
            summary = "List the applications and leases staff look after",
            description =
                    "For staff: the submitted applications and the leases (never drafts) of the"
                            + " Houses the caller manages and the regions they approve in"
                            + " (everything for a national administrator), of the latest 2,000"
                            + " submitted; open ones (SUBMITTED, UNDER_REVIEW) first, then latest"
                            + " submitted first. 403 for someone who is not staff.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The applications and leases.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<LeaseView> queue() {
        return leases.queue(caller.require());
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(
            operationId = "getLease",
            summary = "Read an application or lease",
            description =
                    "The application or lease with its state, money (once approved) and"
                            + " decisions. For the NGO's representatives, the House's managers,"
                            + " the region's approvers and national administrators; 403 for"
                            + " anyone else.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The application or lease.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public LeaseView details(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id) {
        return leases.details(caller.require(), leaseId(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(
            operationId = "changeLeaseDraft",
            summary = "Change a draft application",
            description =
                    "The NGO's representatives replace a DRAFT's office, years, purpose and staff"
                            + " count (the NGO, House and window stay; `submit` and `renewalOf`"
                            + " are not read here). 409 `…:lease-state` once it is submitted or"
                            + " withdrawn; 422 names the field at fault, as for applyForLease; 403"
                            + " for anyone who does not represent the NGO.")
    @SecurityRequirement(name = "bearerAuth")
    @RequestBody(
            description = "The application as it should now read.",
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LeaseForm.class)))
    @APIResponse(responseCode = "200", description = "The changed draft.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public LeaseView change(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id,
            LeaseForm form) {
        return leases.change(caller.require(), leaseId(id), required(form));
    }

    @POST
    @Path("{id: [0-9]+}/submission")
    @Operation(
            operationId = "submitLease",
            summary = "Submit a draft application for review",
            description =
                    "The NGO's representatives send a DRAFT for review (→ SUBMITTED); no body."
                            + " The House's managers are told. 409: not a draft"
                            + " (`…:lease-state`), the NGO already leases an office in this House"
                            + " (`…:second-lease`: one office per House) or already has another"
                            + " live application to it in this window (`…:lease-duplicate`). 422:"
                            + " the window is not open today (houseId), the NGO is not eligible"
                            + " now (ngoId), the renewed lease does not end the day before the new"
                            + " term (renewalOf). 403 for anyone who does not represent the NGO."
                            + MAIL
                            + LIFE)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The application, now SUBMITTED.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public LeaseView submit(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id) {
        return leases.submit(caller.require(), leaseId(id));
    }

    @POST
    @Path("{id: [0-9]+}/withdrawal")
    @Operation(
            operationId = "withdrawLease",
            summary = "Withdraw an application",
            description =
                    "The NGO's representatives take back an application that is not decided yet"
                            + " (DRAFT, SUBMITTED or UNDER_REVIEW → WITHDRAWN); no body. 409"
                            + " `…:lease-state` once it is approved, rejected or already"
                            + " withdrawn; 403 for anyone who does not represent the NGO."
                            + MAIL
                            + LIFE)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The application, now WITHDRAWN.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public LeaseView withdraw(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id) {
        return leases.withdraw(caller.require(), leaseId(id));
    }

    @POST
    @Path("{id: [0-9]+}/recommendation")
    @Operation(
            operationId = "recommendLease",
            summary = "Recommend on a submitted application (House manager)",
            description =
                    "A manager of the application's House (or a national administrator) who does"
                            + " not represent the NGO writes the House's recommendation: SUBMITTED"
                            + " → UNDER_REVIEW, and the region's approvers are told. 409"
                            + " `…:lease-state` unless SUBMITTED; 422 when the text is missing or"
                            + " longer than 2,000 characters; 403 for anyone else."
                            + STALE
                            + MAIL
                            + LIFE)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The application, now UNDER_REVIEW.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public LeaseView recommend(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id,
            Recommendation body) {
        Recommendation r = body == null ? new Recommendation(null, null) : body;
        return leases.recommend(caller.require(), leaseId(id), r.text(), r.version());
    }

    @POST
    @Path("{id: [0-9]+}/approval")
    @Operation(
            operationId = "approveLease",
            summary = "Approve a reviewed application (akimat)",
            description =
                    "An approver of the House's region who does not represent the NGO approves"
                            + " an UNDER_REVIEW application on the council's decision: →"
                            + " APPROVED. The NGO's eligibility is read again and the office"
                            + " locked, so two approvals at once end with one winner. The money"
                            + " is fixed for the term (the office's monthly rent, the region's"
                            + " subsidy share, the NGO's payment), the monthly schedule written,"
                            + " the open applications competing for the office over the term"
                            + " closed (REJECTED with closedByLease, their NGOs told), the"
                            + " office's hourly room held for the term (bookings of it in the way"
                            + " are cancelled and their NGOs offered alternatives), and the NGO"
                            + " mailed the summary PDF. 409: `…:lease-state` unless UNDER_REVIEW"
                            + " (a SUBMITTED one waits for the recommendation), `…:lease-stale`"
                            + " when decided meanwhile, `…:second-lease` when the NGO already"
                            + " leases an office in this House, `…:office-taken` when another"
                            + " lease holds the office during the term. 422: councilNumber or"
                            + " councilDate missing, a councilDate in the future, no officeId for"
                            + " an \"any office\" application or an office not of this House or"
                            + " not for lease, the NGO not eligible now. 403 for anyone else."
                            + STALE
                            + MAIL
                            + LIFE)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The lease, now APPROVED.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public LeaseView approve(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id,
            Approval body) {
        Approval a = body == null ? new Approval(null, null, null, null) : body;
        return leases.approve(
                caller.require(),
                leaseId(id),
                a.councilNumber(),
                a.councilDate(),
                a.officeId(),
                a.version());
    }

    @POST
    @Path("{id: [0-9]+}/rejection")
    @Operation(
            operationId = "rejectLease",
            summary = "Reject an application (akimat)",
            description =
                    "An approver of the House's region who does not represent the NGO rejects a"
                            + " SUBMITTED or UNDER_REVIEW application with a reason the NGO is"
                            + " mailed: → REJECTED. 409 `…:lease-state` for a draft or one already"
                            + " decided or withdrawn; 422 when the reason is missing or longer than 2,000"
                            + " characters; 403 for anyone else."
                            + STALE
                            + MAIL
                            + LIFE)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The application, now REJECTED.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public LeaseView reject(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id,
            Rejection body) {
        Rejection r = body == null ? new Rejection(null, null) : body;
        return leases.reject(caller.require(), leaseId(id), r.reason(), r.version());
    }

    @POST
    @Path("{id: [0-9]+}/termination")
    @Operation(
            operationId = "terminateLease",
            summary = "End a lease early (akimat)",
            description =
                    "An approver of the House's region who does not represent the NGO ends an"
                            + " APPROVED or ACTIVE lease on a day from today to the term's last:"
                            + " → TERMINATED. The schedule keeps the month of that day in full and"
                            + " loses the months after it; the office's hourly room is freed after"
                            + " it; the NGO is mailed the reason. 409 `…:lease-state` for any"
                            + " other state; 422 when `on` or the reason is missing, or `on` lies"
                            + " outside today … end of term; 403 for anyone else."
                            + MAIL
                            + LIFE)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The lease, now TERMINATED.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public LeaseView terminate(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id,
            Termination body) {
        Termination t = body == null ? new Termination(null, null) : body;
        return leases.terminate(caller.require(), leaseId(id), t.on(), t.reason());
    }

    /** The application beside every open one competing for the same office. */
    @GET
    @Path("{id: [0-9]+}/competition")
    @Operation(
            operationId = "listLeaseCompetitors",
            summary = "Compare an application with those competing for the same office",
            description =
                    "For staff who may see the application (the House's managers, the region's"
                            + " approvers, national administrators): first the application itself,"
                            + " then every open one (SUBMITTED, UNDER_REVIEW) for the same House"
                            + " and window competing for its office (an \"any office\" application"
                            + " competes with all), in order of submission, each with the facts a"
                            + " fair choice rests on. 403 for anyone else, NGO representatives"
                            + " included.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The application, then its competitors.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<Contender> competition(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id) {
        return leases.competition(caller.require(), leaseId(id));
    }

    @GET
    @Path("{id: [0-9]+}/schedule")
    @Operation(
            operationId = "getLeaseSchedule",
            summary = "Read a lease's monthly payment schedule",
            description =
                    "One row per calendar month of the term, from January of its first year:"
                            + " the market rent, the NGO's payment and the state's subsidy, in"
                            + " tenge. Empty until the lease is approved; a lease ended early"
                            + " keeps the month it ends in. Visible to whoever may read the lease"
                            + " (see getLease).")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The months, in order.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<LeaseTerms.Month> schedule(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id) {
        return leases.schedule(caller.require(), leaseId(id));
    }

    /** The lease summary as a PDF, in {@code ?lang=kk|ru|en} (Kazakh by default). */
    @GET
    @Path("{id: [0-9]+}/summary.pdf")
    @Produces("application/pdf")
    @Operation(
            operationId = "getLeaseSummaryPdf",
            summary = "Download a lease's summary as PDF",
            description =
                    "The lease summary (NGO, BIN, House, office and area, term, rent, subsidy"
                            + " share, payment, council decision, early end) with the monthly"
                            + " schedule and its totals, as a PDF in Kazakh, Russian or English."
                            + " Only for a lease that was approved (APPROVED, ACTIVE, ENDED,"
                            + " TERMINATED): 409 `…:lease-state` for an application. Visible to"
                            + " whoever may read the lease (see getLease).")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(
            responseCode = "200",
            description = "The PDF, shown inline (file name lease-{id}.pdf).",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "inline; filename=\"lease-{id}.pdf\"",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response summary(
            @Parameter(description = ID, required = true, example = "42") @PathParam("id")
                    String id,
            @Parameter(
                            description =
                                    "The PDF's language; Kazakh when absent or not one of these.",
                            required = false,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"kk", "ru", "en"},
                                            defaultValue = "kk"),
                            example = "ru")
                    @QueryParam("lang")
                    String lang) {
        byte[] pdf =
                leases.summary(
                        caller.require(), leaseId(id), Language.fromTag(lang).orElse(Language.KK));
        return Response.ok(pdf)
                .header("Content-Disposition", "inline; filename=\"lease-" + id + ".pdf\"")
                .build();
    }

    private static LeaseForm required(LeaseForm form) {
        if (form == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return form;
    }

    static long leaseId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("lease.notFound", id));
    }
}
