package kz.housesofdemocracy.leases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The dates in which a region's NGOs apply for offices, for leases from the next 1 January. */
@Entity
@Table(name = "lease_window")
public class LeaseWindow {

    @Id
    @SequenceGenerator(
            name = "lease_window_seq",
            sequenceName = "lease_window_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lease_window_seq")
    private Long id;

    @Column(name = "region_code", nullable = false, length = 5)
    private String regionCode;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "lease_start", nullable = false)
    private LocalDate leaseStart;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LeaseWindow() {}

    public LeaseWindow(
            String regionCode,
            LocalDate opensOn,
            LocalDate closesOn,
            LocalDate leaseStart,
            Long createdBy,
            Instant now) {
        this.regionCode = regionCode;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.leaseStart = leaseStart;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(closesOn) && !to.isBefore(opensOn);
    }

    public Long id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public LocalDate leaseStart() {
        return leaseStart;
    }
}
