package kz.housesofdemocracy.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The remembered first answers to requests that carried an {@code Idempotency-Key}, by plain SQL
 * (no entity, so no shared cache can show one node a stale answer of another). Each method joins
 * the caller's transaction.
 */
@ApplicationScoped
public class IdempotencyRecords {

    /** How long a key is remembered. */
    public static final Duration KEPT = Duration.ofHours(24);

    @PersistenceContext private EntityManager em;

    /** A request: who sent it, its key, and what it asked (method, path, body's SHA-256). */
    public record Request(
            String caller, String key, String method, String path, String bodySha256) {

        /** Whether another request under the same key asks the very same thing. */
        public boolean sameAs(Stored stored) {
            return method.equals(stored.method())
                    && path.equals(stored.path())
                    && bodySha256.equals(stored.bodySha256());
        }
    }

    /** A remembered answer. */
    public record Stored(
            String method,
            String path,
            String bodySha256,
            long createdMs,
            Integer status,
            String location,
            String contentType,
            String body) {}

    public Optional<Stored> find(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT http_method, request_path, body_sha256, created_ms, status,"
                                        + " location, content_type, body FROM idempotency_record"
                                        + " WHERE caller_ref = ? AND idem_key = ?")
                        .setParameter(1, caller)
                        .setParameter(2, key)
                        .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(
                new Stored(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).longValue(),
                        r[4] == null ? null : ((Number) r[4]).intValue(),
                        (String) r[5],
                        (String) r[6],
                        r[7] == null ? null : r[7].toString()));
    }

    /**
     * Claims the key for this request. The database's primary key makes a second claim wait for the
     * first transaction and then fail, so two requests with one key never both run.
     */
    public void claim(Request request, long nowMs) {
        em.createNativeQuery(
                        "INSERT INTO idempotency_record (caller_ref, idem_key, http_method,"
                                + " request_path, body_sha256, created_ms) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, request.caller())
                .setParameter(2, request.key())
                .setParameter(3, request.method())
                .setParameter(4, request.path())
                .setParameter(5, request.bodySha256())
                .setParameter(6, nowMs)
                .executeUpdate();
    }

    /** Writes the answer onto the claimed key; it commits with what the request did. */
    public void answer(
            Request request, int status, String location, String contentType, String body) {
        em.createNativeQuery(
                        "UPDATE idempotency_record SET status = ?, location = ?, content_type = ?,"
                                + " body = ? WHERE caller_ref = ? AND idem_key = ?")
                .setParameter(1, status)
                .setParameter(2, location)
                .setParameter(3, contentType)
                .setParameter(4, body)
                .setParameter(5, request.caller())
                .setParameter(6, request.key())
                .executeUpdate();
    }

    /** Forgets one key (an expired record, or an answer that cannot be replayed). */
    public void forget(String caller, String key) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE caller_ref = ? AND idem_key = ?")
                .setParameter(1, caller)
                .setParameter(2, key)
                .executeUpdate();
    }

    /** Forgets every record older than {@link #KEPT}; answers how many. */
    public int sweep(long nowMs) {
        return em.createNativeQuery("DELETE FROM idempotency_record WHERE created_ms < ?")
                .setParameter(1, nowMs - KEPT.toMillis())
                .executeUpdate();
    }
}
