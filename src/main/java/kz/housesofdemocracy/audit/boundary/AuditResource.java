package kz.housesofdemocracy.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;

/** The audit trail for the national administrator, newest first, a page at a time. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject private AuditLog log;
    @Inject private CurrentCaller caller;

    public record Page(long total, int first, List<AuditLog.Line> items) {}

    @GET
    public Page search(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("region") String region,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        var me = caller.require();
        AuditLog.Filter filter =
                new AuditLog.Filter(
                        actor, action, region, instant("from", from), instant("to", to));
        return new Page(log.count(me, filter), first, log.search(me, filter, first, size));
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
