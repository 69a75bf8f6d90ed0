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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST twin of the inbox page: {@code GET /api/me/inbox}, the items oldest first with their
 * titles in the Accept-Language, the counts by queue and the total.
 */
@Path("me/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "workspace")
public class InboxResource {

    private static final String KINDS =
            "booking, series, leaseRecommendation, leaseDecision, ngo, filing";

    @Inject private Inbox inbox;
    @Inject private CurrentCaller caller;
    @Inject private PublicAddress address;
    @Context private HttpServletRequest request;

    @Schema(name = "InboxItem", description = "One thing that waits for the caller's decision.")
    public record Item(
            @Schema(
                            description = "The queue it waits in: " + KINDS + ".",
                            required = true,
                            enumeration = {
                                "booking",
                                "series",
                                "leaseRecommendation",
                                "leaseDecision",
                                "ngo",
                                "filing"
                            })
                    String kind,
            @Schema(
                            description =
                                    "The id of the booking, series, lease application, NGO or"
                                            + " filing, as its own endpoints take it.",
                            required = true)
                    long id,
            @Schema(description = "Since when it has waited.", required = true) Instant since,
            @Schema(description = "How long it has waited, in whole minutes.", required = true)
                    long ageMinutes,
            @Schema(
                            description = "What it is, in the language of Accept-Language.",
                            required = true)
                    String title,
            @Schema(
                            description = "The absolute address of the page where it is decided.",
                            required = true,
                            example = "https://booking.example.kz/staff/ngo.xhtml?id=5")
                    String link) {}

    @Schema(name = "InboxView", description = "What waits for the caller, and how much.")
    public record View(
            @Schema(
                            description =
                                    "The items that waited longest across the queues, oldest"
                                            + " first, at most 200.",
                            required = true)
                    List<Item> items,
            @Schema(
                            description =
                                    "How many items wait in each queue the caller sees, by kind ("
                                            + KINDS
                                            + "); empty for someone who is not staff.",
                            required = true,
                            example = "{\"booking\": 3, \"series\": 0, \"ngo\": 1}")
                    Map<String, Long> counts,
            @Schema(
                            description =
                                    "How many items wait in all (may exceed the items listed).",
                            required = true)
                    long total) {}

    @GET
    @Operation(
            operationId = "getMyInbox",
            summary = "What waits for me",
            description =
                    "The staff inbox (\"Waiting for me\"): every item waiting for a decision"
                            + " by the caller within their scope (bookings and series of their"
                            + " Houses, lease recommendations and decisions, NGO identities and"
                            + " filings of their region), the oldest first, with titles in the"
                            + " language of Accept-Language (kk, ru or en; Kazakh otherwise),"
                            + " each queue's count and the total. Not a paged list: at most 200"
                            + " items, `total` counts all. Anyone signed in may ask; someone who"
                            + " is not staff gets an empty inbox. 401 without sign-in; 503 when"
                            + " the server has no public address for the items' links.")
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "200", description = "The caller's inbox.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "503", ref = "Unavailable")
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
