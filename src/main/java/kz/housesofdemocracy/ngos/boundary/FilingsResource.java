package kz.housesofdemocracy.ngos.boundary;

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
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One annual filing: its receipt (PDF) and the staff decision on it. */
@Path("filings/{id}")
@Tag(name = "ngos")
@SecurityRequirement(name = "bearerAuth")
public class FilingsResource {

    private static final String ID =
            "The filing's id (from the Location of POST /api/ngos/{id}/filings).";

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    @GET
    @Path("receipt")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(
            operationId = "getFilingReceipt",
            summary = "Download a filing's receipt",
            description =
                    "The filing's receipt as the PDF that was uploaded, as an attachment. Who may"
                            + " read it: the NGO's representatives, the approvers of its region"
                            + " and national administrators. 404 when the filing has no"
                            + " receipt.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF.",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response receipt(
            @Parameter(description = ID, required = true, example = "7") @PathParam("id")
                    String id) {
        return Response.ok(ngos.receipt(caller.require(), filingId(id)), "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"receipt-" + filingId(id) + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** The body is the PDF itself, at most 10 MB; its type is checked by content. */
    @PUT
    @Path("receipt")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "attachFilingReceipt",
            summary = "Upload a filing's receipt",
            description =
                    "Attaches (or replaces) the filing's receipt: the body is the PDF itself, at"
                            + " most 10 MB, checked by its content (not its name or type): anything"
                            + " else is refused with 422. Only the NGO's representatives, and only"
                            + " while the filing waits for staff (a decided filing: 409).")
    @RequestBody(
            description = "The receipt: a PDF of at most 10 MB.",
            required = true,
            content = {
                @Content(
                        mediaType = "application/pdf",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "204", description = "Attached.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response attach(
            @Parameter(description = ID, required = true, example = "7") @PathParam("id") String id,
            byte[] pdf) {
        ngos.attachReceipt(caller.require(), filingId(id), pdf);
        return Response.noContent().build();
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decideFiling",
            summary = "Verify or refuse a filing (staff)",
            description =
                    "Only an akimat approver of the NGO's region (others, national administrators"
                            + " included: 403)"
                            + " verifies the filing, or refuses it with a reason that is mailed to"
                            + " the NGO's representatives. Once only: a decided filing gives 409."
                            + " Never for an NGO the staff member represents (403).")
    @RequestBody(description = "The decision.", required = true)
    @APIResponse(responseCode = "204", description = "Decided.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response decide(
            @Parameter(description = ID, required = true, example = "7") @PathParam("id") String id,
            NgosResource.Decision decision) {
        NgosResource.Decision d = NgosResource.required(decision);
        ngos.decideFiling(
                caller.require(), filingId(id), Boolean.TRUE.equals(d.verify()), d.reason());
        return Response.noContent().build();
    }

    private static long filingId(String id) {
        return EntityId.parse(id)
                .orElseThrow(() -> Refusal.notFound("refusal.filing.notFound", id));
    }
}
