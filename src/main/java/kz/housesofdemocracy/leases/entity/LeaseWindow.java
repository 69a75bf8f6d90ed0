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
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;

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

    /**
     * A new window, refused unless its dates make sense on the day it is opened: all given, closing
     * after opening and not in the past, for leases from a 1 January after it closes.
     */
    public static LeaseWindow open(
            String regionCode,
            LocalDate opensOn,
            LocalDate closesOn,
            LocalDate leaseStart,
            Long createdBy,
            LocalDate today,
            Instant now) {
        InputCheck.start()
                .present("opensOn", opensOn)
                .present("closesOn", closesOn)
                .present("leaseStart", leaseStart)
                .orRefuse();
        InputCheck.start()
                .when(closesOn.isBefore(opensOn), "closesOn", "lease.window.problem.order")
                .when(closesOn.isBefore(today), "closesOn", "lease.window.problem.past")
                .when(
                        !LeaseTerms.startsOnFirstOfJanuary(leaseStart),
                        "leaseStart",
                        "lease.problem.january")
                .when(!closesOn.isBefore(leaseStart), "leaseStart", "lease.window.problem.start")
                .orRefuse();
        return new LeaseWindow(regionCode, opensOn, closesOn, leaseStart, createdBy, now);
    }

    /** The days on which NGOs may apply. */
    public DateSpan days() {
        return DateSpan.of(opensOn, closesOn);
    }

    public boolean isOpenOn(LocalDate day) {
        return days().contains(day);
    }

    public boolean overlaps(DateSpan other) {
        return days().overlaps(other);
    }

    /** Refuses an application sent on a day the window is not open. */
    public void refuseUnlessOpenOn(LocalDate day) {
        if (!isOpenOn(day)) {
            throw closed();
        }
    }

    /** The refusal naming the window's dates, for an application outside them. */
    public Refusal closed() {
        return Refusal.invalid("houseId", "lease.problem.window", opensOn, closesOn);
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
