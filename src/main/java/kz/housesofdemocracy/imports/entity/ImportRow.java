package kz.housesofdemocracy.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** What the last pass found for one row of a file (1 = the first row under the headers). */
@Entity
@Table(name = "import_row")
@IdClass(ImportRow.Key.class)
public class ImportRow {

    /** Arguments are kept joined by this character, which no cell of a row may hold. */
    private static final String SEPARATOR = "\u001f";

    /** The primary key: job and row number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long jobId;
        private Integer rowNumber;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(jobId, k.jobId)
                    && java.util.Objects.equals(rowNumber, k.rowNumber);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(jobId, rowNumber);
        }
    }

    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Id
    @Column(name = "row_number")
    private Integer rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private RowOutcome outcome;

    @Column(name = "reason_key", length = 100)
    private String reasonKey;

    @Column(name = "reason_args", length = 2000)
    private String reasonArgs;

    @Column(name = "summary", length = 500)
    private String summary;

    protected ImportRow() {}

    public ImportRow(long jobId, int rowNumber, RowCheck check) {
        this.jobId = jobId;
        this.rowNumber = rowNumber;
        this.outcome = check.outcome();
        this.reasonKey = check.reasonKey();
        this.reasonArgs =
                check.reasonArgs().isEmpty()
                        ? null
                        : clip(String.join(SEPARATOR, check.reasonArgs()), 2000);
        this.summary = check.summary() == null ? null : clip(check.summary(), 500);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public int rowNumber() {
        return rowNumber;
    }

    public RowOutcome outcome() {
        return outcome;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public List<String> reasonArgs() {
        return reasonArgs == null ? List.of() : Arrays.asList(reasonArgs.split(SEPARATOR, -1));
    }

    public String summary() {
        return summary;
    }
}
