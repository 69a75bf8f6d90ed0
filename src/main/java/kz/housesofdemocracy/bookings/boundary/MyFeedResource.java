package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import kz.housesofdemocracy.access.boundary.CurrentCaller;

/** The caller's calendar-feed address: renewed (the old one stops working) or revoked. */
@Path("me/feed")
@Produces(MediaType.APPLICATION_JSON)
public class MyFeedResource {

    @Inject private Feeds feeds;
    @Inject private CurrentCaller caller;

    /** The feed's address, shown once: keep it in a calendar program. */
    public record FeedAddress(String url) {}

    @POST
    public Response renew() {
        String url = feeds.renew(caller.require());
        return Response.created(URI.create(url)).entity(new FeedAddress(url)).build();
    }

    @DELETE
    public Response revoke() {
        feeds.revoke(caller.require());
        return Response.noContent().build();
    }
}
