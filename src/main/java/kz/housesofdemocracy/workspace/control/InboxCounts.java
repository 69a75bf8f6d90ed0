package kz.housesofdemocracy.workspace.control;

import java.io.Serializable;
import java.util.Map;

/**
 * How many items wait on a person, by queue, and in all. The menu groups some queues: "booking"
 * counts single bookings and series, "lease" both lease queues.
 */
public record InboxCounts(Map<String, Long> byKind, long total) implements Serializable {

    public static final Map<String, java.util.List<String>> GROUPS =
            Map.of(
                    "booking", java.util.List.of("booking", "series"),
                    "lease", java.util.List.of("leaseRecommendation", "leaseDecision"));

    public static InboxCounts of(Map<String, Long> byKind) {
        return new InboxCounts(
                Map.copyOf(byKind), byKind.values().stream().mapToLong(Long::longValue).sum());
    }

    public static InboxCounts none() {
        return new InboxCounts(Map.of(), 0);
    }

    /** A queue's count, or a group's ("booking", "lease"); 0 for a kind nobody knows. */
    public long of(String kind) {
        return GROUPS.getOrDefault(kind, java.util.List.of(kind)).stream()
                .mapToLong(k -> byKind.getOrDefault(k, 0L))
                .sum();
    }
}
