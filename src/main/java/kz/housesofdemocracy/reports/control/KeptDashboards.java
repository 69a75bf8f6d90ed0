package kz.housesofdemocracy.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The staff dashboard's reports, one level each, kept on this node for a minute per year and scope:
 * a national report over the country's data takes a few hundred milliseconds to compute, and a
 * dashboard is opened and drilled into far more often than its figures need recomputing. The page
 * says when its figures were computed; the exports and the REST API always compute now.
 */
@ApplicationScoped
public class KeptDashboards {

    /** How long a computed dashboard is shown before it is computed again. */
    public static final Duration FRESH = Duration.ofMinutes(1);

    /** More scopes than this (years × regions × Houses) and the oldest are simply dropped. */
    private static final int MOST = 1_000;

    private record Scope(int year, String region, Long house) {}

    private final Map<Scope, OccupancyReport> kept = new ConcurrentHashMap<>();

    @Inject private Clock clock;

    public KeptDashboards() {}

    KeptDashboards(Clock clock) {
        this.clock = clock;
    }

    /** The kept report of a scope while it is fresh, else the one {@code compute} gives now. */
    public OccupancyReport get(
            int year, String region, Long house, Supplier<OccupancyReport> compute) {
        Scope scope = new Scope(year, region, house);
        Instant now = clock.instant();
        OccupancyReport found = kept.get(scope);
        if (found != null && found.computedAt().isAfter(now.minus(FRESH))) {
            return found;
        }
        OccupancyReport fresh = compute.get();
        if (kept.size() >= MOST) {
            kept.entrySet().removeIf(e -> !e.getValue().computedAt().isAfter(now.minus(FRESH)));
        }
        kept.put(scope, fresh);
        return fresh;
    }
}
