package kz.housesofdemocracy.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.rest.Paged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail for the national administrator, newest first, a page at a time. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    /** The most lines one page holds. */
    static final int MAX_SIZE = 500;

    @Inject private AuditLog log;
    @Inject private CurrentCaller caller;
    @Context private UriInfo uri;

    @GET
    @Operation(
            operationId = "searchAudit",
            summary = "Search the audit trail",
            description =
                    "A page of the audit trail, newest first, with the total and the next page's"
                            + " address: who did what to which object, when, in which region,"
                            + " from which address. Every filter is optional and they combine."
                            + " For national administrators only: 401 without sign-in, 403 for"
                            + " anyone else. A `from` or `to` that is not an ISO-8601 instant is"
                            + " refused with 422. Follow `next` until it is null; a `first` or"
                            + " `size` that is not a whole number is 404, as JAX-RS answers"
                            + " unreadable query parameters.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "One page of audit lines, newest first.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Paged<AuditLog.Line> search(
            @Parameter(
                            description =
                                    "Text the actor's e-mail address contains (case does not"
                                            + " matter).",
                            example = "admin@example.kz")
                    @QueryParam("actor")
                    String actor,
            @Parameter(
                            description =
                                    "The start of the action's key: `booking.` gives every"
                                            + " booking action, `role.granted` just that one.",
                            example = "role.")
                    @QueryParam("action")
                    String action,
            @Parameter(
                            description = "The ISO 3166-2 code of the region the line concerns.",
                            example = "KZ-71")
                    @QueryParam("region")
                    String region,
            @Parameter(
                            description = "Lines at or after this instant (ISO-8601, UTC).",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                            example = "2027-01-01T00:00:00Z")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Lines before this instant (ISO-8601, UTC).",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                            example = "2027-02-01T00:00:00Z")
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description =
                                    "How many lines to skip (0 for the first page); a negative"
                                            + " value is read as 0.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "0",
                                            defaultValue = "0"))
                    @QueryParam("first")
                    @DefaultValue("0")
                    int first,
            @Parameter(
                            description =
                                    "How many lines a page holds, 1 to 500; values outside are"
                                            + " read as the nearest bound.",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "500",
                                            defaultValue = "50"))
                    @QueryParam("size")
                    @DefaultValue("50")
                    int size) {
        var me = caller.require();
        AuditLog.Filter filter =
                new AuditLog.Filter(
                        actor, action, region, instant("from", from), instant("to", to));
        int start = Math.max(first, 0);
        int count = Math.min(Math.max(size, 1), MAX_SIZE);
        return Paged.of(
                log.search(me, filter, start, count), log.count(me, filter), start, count, uri);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw Refusal.invalid(field, "validation.instant");
        }
    }
}
