package kz.housesofdemocracy.workspace.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.workspace.control.InboxCounts;

/**
 * The REST twin of the inbox page: {@code GET /api/me/inbox}, the items oldest first with their
 * titles in the Accept-Language, the counts by queue and the total.
 */
@Path("me/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject private Inbox inbox;
    @Inject private CurrentCaller caller;
    @Inject private PublicAddress address;
    @Context private HttpServletRequest request;

    public record Item(
            String kind, long id, Instant since, long ageMinutes, String title, String link) {}

    public record View(List<Item> items, Map<String, Long> counts, long total) {}

    @GET
    public View inbox() {
        Caller me = caller.require();
        Locale locale = Language.fromAcceptLanguage(request.getHeader("Accept-Language")).locale();
        InboxCounts counts = inbox.counts(me);
        List<Item> items =
                inbox.entries(me, null, locale).stream()
                        .map(
                                e ->
                                        new Item(
                                                e.kind(),
                                                e.id(),
                                                e.since(),
                                                e.ageMinutes(),
                                                e.title(),
                                                address.link(e.link())))
                        .toList();
        return new View(items, counts.byKind(), counts.total());
    }
}
