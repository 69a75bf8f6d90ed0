package kz.housesofdemocracy.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down one source address that keeps failing, and counts failures for e-mail addresses that
 * have no account, so that they lock out exactly like real ones and nobody learns which addresses
 * are registered. In memory, per server node: a coarse brake, the per-account lock in the database
 * is the real one.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Failures from one address before it has to wait. */
    static final int FREE_FAILURES = Integer.getInteger("hod.throttle.freeFailures", 10);

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int REMEMBERED = 10_000;

    private final Map<String, Failures> byAddress = lru();
    private final Map<String, Failures> byUnknownEmail = lru();

    private record Failures(int count, Instant first, Instant last) {
        Failures plus(Instant now) {
            return now.isAfter(first.plus(WINDOW))
                    ? new Failures(1, now, now)
                    : new Failures(count + 1, first, now);
        }
    }

    /** Seconds the address must still wait before trying again; zero when it may try now. */
    public synchronized long waitSeconds(String address, Instant now) {
        Failures f = byAddress.get(address);
        if (f == null || f.count() < FREE_FAILURES || now.isAfter(f.first().plus(WINDOW))) {
            return 0;
        }
        long delay = Math.min(1L << Math.min(f.count() - FREE_FAILURES, 10), WINDOW.toSeconds());
        long left = Duration.between(now, f.last().plusSeconds(delay)).toSeconds();
        return Math.max(left, 0);
    }

    public synchronized void failed(String address, Instant now) {
        byAddress.merge(address, new Failures(1, now, now), (old, one) -> old.plus(now));
    }

    /** Counts a failure for an e-mail with no account; true when it is now "locked". */
    public synchronized boolean unknownEmailFailed(String email, Instant now) {
        Failures f =
                byUnknownEmail.merge(email, new Failures(1, now, now), (old, one) -> old.plus(now));
        return f.count() >= kz.housesofdemocracy.accounts.entity.Account.MAX_FAILED_SIGN_INS;
    }

    public synchronized boolean unknownEmailLocked(String email, Instant now) {
        Failures f = byUnknownEmail.get(email);
        return f != null
                && f.count() >= kz.housesofdemocracy.accounts.entity.Account.MAX_FAILED_SIGN_INS
                && now.isBefore(f.last().plus(kz.housesofdemocracy.accounts.entity.Account.LOCK));
    }

    public synchronized void succeeded(String address) {
        byAddress.remove(address);
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
