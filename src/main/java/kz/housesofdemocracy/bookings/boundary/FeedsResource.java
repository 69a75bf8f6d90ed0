package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import kz.housesofdemocracy.platform.Refusal;

/** A person's own calendar feed, at the secret address they got on their bookings page. */
@Path("feeds/{secret}.ics")
public class FeedsResource {

    @Inject private Feeds feeds;

    @GET
    @Produces("text/calendar; charset=UTF-8")
    public String feed(@PathParam("secret") String secret) {
        return feeds.personal(secret).orElseThrow(() -> Refusal.notFound("feed.notFound"));
    }
}
