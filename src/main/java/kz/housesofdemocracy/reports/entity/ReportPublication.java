package kz.housesofdemocracy.reports.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A published annual report: the JSON of its aggregates as they stood when published. It is never
 * changed; publishing the year again adds a version with a reason.
 */
@Entity
@Table(name = "report_publication")
public class ReportPublication {

    @Id
    @SequenceGenerator(
            name = "report_publication_seq",
            sequenceName = "report_publication_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_publication_seq")
    private Long id;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "reason", length = 2000, updatable = false)
    private String reason;

    @Column(name = "published_by", nullable = false, updatable = false)
    private long publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    /** A plain long text column (not a LOB): the same on H2 and PostgreSQL. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body", nullable = false, updatable = false, length = 10_000_000)
    private String body;

    protected ReportPublication() {}

    public ReportPublication(
            int year,
            int version,
            String reason,
            long publishedBy,
            Instant publishedAt,
            String body) {
        this.year = year;
        this.version = version;
        this.reason = reason;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.body = body;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public int version() {
        return version;
    }

    public String reason() {
        return reason;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String body() {
        return body;
    }
}
