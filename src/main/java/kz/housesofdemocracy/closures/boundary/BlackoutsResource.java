package kz.housesofdemocracy.closures.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;

/**
 * A House's blackouts: public to read (upcoming; an internal event's hold only as "closed" outside
 * the House's staff), its managers add them.
 */
@Path("houses/{id}/blackouts")
@Produces(MediaType.APPLICATION_JSON)
public class BlackoutsResource {

    @Inject private Clock clock;

    @Inject private Blackouts blackouts;
    @Inject private CurrentCaller caller;
    @Inject private CurrentLanguage language;

    /** Local date-times of the House, e.g. "2026-12-05T09:00". */
    public record NewBlackout(Long roomId, LocalDateTime from, LocalDateTime to, String reason) {}

    @GET
    public List<Blackouts.BlackoutView> upcoming(@PathParam("id") String id) {
        Instant now = clock.instant();
        return blackouts.of(
                caller.get().orElse(null),
                houseId(id),
                Period.of(now, now.plusSeconds(366L * 24 * 3600)),
                language.getLocale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") String id, NewBlackout blackout) {
        if (blackout == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        long created =
                blackouts.add(
                        caller.require(),
                        houseId(id),
                        blackout.roomId(),
                        blackout.from(),
                        blackout.to(),
                        blackout.reason());
        return Response.created(URI.create("blackouts/" + created)).build();
    }

    static long houseId(String id) {
        return EntityId.parse(id).orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
    }
}
