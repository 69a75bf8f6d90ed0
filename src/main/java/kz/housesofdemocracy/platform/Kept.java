package kz.housesofdemocracy.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures computed at most once per freshness period and key, on this node: for pages whose figures
 * are costly over a country's data and read far more often than they need recomputing (the public
 * NGO counts, the staff report dashboard). Each such page says when its figures were computed.
 * Never for anything a person acts on: a booking's rules, a refusal, an export.
 */
public final class Kept<K, V> {

    /** A kept value and when it was computed. */
    public record Value<V>(V value, Instant computedAt) {}

    private final Clock clock;
    private final Duration fresh;
    private final int most;
    private final Map<K, Value<V>> kept = new ConcurrentHashMap<>();

    /** Values fresh for {@code fresh}; beyond {@code most} keys the stale ones are dropped. */
    public Kept(Clock clock, Duration fresh, int most) {
        this.clock = clock;
        this.fresh = fresh;
        this.most = most;
    }

    /** The kept value of a key while it is fresh, else the one {@code compute} gives now. */
    public Value<V> get(K key, Supplier<V> compute) {
        Instant now = clock.instant();
        Value<V> found = kept.get(key);
        if (found != null && found.computedAt().isAfter(now.minus(fresh))) {
            return found;
        }
        Value<V> computed = new Value<>(compute.get(), now);
        if (kept.size() >= most) {
            kept.entrySet().removeIf(e -> !e.getValue().computedAt().isAfter(now.minus(fresh)));
        }
        kept.put(key, computed);
        return computed;
    }
}
