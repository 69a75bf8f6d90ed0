package kz.housesofdemocracy.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail: who did what, when, to which object, in which region, and why.
 * Append-only: every column is insert-only and the class has no way to change a line.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(
            name = "audit_entry_seq",
            sequenceName = "audit_entry_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_email", length = 254, updatable = false)
    private String actorEmail;

    @Column(name = "action", nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "object_type", length = 40, updatable = false)
    private String objectType;

    @Column(name = "object_id", length = 60, updatable = false)
    private String objectId;

    @Column(name = "region_code", length = 5, updatable = false)
    private String regionCode;

    @Column(name = "detail", length = 2000, updatable = false)
    private String detail;

    @Column(name = "source_address", length = 45, updatable = false)
    private String sourceAddress;

    protected AuditEntry() {}

    public AuditEntry(
            Instant at,
            Long actorId,
            String actorEmail,
            String action,
            String objectType,
            String objectId,
            String regionCode,
            String detail,
            String sourceAddress) {
        this.at = at;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.regionCode = regionCode;
        this.detail =
                detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        this.sourceAddress = sourceAddress;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public Long actorId() {
        return actorId;
    }

    public String actorEmail() {
        return actorEmail;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String detail() {
        return detail;
    }

    public String sourceAddress() {
        return sourceAddress;
    }
}
