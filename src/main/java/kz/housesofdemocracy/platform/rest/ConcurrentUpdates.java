package kz.housesofdemocracy.platform.rest;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.housesofdemocracy.platform.Refusal;

/**
 * Two requests changed the same row at once and the database kept the first: the second is a 409
 * conflict ("changed by someone else meanwhile, try again"), never a 500. Any other failure these
 * mappers meet stays a 500, as {@link ProblemMappers.Unexpected} answers it.
 */
public final class ConcurrentUpdates {

    private static final Logger LOG = Logger.getLogger(ConcurrentUpdates.class.getName());

    private ConcurrentUpdates() {}

    /** Whether an optimistic-lock failure (JPA's or the provider's own) is behind the failure. */
    public static boolean isConcurrentUpdate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    static Response answer(Problems problems, RuntimeException failure) {
        Refusal refusal = ProblemMappers.refusalIn(failure);
        if (refusal != null) {
            return problems.response(refusal);
        }
        if (isConcurrentUpdate(failure)) {
            LOG.log(Level.FINE, "concurrent update", failure);
            return problems.of(
                            409,
                            "concurrent-update",
                            "problem.status.409",
                            "refusal.concurrentUpdate")
                    .toResponse();
        }
        LOG.log(Level.SEVERE, "REST call failed", failure);
        return problems.of(500, "server-error", "problem.server.title", "problem.server.detail")
                .toResponse();
    }

    /** A failure inside a façade reaches REST wrapped by the EJB container. */
    @Provider
    public static class FromBeans implements ExceptionMapper<EJBException> {
        @Inject private Problems problems;

        @Override
        public Response toResponse(EJBException exception) {
            return answer(problems, exception);
        }
    }

    /** A failure outside any bean (a flush or commit the resource itself caused). */
    @Provider
    public static class FromPersistence implements ExceptionMapper<PersistenceException> {
        @Inject private Problems problems;

        @Override
        public Response toResponse(PersistenceException exception) {
            return answer(problems, exception);
        }
    }
}
