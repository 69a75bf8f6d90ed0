package kz.housesofdemocracy.ngos.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.platform.Refusal;

/**
 * An NGO's annual filing to the national NGO database for one year (due by 31 March of the next):
 * the main evidence that the NGO is alive. Counts once staff have verified it.
 */
@Entity
@Table(name = "annual_filing")
public class AnnualFiling {

    @Id
    @SequenceGenerator(
            name = "annual_filing_seq",
            sequenceName = "annual_filing_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_filing_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ngo_id", nullable = false)
    private Ngo ngo;

    @Column(name = "filing_year", nullable = false)
    private int year;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "reference", nullable = false, length = 60)
    private String reference;

    @Column(name = "receipt_key", length = 80)
    private String receiptKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private FilingStatus status = FilingStatus.PENDING;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AnnualFiling() {}

    public AnnualFiling(
            Ngo ngo,
            int year,
            LocalDate filedOn,
            String reference,
            String receiptKey,
            Instant now) {
        this.ngo = ngo;
        this.year = year;
        this.filedOn = filedOn;
        this.reference = reference.strip();
        this.receiptKey = receiptKey;
        this.createdAt = now;
    }

    /** Staff's decision on a filing still waiting for one; refusing needs a reason. */
    public void decide(boolean verified, String reason, Instant now) {
        Reasons.check(verified, reason);
        requireWaiting();
        status = verified ? FilingStatus.VERIFIED : FilingStatus.REFUSED;
        decisionNote = reason == null || reason.isBlank() ? null : reason.strip();
        decidedAt = now;
    }

    /** Attaches (or replaces) the receipt while the filing still waits for staff. */
    public void attachReceipt(String key) {
        requireWaiting();
        receiptKey = key;
    }

    /** Refuses once staff have decided: a decided filing is neither decided again nor changed. */
    public void requireWaiting() {
        if (status != FilingStatus.PENDING) {
            throw Refusal.conflict("decided", "refusal.filing.decided");
        }
    }

    public Long id() {
        return id;
    }

    public Ngo ngo() {
        return ngo;
    }

    public int year() {
        return year;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public String reference() {
        return reference;
    }

    public String receiptKey() {
        return receiptKey;
    }

    public FilingStatus status() {
        return status;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
