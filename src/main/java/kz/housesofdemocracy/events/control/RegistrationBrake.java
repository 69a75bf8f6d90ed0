package kz.housesofdemocracy.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.housesofdemocracy.events.entity.Registration;
import kz.housesofdemocracy.platform.Refusal;

/**
 * Keeps registration from being a mail cannon: at most {@link #PER_SOURCE} registrations from one
 * source address in {@link #SOURCE_WINDOW}, and at most {@link #PER_EMAIL} mails to one e-mail in
 * {@link #EMAIL_WINDOW}, whatever the event. In memory and per node (a cluster of n nodes lets n
 * times as many through), bounded: each map keeps the {@link #MOST_KEYS} most recently seen keys.
 */
@ApplicationScoped
public class RegistrationBrake {

    public static final int PER_SOURCE = 5;
    public static final Duration SOURCE_WINDOW = Duration.ofMinutes(10);
    public static final int PER_EMAIL = 3;
    public static final Duration EMAIL_WINDOW = Duration.ofHours(1);
    static final int MOST_KEYS = 10_000;

    /** A registration refused by the brake: 429, and how long to wait. */
    public static final class Braked extends Refusal {
        private static final long serialVersionUID = 1L;

        Braked(long retryAfterSeconds) {
            super(
                    retryAfterSeconds,
                    429,
                    "too-many-requests",
                    "registration.tooMany",
                    java.util.List.of(),
                    Math.max(1, (retryAfterSeconds + 59) / 60));
        }
    }

    @Inject private Clock clock;

    private final Window sources = new Window(PER_SOURCE, SOURCE_WINDOW);
    private final Window emails = new Window(PER_EMAIL, EMAIL_WINDOW);

    /**
     * Counts one registration from the source for the e-mail (already checked for length), or
     * refuses it with a {@link Braked} when either is over its limit; a refused one is not counted.
     */
    public void pass(String source, String email) {
        Instant now = clock.instant();
        String address = Registration.normalizedEmail(email);
        String from = source == null ? "" : source;
        synchronized (this) {
            long wait = Math.max(sources.wait(from, now), emails.wait(address, now));
            if (wait > 0) {
                throw new Braked(wait);
            }
            sources.count(from, now);
            emails.count(address, now);
        }
    }

    /** The moments each key was counted within the window, for the most recently seen keys. */
    private static final class Window {
        private final int limit;
        private final Duration length;
        private final Map<String, Deque<Instant>> seen =
                new LinkedHashMap<>(256, 0.75f, true) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                        return size() > MOST_KEYS;
                    }
                };

        Window(int limit, Duration length) {
            this.limit = limit;
            this.length = length;
        }

        /** Seconds until the key may pass again; 0 when it may now. */
        long wait(String key, Instant now) {
            Deque<Instant> times = seen.get(key);
            if (times == null) {
                return 0;
            }
            Instant since = now.minus(length);
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() < limit) {
                return 0;
            }
            return Math.max(1, Duration.between(now, times.peekFirst().plus(length)).toSeconds());
        }

        void count(String key, Instant now) {
            seen.computeIfAbsent(key, k -> new ArrayDeque<>(limit)).addLast(now);
        }
    }
}
