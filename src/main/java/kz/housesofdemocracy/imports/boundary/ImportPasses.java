package kz.housesofdemocracy.imports.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.imports.control.FileFormat;
import kz.housesofdemocracy.imports.control.ImportJobs;
import kz.housesofdemocracy.imports.control.ImportKinds;
import kz.housesofdemocracy.imports.control.ImportScope;
import kz.housesofdemocracy.imports.control.JobJson;
import kz.housesofdemocracy.imports.control.RowKind;
import kz.housesofdemocracy.imports.entity.ImportJob;
import kz.housesofdemocracy.imports.entity.ImportRow;
import kz.housesofdemocracy.imports.entity.RowCheck;
import kz.housesofdemocracy.platform.files.StoredFiles;

/**
 * The steps of a background pass, each in its own transaction: a batch of rows commits whole with
 * the job's progress (and, applying, the last row it wrote), so a pass that stops keeps what it did
 * and resumes after it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportPasses {

    @Inject private ImportJobs jobs;
    @Inject private ImportKinds kinds;
    @Inject private StoredFiles files;
    @Inject private AuditTrail audit;
    @Inject private Clock clock;

    /** What a pass reads: the file, how, which column holds which field, where it resumes. */
    public record Plan(
            long jobId,
            Path file,
            FileFormat format,
            Map<String, Integer> mapping,
            RowKind kind,
            ImportScope scope,
            int resumeAfter,
            boolean apply) {}

    /** One row of the file: its number (1 = first under the headers) and values by field. */
    public record Row(int number, Map<String, String> values) {}

    public Plan plan(long jobId, Caller caller, boolean apply) {
        ImportJob job = jobs.locked(jobId);
        FileFormat format =
                FileFormat.CSV.equals(job.fileType())
                        ? FileFormat.csv(Charset.forName(job.charset()), job.delimiter().charAt(0))
                        : FileFormat.xlsx();
        return new Plan(
                jobId,
                files.path(ImportJobs.FOLDER, job.fileKey()),
                format,
                JobJson.columns(job.mapping()),
                kinds.of(job.kind()),
                new ImportScope(caller, job.regionCode(), job.houseId(), clock.instant()),
                apply ? job.appliedThrough() : 0,
                apply);
    }

    /**
     * Checks (and, applying, writes) a batch of rows; their outcomes replace what an earlier pass
     * found for them. {@code keysSeen} carries the file's keys from batch to batch.
     */
    public void batch(Plan plan, List<Row> rows, Set<String> keysSeen) {
        if (rows.isEmpty()) {
            return;
        }
        ImportJob job = jobs.locked(plan.jobId());
        int last = rows.get(rows.size() - 1).number();
        jobs.forgetRows(plan.jobId(), rows.get(0).number(), last);
        for (Row row : rows) {
            RowCheck check = plan.kind().check(plan.scope(), row.values(), keysSeen);
            if (plan.apply() && check.writes()) {
                plan.kind().apply(plan.scope(), row.values());
            }
            jobs.store(new ImportRow(plan.jobId(), row.number(), check));
            job.count(check.outcome());
        }
        if (plan.apply()) {
            job.appliedThrough(last);
        }
    }

    /** Rows an earlier apply committed: only their keys are wanted again (nothing is stored). */
    public void keysOf(Plan plan, List<Row> rows, Set<String> keysSeen) {
        for (Row row : rows) {
            plan.kind().check(plan.scope(), row.values(), keysSeen);
        }
    }

    /** Ends the pass; an apply is audited as one import with its file's hash and counts. */
    public void finish(Plan plan) {
        ImportJob job = jobs.locked(plan.jobId());
        job.finish(clock.instant());
        if (plan.apply()) {
            audit.record(
                    plan.scope().caller(),
                    "import.applied",
                    Subject.of("import", job.id(), job.regionCode()),
                    String.format(
                            "%s %s sha256=%s rows=%d created=%d updated=%d unchanged=%d"
                                    + " refused=%d",
                            job.kind(),
                            job.fileName(),
                            job.fileHash(),
                            job.done(),
                            job.created(),
                            job.updated(),
                            job.unchanged(),
                            job.refused()));
        }
    }

    public void fail(long jobId, String errorKey) {
        ImportJob job = jobs.locked(jobId);
        if (job.status().running()) {
            job.fail(errorKey, clock.instant());
        }
    }
}
