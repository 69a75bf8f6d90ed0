package kz.housesofdemocracy.reports.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import kz.housesofdemocracy.platform.Kept;

/**
 * The staff dashboard's reports, one level each, kept on this node for a minute per year and scope
 * ({@link Kept}): a national report over the country's data takes a few hundred milliseconds to
 * compute, and a dashboard is opened and drilled into far more often than its figures need
 * recomputing. The page says when its figures were computed; the exports and the REST API always
 * compute now.
 */
@ApplicationScoped
public class KeptDashboards {

    /** How long a computed dashboard is shown before it is computed again. */
    public static final Duration FRESH = Duration.ofMinutes(1);

    private record Scope(int year, String region, Long house) {}

    @Inject private Clock clock;

    private Kept<Scope, OccupancyReport> kept;

    public KeptDashboards() {}

    KeptDashboards(Clock clock) {
        this.clock = clock;
        start();
    }

    @PostConstruct
    void start() {
        kept = new Kept<>(clock, FRESH, 1_000);
    }

    /** The kept report of a scope while it is fresh, else the one {@code compute} gives now. */
    public OccupancyReport get(
            int year, String region, Long house, Supplier<OccupancyReport> compute) {
        return kept.get(new Scope(year, region, house), compute).value();
    }
}
