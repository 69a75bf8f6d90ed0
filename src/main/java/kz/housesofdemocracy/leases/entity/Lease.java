package kz.housesofdemocracy.leases.entity;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;

/**
 * An application for an office and, once approved, the lease it becomes. Every change of state goes
 * through {@link #move}, which allows only the transitions of {@link LeaseStatus} and refuses the
 * others with the reason a person reads; the version makes two deciders at once end with one
 * winner.
 */
@Entity
@Table(name = "lease")
public class Lease {

    @Id
    @SequenceGenerator(name = "lease_seq", sequenceName = "lease_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lease_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "window_id", nullable = false)
    private LeaseWindow window;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ngo_id", nullable = false)
    private Ngo ngo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "house_id", nullable = false)
    private House house;

    /** The office applied for; null for "any office of this House" until approval picks one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    @Column(name = "years", nullable = false)
    private int years;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "purpose", nullable = false, length = 4000)
    private String purpose;

    @Column(name = "staff_count", nullable = false)
    private int staffCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private LeaseStatus status = LeaseStatus.DRAFT;

    @Column(name = "renewal_of")
    private Long renewalOf;

    @Column(name = "monthly_rent_kzt", precision = 14, scale = 2)
    private BigDecimal monthlyRent;

    @Column(name = "subsidy_percent")
    private Integer subsidyPercent;

    @Column(name = "monthly_payment_kzt", precision = 14, scale = 2)
    private BigDecimal monthlyPayment;

    @Column(name = "recommendation", length = 2000)
    private String recommendation;

    @Column(name = "recommended_by")
    private Long recommendedBy;

    @Column(name = "recommended_at")
    private Instant recommendedAt;

    @Column(name = "council_number", length = 60)
    private String councilNumber;

    @Column(name = "council_date")
    private LocalDate councilDate;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    /** When another application for the office was approved, the one that closed this one. */
    @Column(name = "closed_by_lease")
    private Long closedByLease;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Column(name = "termination_reason", length = 2000)
    private String terminationReason;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Lease() {}

    public Lease(
            LeaseWindow window,
            Ngo ngo,
            House house,
            Office office,
            int years,
            String purpose,
            int staffCount,
            Long renewalOf,
            long createdBy,
            Instant now) {
        this.window = window;
        this.ngo = ngo;
        this.house = house;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.renewalOf = renewalOf;
        change(office, years, purpose, staffCount);
    }

    /**
     * A lease already running when its House began using the product (#22, imported from the
     * House's records): it passes the same checks as an application and its approval (the House and
     * the office count for the whole term, 1–3 years from 1 January), the council's decision is
     * recorded as the approval and fixes the money as an approval does, and the lease then follows
     * the calendar to today (active once its first day has come, ended after its last).
     */
    public static Lease running(
            LeaseWindow window,
            Ngo ngo,
            Office office,
            int years,
            String purpose,
            int staffCount,
            String councilNumber,
            LocalDate councilDate,
            int subsidyPercent,
            long by,
            Instant now,
            LocalDate today) {
        Lease lease =
                new Lease(
                        window,
                        ngo,
                        office.house(),
                        office,
                        years,
                        purpose,
                        staffCount,
                        null,
                        by,
                        now);
        lease.move(LeaseStatus.SUBMITTED);
        lease.submittedAt = now;
        lease.move(LeaseStatus.UNDER_REVIEW);
        lease.approve(office, councilNumber, councilDate, subsidyPercent, by, now);
        lease.followCalendarTo(today);
        return lease;
    }

    /** Changes a draft. */
    public void change(Office office, int years, String purpose, int staffCount) {
        refuseUnlessDraft();
        house.refuseLease(window.leaseStart(), LeaseTerms.lastDay(window.leaseStart(), years));
        if (office != null) {
            office.refuseLease(
                    house, window.leaseStart(), LeaseTerms.lastDay(window.leaseStart(), years));
        }
        this.office = office;
        this.years = years;
        this.startsOn = window.leaseStart();
        this.endsOn = LeaseTerms.lastDay(startsOn, years);
        this.purpose = purpose;
        this.staffCount = staffCount;
    }

    /** Only a draft changes or is sent. */
    public void refuseUnlessDraft() {
        if (status != LeaseStatus.DRAFT) {
            throw Refusal.conflict("lease-state", "lease.problem.notDraft");
        }
    }

    /** Refuses a move the life of a lease does not allow, with the reason a person reads. */
    public void refuseUnlessMayBecome(LeaseStatus next) {
        if (!status.mayBecome(next)) {
            throw Refusal.conflict("lease-state", status.problemBecoming(next));
        }
    }

    /** The one door through which the state changes. */
    private void move(LeaseStatus next) {
        refuseUnlessMayBecome(next);
        status = next;
    }

    /** Refuses a decision taken on an older reading of this lease (when the reading is known). */
    public void refuseIfStale(Long versionRead) {
        if (versionRead != null && versionRead != version) {
            throw stale();
        }
    }

    /** Read again after waiting for a lock: a decision by someone else meanwhile wins. */
    public void refuseIfDecidedMeanwhile(Long versionRead) {
        refuseIfStale(versionRead);
        if (status != LeaseStatus.UNDER_REVIEW) {
            throw stale();
        }
    }

    public static Refusal stale() {
        return Refusal.conflict("lease-stale", "lease.problem.stale");
    }

    /** Refuses to send this for review unless it is a draft and its window is open on the day. */
    public void refuseSubmissionOn(LocalDate today) {
        refuseUnlessMayBecome(LeaseStatus.SUBMITTED);
        window.refuseUnlessOpenOn(today);
    }

    public void submit(LocalDate today, Instant now) {
        refuseSubmissionOn(today);
        move(LeaseStatus.SUBMITTED);
        submittedAt = now;
    }

    public void withdraw() {
        move(LeaseStatus.WITHDRAWN);
    }

    public void recommend(String text, long by, Instant now) {
        move(LeaseStatus.UNDER_REVIEW);
        recommendation = text;
        recommendedBy = by;
        recommendedAt = now;
    }

    /** Approval fixes the office and the money for the whole term. */
    public void approve(
            Office chosen,
            String councilNumber,
            LocalDate councilDate,
            int subsidyPercent,
            long by,
            Instant now) {
        refuseUnlessMayBecome(LeaseStatus.APPROVED);
        chosen.refuseLease(house, startsOn, endsOn);
        move(LeaseStatus.APPROVED);
        this.office = chosen;
        this.councilNumber = councilNumber;
        this.councilDate = councilDate;
        this.monthlyRent = chosen.monthlyRent().amount();
        this.subsidyPercent = subsidyPercent;
        this.monthlyPayment = LeaseTerms.payment(monthlyRent, subsidyPercent);
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public void reject(String reason, Long by, Long closedBy, Instant now) {
        move(LeaseStatus.REJECTED);
        this.decisionReason = reason;
        this.decidedBy = by;
        this.closedByLease = closedBy;
        this.decidedAt = now;
    }

    public void activate() {
        move(LeaseStatus.ACTIVE);
    }

    public void end() {
        move(LeaseStatus.ENDED);
    }

    /**
     * Keeps up with the calendar: an approved lease whose first day has come becomes active, and an
     * active one past its last day ends (both at once for one a timer missed altogether).
     */
    public void followCalendarTo(LocalDate today) {
        if (status == LeaseStatus.APPROVED && !startsOn.isAfter(today)) {
            activate();
        }
        if (status == LeaseStatus.ACTIVE && endsOn.isBefore(today)) {
            end();
        }
    }

    /** Ends an approved or active lease early, on a day from today to the term's last. */
    public void terminate(LocalDate on, LocalDate today, String reason) {
        refuseUnlessMayBecome(LeaseStatus.TERMINATED);
        InputCheck.start()
                .when(
                        on.isBefore(today) || on.isAfter(endsOn),
                        "on",
                        "lease.problem.terminationDate")
                .orRefuse();
        move(LeaseStatus.TERMINATED);
        this.terminatedOn = on;
        this.terminationReason = reason;
    }

    /** The term: 1 January of its first year to 31 December of its last. */
    public DateSpan term() {
        return DateSpan.of(startsOn, endsOn);
    }

    /** Whether the office is held during any part of a span of days. */
    public boolean holdsDuring(DateSpan days) {
        return days.overlaps(startsOn, lastDay());
    }

    /** The last day the office is held: the term's, or the day it was ended early. */
    public LocalDate lastDay() {
        return terminatedOn != null && terminatedOn.isBefore(endsOn) ? terminatedOn : endsOn;
    }

    public Long id() {
        return id;
    }

    public LeaseWindow window() {
        return window;
    }

    public Ngo ngo() {
        return ngo;
    }

    public House house() {
        return house;
    }

    public Office office() {
        return office;
    }

    public int years() {
        return years;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String purpose() {
        return purpose;
    }

    public int staffCount() {
        return staffCount;
    }

    public LeaseStatus status() {
        return status;
    }

    public Long renewalOf() {
        return renewalOf;
    }

    public BigDecimal monthlyRent() {
        return monthlyRent;
    }

    public Integer subsidyPercent() {
        return subsidyPercent;
    }

    public BigDecimal monthlyPayment() {
        return monthlyPayment;
    }

    public String recommendation() {
        return recommendation;
    }

    public String councilNumber() {
        return councilNumber;
    }

    public LocalDate councilDate() {
        return councilDate;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Long closedByLease() {
        return closedByLease;
    }

    public LocalDate terminatedOn() {
        return terminatedOn;
    }

    public String terminationReason() {
        return terminationReason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
