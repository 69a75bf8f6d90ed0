package kz.housesofdemocracy.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.audit.entity.AuditEntry;

/**
 * Writes the audit trail inside the caller's transaction: an action and its audit line commit or
 * roll back together. Boundaries call it for every decision and every security event.
 */
@Dependent
public class AuditTrail {

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private jakarta.enterprise.inject.Instance<HttpServletRequest> request;

    /** What was acted on: its type, id and region (any may be null). */
    public record Subject(String type, String id, String regionCode) {
        public static Subject of(String type, Object id, String regionCode) {
            return new Subject(type, id == null ? null : id.toString(), regionCode);
        }

        public static Subject none() {
            return new Subject(null, null, null);
        }
    }

    public void record(Caller actor, String action, Subject subject, String detail) {
        record(
                actor == null ? null : actor.accountId(),
                actor == null ? null : actor.email(),
                action,
                subject,
                detail);
    }

    public void record(
            Long actorId, String actorEmail, String action, Subject subject, String detail) {
        em.persist(
                new AuditEntry(
                        clock.instant(),
                        actorId,
                        actorEmail,
                        action,
                        subject.type(),
                        subject.id(),
                        subject.regionCode(),
                        detail,
                        sourceAddress()));
    }

    private String sourceAddress() {
        try {
            return request.isResolvable() ? request.get().getRemoteAddr() : null;
        } catch (RuntimeException noRequest) {
            return null;
        }
    }
}
