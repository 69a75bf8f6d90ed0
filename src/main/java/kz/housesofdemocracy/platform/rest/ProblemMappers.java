package kz.housesofdemocracy.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.housesofdemocracy.platform.Refusal;

/** Every failure under /api leaves as a problem body with the right status; nothing leaks. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /**
     * The refusal behind a failure, if any: a refusal raised while a body is read (see {@link
     * StrictJson}) reaches the mappers wrapped by RESTEasy, or by the EJB container from a bean.
     */
    static Refusal refusalIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    @Provider
    public static class Refused implements ExceptionMapper<Refusal> {
        @Inject private Problems problems;

        @Override
        public Response toResponse(Refusal refusal) {
            return problems.response(refusal);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Inject private Problems problems;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Refusal refusal = refusalIn(exception);
            if (refusal != null) {
                return problems.response(refusal);
            }
            int status = exception.getResponse().getStatus();
            Problem problem;
            if (exception instanceof NotFoundException) {
                problem =
                        problems.of(
                                404,
                                "not-found",
                                "problem.notFound.title",
                                "problem.notFound.detail");
            } else if (exception instanceof NotAllowedException) {
                problem =
                        problems.of(
                                405,
                                "method-not-allowed",
                                "problem.notAllowed.title",
                                "problem.badRequest.detail");
            } else if (status >= 500) {
                LOG.log(Level.SEVERE, "REST call failed", exception);
                problem =
                        problems.of(
                                status,
                                "server-error",
                                "problem.server.title",
                                "problem.server.detail");
            } else {
                problem =
                        problems.of(
                                status,
                                "bad-request",
                                "problem.badRequest.title",
                                "problem.badRequest.detail");
            }
            return problem.toResponse();
        }
    }

    /** A body that cannot be read (malformed JSON, wrong types) is the caller's mistake: 400. */
    @Provider
    public static class Unreadable implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Inject private Problems problems;

        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException exception) {
            Refusal refusal = refusalIn(exception);
            if (refusal != null) {
                return problems.response(refusal);
            }
            LOG.log(Level.FINE, "unreadable request", exception);
            return problems.of(
                            400,
                            "bad-request",
                            "problem.badRequest.title",
                            "problem.badRequest.detail")
                    .toResponse();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Inject private Problems problems;

        @Override
        public Response toResponse(RuntimeException exception) {
            Refusal refusal = refusalIn(exception);
            if (refusal != null) {
                return problems.response(refusal);
            }
            LOG.log(Level.SEVERE, "REST call failed", exception);
            return problems.of(500, "server-error", "problem.server.title", "problem.server.detail")
                    .toResponse();
        }
    }
}
