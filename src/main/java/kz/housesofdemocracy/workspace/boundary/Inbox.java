package kz.housesofdemocracy.workspace.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.WaitingItem;
import kz.housesofdemocracy.access.control.WaitingQueue;
import kz.housesofdemocracy.bookings.boundary.Bookings;
import kz.housesofdemocracy.bookings.boundary.Series;
import kz.housesofdemocracy.leases.boundary.Leases;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.workspace.control.InboxCounts;
import kz.housesofdemocracy.workspace.control.InboxEntry;

/**
 * "Waiting for me": every queue a component offers (each a {@link WaitingQueue} bean, scoped by the
 * access policy), merged oldest first, and the one-click decisions, handed to the façade that owns
 * the item. The national administrator holds no House or region grant, so nothing of a House's or a
 * region's waits on them: today no queue holds national items.
 */
@Stateless
public class Inbox {

    /** How many items a list shows at most. */
    public static final int LIMIT = 200;

    @Inject @Any private Instance<WaitingQueue> queues;
    @Inject private Bookings bookings;
    @Inject private Series series;
    @Inject private Ngos ngos;
    @Inject private Leases leases;
    @Inject private Clock clock;

    /** The count of each queue, in a fixed order; none for someone who is not staff. */
    public InboxCounts counts(Caller caller) {
        if (caller == null || !caller.isStaff()) {
            return InboxCounts.none();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (WaitingQueue queue : sorted()) {
            counts.put(queue.kind(), queue.count(caller));
        }
        return InboxCounts.of(counts);
    }

    /** The items that waited longest across the queues (or one queue), oldest first. */
    public List<WaitingItem> oldest(Caller caller, String kind, int limit) {
        if (caller == null || !caller.isStaff()) {
            return List.of();
        }
        return sorted().stream()
                .filter(q -> kind == null || kind.isBlank() || q.kind().equals(kind))
                .flatMap(q -> q.oldest(caller, limit).stream())
                .sorted(
                        Comparator.comparing(WaitingItem::since)
                                .thenComparing(WaitingItem::kind)
                                .thenComparingLong(WaitingItem::id))
                .limit(limit)
                .toList();
    }

    /** The same, worded for a reader. */
    public List<InboxEntry> entries(Caller caller, String kind, Locale locale) {
        Instant now = clock.instant();
        return oldest(caller, kind, LIMIT).stream()
                .map(item -> InboxEntry.of(item, now, locale))
                .toList();
    }

    public List<String> kinds() {
        return sorted().stream().map(WaitingQueue::kind).toList();
    }

    // --- one-click decisions, made by the owning façade with its own checks

    public void approve(Caller caller, String kind, long id) {
        switch (kind) {
            case "booking" -> bookings.approve(caller, id);
            case "series" -> series.decide(caller, id, true, null);
            case "ngo" -> ngos.decideIdentity(caller, id, true, null);
            case "filing" -> ngos.decideFiling(caller, id, true, null);
            default -> throw Refusal.invalid("kind", "inbox.problem.action");
        }
    }

    public void reject(Caller caller, String kind, long id, String reason) {
        InputCheck.start().text("reason", reason, 500).orRefuse();
        String why = reason.strip();
        switch (kind) {
            case "booking" -> bookings.reject(caller, id, why);
            case "series" -> series.decide(caller, id, false, why);
            case "ngo" -> ngos.decideIdentity(caller, id, false, why);
            case "filing" -> ngos.decideFiling(caller, id, false, why);
            case "leaseDecision" -> leases.reject(caller, id, why, null);
            default -> throw Refusal.invalid("kind", "inbox.problem.action");
        }
    }

    public void recommend(Caller caller, long id, String text) {
        leases.recommend(caller, id, text, null);
    }

    private List<WaitingQueue> sorted() {
        List<String> order =
                List.of(
                        "booking",
                        "series",
                        "leaseRecommendation",
                        "leaseDecision",
                        "ngo",
                        "filing");
        return StreamSupport.stream(queues.spliterator(), false)
                .sorted(
                        Comparator.comparingInt(
                                        (WaitingQueue q) ->
                                                order.contains(q.kind())
                                                        ? order.indexOf(q.kind())
                                                        : order.size())
                                .thenComparing(WaitingQueue::kind))
                .toList();
    }
}
