package kz.housesofdemocracy.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.platform.Refusal;

/**
 * One uploaded file and what was done with it: how to read it, which column holds which field, and
 * the progress of its dry run or apply. {@code appliedThrough} is the last row the apply pass
 * committed: a pass that stopped resumes after it.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** From which statuses each may be reached (the transition table). */
    private static final Map<ImportStatus, Set<ImportStatus>> FROM =
            Map.of(
                    ImportStatus.UPLOADED, EnumSet.noneOf(ImportStatus.class),
                    ImportStatus.DRY_RUNNING,
                            EnumSet.of(
                                    ImportStatus.UPLOADED,
                                    ImportStatus.CHECKED,
                                    ImportStatus.FAILED),
                    ImportStatus.CHECKED, EnumSet.of(ImportStatus.DRY_RUNNING),
                    ImportStatus.APPLYING,
                            EnumSet.of(
                                    ImportStatus.CHECKED,
                                    ImportStatus.APPLYING,
                                    ImportStatus.FAILED),
                    ImportStatus.APPLIED, EnumSet.of(ImportStatus.APPLYING),
                    ImportStatus.FAILED,
                            EnumSet.of(ImportStatus.DRY_RUNNING, ImportStatus.APPLYING));

    @Id
    @SequenceGenerator(
            name = "import_job_seq",
            sequenceName = "import_job_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ImportStatus status = ImportStatus.UPLOADED;

    @Column(name = "house_id")
    private Long houseId;

    @Column(name = "region_code", length = 5)
    private String regionCode;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "file_hash", nullable = false, length = 64)
    private String fileHash;

    @Column(name = "file_key", nullable = false, length = 80)
    private String fileKey;

    @Column(name = "file_type", nullable = false, length = 4)
    private String fileType;

    @Column(name = "charset", length = 20)
    private String charset;

    @Column(name = "delimiter", length = 1)
    private String delimiter;

    @Column(name = "headers", nullable = false, length = 20000)
    private String headers;

    @Column(name = "mapping", nullable = false, length = 4000)
    private String mapping;

    @Column(name = "total", nullable = false)
    private int total;

    @Column(name = "done", nullable = false)
    private int done;

    @Column(name = "created", nullable = false)
    private int created;

    @Column(name = "updated", nullable = false)
    private int updated;

    @Column(name = "unchanged", nullable = false)
    private int unchanged;

    @Column(name = "refused", nullable = false)
    private int refused;

    @Column(name = "applied_through", nullable = false)
    private int appliedThrough;

    @Column(name = "error_key", length = 100)
    private String errorKey;

    @Column(name = "started_by", nullable = false)
    private long startedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ImportJob() {}

    /** What an upload found out about its file. */
    public record Upload(
            ImportKind kind,
            Long houseId,
            String regionCode,
            String fileName,
            String fileHash,
            String fileKey,
            String fileType,
            String charset,
            String delimiter,
            String headers,
            int total) {}

    public ImportJob(Upload u, String mapping, long startedBy, Instant now) {
        this.kind = u.kind();
        this.houseId = u.houseId();
        this.regionCode = u.regionCode();
        this.fileName = u.fileName();
        this.fileHash = u.fileHash();
        this.fileKey = u.fileKey();
        this.fileType = u.fileType();
        this.charset = u.charset();
        this.delimiter = u.delimiter();
        this.headers = u.headers();
        this.total = u.total();
        this.mapping = mapping;
        this.startedBy = startedBy;
        this.createdAt = now;
    }

    /** A new mapping; only while no pass runs and nothing was applied. */
    public void remap(String mapping) {
        if (status.running() || status == ImportStatus.APPLIED || appliedThrough > 0) {
            throw Refusal.conflict("import-busy", "refusal.import.busy");
        }
        this.mapping = mapping;
        this.status = ImportStatus.UPLOADED;
        resetCounts();
    }

    /** Starts a dry run: counts start again. */
    public void startDryRun() {
        move(ImportStatus.DRY_RUNNING);
        if (appliedThrough > 0) {
            throw Refusal.conflict("import-busy", "refusal.import.busy");
        }
        resetCounts();
        errorKey = null;
    }

    /** Starts (or resumes after {@code appliedThrough}) the apply pass. */
    public void startApply() {
        move(ImportStatus.APPLYING);
        if (appliedThrough == 0) {
            resetCounts();
        }
        errorKey = null;
    }

    /** Adds what one batch found or did. */
    public void count(RowOutcome outcome) {
        done++;
        switch (outcome) {
            case CREATE -> created++;
            case UPDATE -> updated++;
            case UNCHANGED -> unchanged++;
            case REFUSE -> refused++;
        }
    }

    /** Marks the rows up to {@code rowNumber} as applied (committed with the batch). */
    public void appliedThrough(int rowNumber) {
        this.appliedThrough = rowNumber;
    }

    public void finish(Instant now) {
        move(status == ImportStatus.DRY_RUNNING ? ImportStatus.CHECKED : ImportStatus.APPLIED);
        total = done;
        finishedAt = now;
    }

    public void fail(String key, Instant now) {
        move(ImportStatus.FAILED);
        errorKey = key;
        finishedAt = now;
    }

    private void move(ImportStatus to) {
        if (!FROM.get(to).contains(status)) {
            throw Refusal.conflict("import-status", "refusal.import.status", status.name());
        }
        status = to;
    }

    private void resetCounts() {
        done = 0;
        created = 0;
        updated = 0;
        unchanged = 0;
        refused = 0;
    }

    public Long id() {
        return id;
    }

    public ImportKind kind() {
        return kind;
    }

    public ImportStatus status() {
        return status;
    }

    public Long houseId() {
        return houseId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String fileName() {
        return fileName;
    }

    public String fileHash() {
        return fileHash;
    }

    public String fileKey() {
        return fileKey;
    }

    public String fileType() {
        return fileType;
    }

    public String charset() {
        return charset;
    }

    public String delimiter() {
        return delimiter;
    }

    public String headers() {
        return headers;
    }

    public String mapping() {
        return mapping;
    }

    public int total() {
        return total;
    }

    public int done() {
        return done;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int refused() {
        return refused;
    }

    public int appliedThrough() {
        return appliedThrough;
    }

    public String errorKey() {
        return errorKey;
    }

    public long startedBy() {
        return startedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
