package kz.housesofdemocracy.bookings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import kz.housesofdemocracy.platform.i18n.Language;

/**
 * A room's busy times as an iCalendar feed to subscribe to (public: no names). Calendar programs
 * send no language, so it is chosen with {@code ?lang=kk|ru|en} (Kazakh by default).
 */
@Path("rooms/{id}/feed.ics")
public class RoomFeedResource {

    @Inject private Feeds feeds;

    @GET
    @Produces("text/calendar; charset=UTF-8")
    public String feed(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return feeds.room(
                RoomCheckInResource.roomId(id),
                Language.fromTag(lang).orElse(Language.KK).locale());
    }
}
