package kz.housesofdemocracy.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.housesofdemocracy.accounts.entity.Account;

/**
 * Slows down one source address that keeps failing, and counts failures for e-mail addresses that
 * have no account, so that they lock out exactly like real ones and nobody learns which addresses
 * are registered. In memory, per server node: a coarse brake, the per-account lock in the database
 * is the real one.
 *
 * <p>Only failures count, over a sliding window of {@link #WINDOW} (minute buckets), and nothing
 * that succeeds in between clears them: a good sign-in to one's own account does not buy more
 * guesses, and spraying one password over many accounts from one address is braked by the same
 * count. Memory is bounded: at most {@value #REMEMBERED} entries per map, each of fixed size
 * (addresses are short; e-mails are kept only as their SHA-256 hash, and only after their length
 * was checked).
 */
@ApplicationScoped
public class SignInThrottle {

    /** Failures from one address within the window before it has to wait. */
    static final int FREE_FAILURES = Integer.getInteger("hod.throttle.freeFailures", 10);

    static final Duration WINDOW = Duration.ofMinutes(15);

    /** The first wait once an address is braked; it doubles with every further failure. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);

    private static final int BUCKETS = (int) WINDOW.toMinutes();
    private static final int REMEMBERED = 10_000;

    private final Map<String, Failures> byAddress = lru();
    private final Map<String, Failures> byUnknownEmail = lru();
    private volatile int freeFailures = FREE_FAILURES;

    /** Failures per minute over the last {@link #BUCKETS} minutes: a fixed-size sliding window. */
    private static final class Failures {
        private final int[] perMinute = new int[BUCKETS];
        private long lastMinute;
        private Instant last;

        Failures(Instant now) {
            lastMinute = minute(now);
            last = now;
        }

        void add(Instant now) {
            long m = minute(now);
            if (m >= lastMinute + BUCKETS) {
                java.util.Arrays.fill(perMinute, 0);
            } else {
                for (long k = lastMinute + 1; k <= m; k++) {
                    perMinute[(int) Math.floorMod(k, (long) BUCKETS)] = 0;
                }
            }
            lastMinute = Math.max(lastMinute, m);
            perMinute[(int) Math.floorMod(m, (long) BUCKETS)]++;
            if (now.isAfter(last)) {
                last = now;
            }
        }

        int count(Instant now) {
            long m = minute(now);
            int sum = 0;
            for (long k = Math.max(lastMinute - BUCKETS + 1, m - BUCKETS + 1);
                    k <= lastMinute;
                    k++) {
                sum += perMinute[(int) Math.floorMod(k, (long) BUCKETS)];
            }
            return sum;
        }

        private static long minute(Instant now) {
            return Math.floorDiv(now.getEpochSecond(), 60L);
        }
    }

    /** Seconds the address must still wait before trying again; zero when it may try now. */
    public synchronized long waitSeconds(String address, Instant now) {
        Failures f = byAddress.get(key(address));
        int count = f == null ? 0 : f.count(now);
        if (count < freeFailures) {
            return 0;
        }
        long delay =
                Math.min(
                        FIRST_WAIT.toSeconds() << Math.min(count - freeFailures, 10),
                        WINDOW.toSeconds());
        long left = Duration.between(now, f.last.plusSeconds(delay)).toSeconds();
        return Math.max(left, 0);
    }

    /** Counts a failure from the address; a later success does not take it back. */
    public synchronized void failed(String address, Instant now) {
        count(byAddress, key(address), now);
    }

    /** Counts a failure for an e-mail with no account; true when it is now "locked". */
    public synchronized boolean unknownEmailFailed(String email, Instant now) {
        return count(byUnknownEmail, emailKey(email), now) >= Account.MAX_FAILED_SIGN_INS;
    }

    public synchronized boolean unknownEmailLocked(String email, Instant now) {
        Failures f = byUnknownEmail.get(emailKey(email));
        return f != null
                && f.count(now) >= Account.MAX_FAILED_SIGN_INS
                && now.isBefore(f.last.plus(Account.LOCK));
    }

    /** For the test deployment only: a different brake, and nothing remembered. */
    synchronized void reset(int freeFailures) {
        this.freeFailures = freeFailures;
        byAddress.clear();
        byUnknownEmail.clear();
    }

    private static int count(Map<String, Failures> map, String key, Instant now) {
        Failures f = map.get(key);
        if (f == null) {
            f = new Failures(now);
            map.put(key, f);
        }
        f.add(now);
        return f.count(now);
    }

    /** Source addresses are at most an IPv6 text; anything longer is cut, never kept whole. */
    private static String key(String address) {
        String a = address == null ? "" : address;
        return a.length() <= 64 ? a : SecretTokens.hash(a);
    }

    private static String emailKey(String email) {
        return SecretTokens.hash(email);
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }
}
