package kz.housesofdemocracy.imports.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.imports.control.HeaderMatch;
import kz.housesofdemocracy.imports.control.ImportFiles;
import kz.housesofdemocracy.imports.control.ImportJobs;
import kz.housesofdemocracy.imports.control.ImportKinds;
import kz.housesofdemocracy.imports.control.ImportPassStarted;
import kz.housesofdemocracy.imports.control.JobJson;
import kz.housesofdemocracy.imports.control.RefusedWorkbook;
import kz.housesofdemocracy.imports.control.RowKind;
import kz.housesofdemocracy.imports.control.RowTexts;
import kz.housesofdemocracy.imports.entity.ImportField;
import kz.housesofdemocracy.imports.entity.ImportJob;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.RowOutcome;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.entity.House;

/**
 * Imports of files (the façade pages and REST call): upload, map the columns, dry run, apply, read
 * back. NGOs: national administrators (any region) and akimat approvers (their region: rows of
 * other regions are refused one by one with their reason); rooms, offices and leases: the House's
 * managers and administrators. The passes run in the background ({@link ImportWorker}).
 */
@Stateless
public class Imports {

    @PersistenceContext private EntityManager em;
    @Inject private ImportJobs jobs;
    @Inject private ImportKinds kinds;
    @Inject private ImportFiles files;
    @Inject private ImportWorker worker;
    @Inject private RefusedWorkbook refusedWorkbook;
    @Inject private Event<ImportPassStarted> passStarted;
    @Inject private java.time.Clock clock;

    public ImportJobView upload(
            Caller c, ImportKind kind, Long houseId, String fileName, InputStream in) {
        String region = mayImport(c, kind, houseId);
        RowKind rows = kinds.of(kind);
        ImportJob.Upload upload = files.store(kind, houseId, region, fileName, in);
        List<String> headers = JobJson.list(upload.headers());
        Map<String, Integer> mapping =
                HeaderMatch.map(
                        rows.fields(), headers, jobs.rememberedMapping(c.accountId(), kind));
        ImportJob job =
                new ImportJob(upload, JobJson.columns(mapping), c.accountId(), clock.instant());
        jobs.store(job);
        em.flush();
        return view(job);
    }

    /** Maps fields to column indexes (0-based); remembered per account and kind. */
    public ImportJobView map(Caller c, long jobId, Map<String, Integer> columnOfField) {
        ImportJob job = jobs.locked(jobs.job(c, jobId).id());
        List<String> headers = JobJson.list(job.headers());
        List<ImportField> fields = kinds.of(job.kind()).fields();
        InputCheck check = InputCheck.start();
        Set<Integer> used = new HashSet<>();
        Map<String, Integer> mapping = columnOfField == null ? Map.of() : columnOfField;
        mapping.forEach(
                (field, column) -> {
                    check.when(
                            fields.stream().noneMatch(f -> f.key().equals(field)),
                            field,
                            "validation.import.unknownField");
                    check.when(
                            column == null || column < 0 || column >= headers.size(),
                            field,
                            "validation.import.column");
                    check.when(
                            column != null && !used.add(column),
                            field,
                            "validation.import.columnTwice");
                });
        check.orRefuse();
        job.remap(JobJson.columns(mapping));
        jobs.remember(c.accountId(), job.kind(), HeaderMatch.remember(mapping, headers));
        return view(job);
    }

    /** Starts the background check; returns at once. */
    public ImportJobView dryRun(Caller c, long jobId) {
        ImportJob job = jobs.locked(jobs.job(c, jobId).id());
        Map<String, Integer> mapping = JobJson.columns(job.mapping());
        InputCheck check = InputCheck.start();
        for (ImportField f : kinds.of(job.kind()).fields()) {
            check.when(
                    f.required() && !mapping.containsKey(f.key()),
                    f.key(),
                    "validation.import.unmapped");
        }
        check.orRefuse();
        refuseIfRunning(job);
        job.startDryRun();
        jobs.forgetRows(job.id(), 0, Integer.MAX_VALUE);
        passStarted.fire(new ImportPassStarted(job.id(), c, false));
        return view(job);
    }

    /** Starts (or resumes) the background apply; returns at once. */
    public ImportJobView apply(Caller c, long jobId) {
        ImportJob job = jobs.locked(jobs.job(c, jobId).id());
        refuseIfRunning(job);
        job.startApply();
        passStarted.fire(new ImportPassStarted(job.id(), c, true));
        return view(job);
    }

    public ImportJobView job(Caller c, long jobId) {
        return view(jobs.job(c, jobId));
    }

    /** The checked rows, in file order, their words in this language; null = all outcomes. */
    public List<ImportRowView> rows(
            Caller c, long jobId, RowOutcome onlyThis, int first, int max, Locale locale) {
        ImportJob job = jobs.job(c, jobId);
        return jobs
                .rows(job.id(), onlyThis, Math.max(0, first), Math.min(Math.max(max, 0), 1000))
                .stream()
                .map(
                        r ->
                                new ImportRowView(
                                        r.rowNumber(),
                                        r.outcome(),
                                        r.reasonKey(),
                                        r.reasonArgs(),
                                        RowTexts.reason(locale, r.reasonKey(), r.reasonArgs()),
                                        RowTexts.summary(locale, r.summary())))
                .toList();
    }

    /** Writes an XLSX of the refused rows (their cells as uploaded) with a reason column. */
    public void refusedWorkbook(Caller c, long jobId, Locale locale, OutputStream out) {
        ImportJob job = jobs.job(c, jobId);
        refusedWorkbook.write(job, locale, out);
    }

    /** Who may import what: the region they import into (null = any), or a refusal. */
    private String mayImport(Caller c, ImportKind kind, Long houseId) {
        if (c == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        if (!kind.perHouse()) {
            AccessPolicy.require(c, Action.IMPORT_NGOS, Scope.national());
            if (c.holds(Role.NATIONAL_ADMIN)) {
                return null;
            }
            return c.grants().stream()
                    .filter(g -> g.role() == Role.AKIMAT_APPROVER)
                    .map(Caller.Grant::regionCode)
                    .findFirst()
                    .orElse(null);
        }
        if (houseId == null) {
            throw Refusal.invalid("houseId", "validation.required");
        }
        House house = em.find(House.class, houseId);
        if (house == null) {
            throw Refusal.notFound("problem.house.notFound", houseId);
        }
        AccessPolicy.require(c, Action.MANAGE_HOUSE, Scope.house(houseId, house.region().code()));
        return house.region().code();
    }

    private void refuseIfRunning(ImportJob job) {
        if (job.status().running() && worker.isRunning(job.id())) {
            throw Refusal.conflict("import-busy", "refusal.import.busy");
        }
    }

    private ImportJobView view(ImportJob job) {
        return new ImportJobView(
                job.id(),
                job.kind(),
                job.status(),
                job.fileName(),
                job.fileHash(),
                JobJson.list(job.headers()),
                JobJson.columns(job.mapping()),
                kinds.of(job.kind()).fields(),
                job.total(),
                job.done(),
                job.created(),
                job.updated(),
                job.unchanged(),
                job.refused(),
                job.errorKey());
    }
}
