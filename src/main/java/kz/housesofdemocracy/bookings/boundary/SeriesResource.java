package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.rest.Problems;

/**
 * Recurring series: a dry-run preview of every occurrence, then saving all of them or only the free
 * ones; reading a series; deciding a hall's series as a whole.
 */
@Path("series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SeriesResource {

    @Inject private Series series;
    @Inject private CurrentCaller caller;
    @Inject private Problems problems;

    /**
     * What saving would do, occurrence by occurrence, with each problem in the reader's language.
     */
    @POST
    @Path("preview")
    public Series.Preview preview(SeriesForm form) {
        return series.preview(caller.require(), required(form), problems.locale());
    }

    /**
     * Saves the series: every occurrence ({@code onlyFree=false}, the default: 409 unless all are
     * free) or only the free ones.
     */
    @POST
    public Response create(SeriesForm form, @QueryParam("onlyFree") boolean onlyFree) {
        Series.Made made =
                series.create(caller.require(), required(form), onlyFree, problems.locale());
        return Response.created(URI.create("series/" + made.seriesId())).entity(made).build();
    }

    @GET
    @Path("{id}")
    public List<BookingView> occurrences(@PathParam("id") String id) {
        return series.occurrences(caller.require(), seriesId(id));
    }

    @POST
    @Path("{id}/approval")
    public List<BookingView> approve(@PathParam("id") String id) {
        return series.decide(caller.require(), seriesId(id), true, null);
    }

    @POST
    @Path("{id}/rejection")
    public List<BookingView> reject(@PathParam("id") String id, BookingsResource.Reason reason) {
        return series.decide(
                caller.require(), seriesId(id), false, reason == null ? null : reason.reason());
    }

    static SeriesForm required(SeriesForm form) {
        if (form == null) {
            throw Refusal.invalid("body", "validation.required");
        }
        return form;
    }

    private static long seriesId(String id) {
        return EntityId.parse(id)
                .orElseThrow(() -> Refusal.notFound("refusal.series.notFound", id));
    }
}
