package kz.housesofdemocracy.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.imports.entity.ImportJob;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.ImportMapping;
import kz.housesofdemocracy.imports.entity.ImportRow;
import kz.housesofdemocracy.imports.entity.RowOutcome;
import kz.housesofdemocracy.platform.Refusal;

/** Finding jobs and their rows; a job is seen by the person who uploaded it and administrators. */
@ApplicationScoped
public class ImportJobs {

    public static final String FOLDER = "imports";

    @PersistenceContext private EntityManager em;

    /** The job, if the caller may see it (404 otherwise: another's job is not even there). */
    public ImportJob job(Caller caller, long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null
                || (job.startedBy() != caller.accountId() && !caller.holds(Role.NATIONAL_ADMIN))) {
            throw Refusal.notFound("refusal.import.notFound", id);
        }
        return job;
    }

    public ImportJob locked(long id) {
        return em.find(ImportJob.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public List<ImportRow> rows(long jobId, RowOutcome only, int first, int max) {
        TypedQuery<ImportRow> q =
                em.createQuery(
                        "SELECT r FROM ImportRow r WHERE r.jobId = :job"
                                + (only == null ? "" : " AND r.outcome = :outcome")
                                + " ORDER BY r.rowNumber",
                        ImportRow.class);
        q.setParameter("job", jobId);
        if (only != null) {
            q.setParameter("outcome", only);
        }
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Forgets the rows of a job from {@code fromRow} on (a pass writes them again). */
    public void forgetRows(long jobId, int fromRow, int throughRow) {
        em.createQuery(
                        "DELETE FROM ImportRow r WHERE r.jobId = :job AND r.rowNumber >= :from"
                                + " AND r.rowNumber <= :through")
                .setParameter("job", jobId)
                .setParameter("from", fromRow)
                .setParameter("through", throughRow)
                .executeUpdate();
    }

    public void store(ImportRow row) {
        em.persist(row);
    }

    public void store(ImportJob job) {
        em.persist(job);
    }

    public Map<String, String> rememberedMapping(long accountId, ImportKind kind) {
        ImportMapping m = em.find(ImportMapping.class, new ImportMapping.Key(accountId, kind));
        return JobJson.texts(m == null ? null : m.mapping());
    }

    public void remember(long accountId, ImportKind kind, Map<String, String> texts) {
        String json = JobJson.texts(texts);
        ImportMapping m = em.find(ImportMapping.class, new ImportMapping.Key(accountId, kind));
        if (m == null) {
            em.persist(new ImportMapping(accountId, kind, json));
        } else {
            m.remember(json);
        }
    }
}
