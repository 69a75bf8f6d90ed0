package kz.housesofdemocracy.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import kz.housesofdemocracy.platform.Refusal;

/**
 * {@code Idempotency-Key} for every POST under /api: a client that did not hear the answer sends
 * the same request with the same key again and gets the first answer (status, Location, body)
 * instead of a second booking.
 *
 * <p>How: the request filter opens one JTA transaction and claims (caller, key) in it; the
 * resource's façades join that transaction; the response filter writes a successful answer onto the
 * claim and commits, so the record and what the request created commit together or not at all (a
 * server killed after the commit still has the answer for the retry). An answer of 400 or more is
 * not remembered and rolls back as it does without a key. The table's primary key serialises two
 * requests with one key on every node: the second waits for the first and then replays its answer;
 * if the database stops waiting first (H2's lock timeout), the second gets a 409 with {@code
 * Retry-After} and its retry gets the answer. The same key with another method, path or body is a
 * 422. A key is the caller's own (the account for signed-in calls, the source address otherwise)
 * and is kept 24 hours.
 */
@Provider
@Priority(Priorities.USER + 500)
public class IdempotencyKeys implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class.getName());
    private static final String PENDING = IdempotencyKeys.class.getName() + ".pending";

    @Inject private IdempotencyRecords records;
    @Inject private Problems problems;
    @Inject private Clock clock;
    @Context private HttpServletRequest servletRequest;
    @Context private Providers providers;

    /** A claimed key whose transaction this filter pair opened. */
    private record Pending(IdempotencyRecords.Request request, UserTransaction transaction) {}

    /** Whether the text is a usable key: 1–255 printable ASCII characters, no spaces. */
    public static boolean validKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    /**
     * Operations that never remember their answer: a new API token's secret must not be kept in a
     * second table (paths relative to /api).
     */
    public static boolean excluded(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.startsWith("api/")) {
            p = p.substring(4);
        }
        return p.equals("me/tokens") || p.startsWith("me/tokens/");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null
                || !"POST".equals(request.getMethod())
                || excluded(request.getUriInfo().getPath())) {
            return;
        }
        if (!validKey(key)) {
            request.abortWith(
                    problems.response(Refusal.invalid(HEADER, "refusal.idempotencyKey.invalid")));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String path = request.getUriInfo().getPath() + (query == null ? "" : "?" + query);
        IdempotencyRecords.Request asked =
                new IdempotencyRecords.Request(
                        callerOf(request), key, request.getMethod(), path, sha256(body));
        Optional<Response> answer = claimOrAnswer(asked, request);
        answer.ifPresent(request::abortWith);
    }

    /** Claims the key in a new transaction, or answers at once (a replay, a 422, or a 409). */
    private Optional<Response> claimOrAnswer(
            IdempotencyRecords.Request asked, ContainerRequestContext request) {
        UserTransaction tx = userTransaction();
        long now = clock.millis();
        try {
            tx.begin();
            Optional<IdempotencyRecords.Stored> found = records.find(asked.caller(), asked.key());
            if (found.isPresent()) {
                if (fresh(found.get(), now)) {
                    tx.rollback();
                    return Optional.of(answerTo(asked, found.get()));
                }
                records.forget(asked.caller(), asked.key());
            }
            records.claim(asked, now);
            request.setProperty(PENDING, new Pending(asked, tx));
            return Optional.empty();
        } catch (PersistenceException e) {
            rollbackQuietly(tx);
            if (!isKeyClash(e) && !isLockWait(e)) {
                throw e;
            }
            // Another request with this key was running: its answer if it has committed one.
            return Optional.of(
                    records.find(asked.caller(), asked.key())
                            .filter(s -> fresh(s, clock.millis()) && s.status() != null)
                            .map(s -> answerTo(asked, s))
                            .orElseGet(this::inProgress));
        } catch (Exception e) {
            rollbackQuietly(tx);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("could not open the idempotency transaction", e);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PENDING) instanceof Pending pending)) {
            return;
        }
        request.removeProperty(PENDING);
        UserTransaction tx = pending.transaction();
        try {
            if (response.getStatus() >= 400 || tx.getStatus() != Status.STATUS_ACTIVE) {
                tx.rollback();
                if (response.getStatus() < 400) {
                    // The work was marked for rollback although the answer says success.
                    replaceWith(response, concurrentProblem());
                }
                return;
            }
            String body = bodyOf(response);
            if (body == null && response.hasEntity()) {
                records.forget(pending.request().caller(), pending.request().key());
            } else {
                MediaType type = response.getMediaType();
                records.answer(
                        pending.request(),
                        response.getStatus(),
                        response.getHeaderString(HttpHeaders.LOCATION),
                        type == null ? null : type.toString(),
                        body);
                if (body != null) {
                    response.setEntity(body, response.getEntityAnnotations(), type);
                }
            }
            tx.commit();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "idempotent request did not commit", e);
            rollbackQuietly(tx);
            replaceWith(response, concurrentProblem());
        }
    }

    // --- helpers

    private Response answerTo(IdempotencyRecords.Request asked, IdempotencyRecords.Stored stored) {
        if (!asked.sameAs(stored)) {
            return problems.response(
                    new Refusal(
                            422,
                            "idempotency-key-reused",
                            "refusal.idempotencyKey.reused",
                            java.util.List.of()));
        }
        if (stored.status() == null) {
            return inProgress();
        }
        Response.ResponseBuilder replay = Response.status(stored.status());
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.body() != null) {
            replay.entity(stored.body());
            if (stored.contentType() != null) {
                replay.type(stored.contentType());
            }
        }
        return replay.build();
    }

    /** 409: the first request with this key is still running; try again in a second. */
    private Response inProgress() {
        return Response.fromResponse(
                        problems.of(
                                        409,
                                        "idempotency-key-in-progress",
                                        "problem.status.409",
                                        "refusal.idempotencyKey.inProgress")
                                .toResponse())
                .header("Retry-After", 1)
                .build();
    }

    private Problem concurrentProblem() {
        return problems.of(
                409, "concurrent-update", "problem.status.409", "refusal.concurrentUpdate");
    }

    private static void replaceWith(ContainerResponseContext response, Problem problem) {
        response.setStatus(problem.status());
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.setEntity(problem, new Annotation[0], Problem.MEDIA);
    }

    /** The answer's body as sent: text as it is, anything JSON through the application's JSON-B. */
    private String bodyOf(ContainerResponseContext response) {
        if (!response.hasEntity()) {
            return null;
        }
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        if (entity instanceof String text) {
            return text;
        }
        if (type == null
                || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return null;
        }
        ContextResolver<Jsonb> resolver =
                providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE);
        Jsonb jsonb = resolver == null ? null : resolver.getContext(entity.getClass());
        if (jsonb == null) {
            return null;
        }
        return jsonb.toJson(entity, response.getEntityType());
    }

    private boolean fresh(IdempotencyRecords.Stored stored, long nowMs) {
        return stored.createdMs() >= nowMs - IdempotencyRecords.KEPT.toMillis();
    }

    private String callerOf(ContainerRequestContext request) {
        Principal principal =
                request.getSecurityContext() == null
                        ? null
                        : request.getSecurityContext().getUserPrincipal();
        if (principal == null && servletRequest != null) {
            principal = servletRequest.getUserPrincipal();
        }
        if (principal != null) {
            return "account:" + principal.getName();
        }
        String source = servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
        return "source:" + source;
    }

    /** A second claim of a key another transaction has committed (SQLSTATE 23505). */
    static boolean isKeyClash(Throwable failure) {
        return sqlStates(failure).anyMatch("23505"::equals);
    }

    /**
     * The database stopped waiting for the other claim: H2's lock timeout (HYT00) or its concurrent
     * update (90131), PostgreSQL's lock timeout (55P03) or serialisation (40001).
     */
    static boolean isLockWait(Throwable failure) {
        return sqlStates(failure)
                .anyMatch(
                        s ->
                                s.equals("HYT00")
                                        || s.equals("55P03")
                                        || s.equals("40001")
                                        || s.equals("90131"));
    }

    private static java.util.stream.Stream<String> sqlStates(Throwable failure) {
        java.util.List<String> states = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null) {
                        states.add(s.getSQLState());
                    }
                    if (s.getErrorCode() == 90131) {
                        states.add("90131");
                    }
                }
            }
        }
        return states.stream();
    }

    private static UserTransaction userTransaction() {
        try {
            return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        } catch (NamingException e) {
            try {
                return (UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
            } catch (NamingException again) {
                throw new IllegalStateException("no UserTransaction", again);
            }
        }
    }

    private static void rollbackQuietly(UserTransaction tx) {
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "rollback failed", e);
        }
    }
}
