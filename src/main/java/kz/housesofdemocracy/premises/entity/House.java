package kz.housesofdemocracy.premises.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * A House of Democracy: one building in a region, run by that region's akimat. Rooms are booked by
 * the hour in the House's local time; offices are leased for years.
 */
@Entity
@Table(name = "house")
@NamedQuery(
        name = House.ALL,
        query = "SELECT h FROM House h JOIN FETCH h.region ORDER BY h.region.code, h.id")
public class House {

    public static final String ALL = "House.all";

    @Id
    @SequenceGenerator(name = "house_seq", sequenceName = "house_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "house_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code", nullable = false)
    private Region region;

    /**
     * The region's code, read with the row: the booking path's access check and audit line need
     * only the code, and a region loaded inside a locking transaction never reaches the shared
     * cache (one statement per booking).
     */
    @Column(name = "region_code", insertable = false, updatable = false)
    private String regionCode;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "name_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "address_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "address_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "address_en"))
    })
    private LocalizedText address;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @ElementCollection
    @CollectionTable(name = "house_opening_hours", joinColumns = @JoinColumn(name = "house_id"))
    private List<DailyHours> openingHours = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 6)
    private Status status = Status.OPEN;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The first day it counts (open time, bookings, leases), in its own time zone. */
    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The share of a booking's market value the state pays for an eligible NGO (1 = 100 %). */
    @Column(name = "subsidy_share", nullable = false, precision = 5, scale = 4)
    private java.math.BigDecimal subsidyShare = java.math.BigDecimal.ONE;

    @Column(name = "quota_hours_month", nullable = false)
    private int quotaHoursMonth = 20;

    @Column(name = "quota_future_bookings", nullable = false)
    private int quotaFutureBookings = 10;

    @OneToMany(mappedBy = "house")
    @OrderBy("id")
    private List<Room> rooms = new ArrayList<>();

    @OneToMany(mappedBy = "house")
    @OrderBy("id")
    private List<Office> offices = new ArrayList<>();

    /** A House is open until the national administrator closes it; closing deletes nothing. */
    public enum Status {
        OPEN,
        CLOSED
    }

    protected House() {}

    public House(
            Region region,
            LocalizedText name,
            LocalizedText address,
            String phone,
            String email,
            ZoneId timeZone,
            List<DailyHours> week) {
        this.region = region;
        this.regionCode = region.code();
        describe(name, address, phone, email, timeZone);
        keepHours(week);
    }

    public void describe(
            LocalizedText name,
            LocalizedText address,
            String phone,
            String email,
            ZoneId timeZone) {
        this.name = name;
        this.address = address;
        this.phone = blankToNull(phone);
        this.email = blankToNull(email);
        this.timeZone = timeZone.getId();
    }

    /** Replaces the week's opening hours; refuses two spans on one day. */
    public void keepHours(List<DailyHours> week) {
        new OpeningHours(week); // checks the week
        openingHours.clear();
        openingHours.addAll(week);
    }

    /** Closes the House; refused when it is closed already. */
    public void close(Instant now) {
        requireOpen();
        status = Status.CLOSED;
        closedAt = now;
    }

    /**
     * Sets when the House counts: from the start of its opening day until the start of its closing
     * day (null: open), both in its own zone. A closing day today or earlier closes it now; a later
     * one leaves it open until then; none reopens it. Refused when the closing day is not after the
     * opening day.
     */
    public void live(LocalDate opens, LocalDate closes, Instant now) {
        refuseLife(opens, closes);
        this.openedOn = opens;
        if (closes == null) {
            status = Status.OPEN;
            closedAt = null;
        } else if (!closes.equals(closedOn())) {
            closedAt = closes.atStartOfDay(timeZone()).toInstant();
            status = closedAt.isAfter(now) ? Status.OPEN : Status.CLOSED;
        }
    }

    /** Refuses a closing day that is not after the opening day (a field problem on closedOn). */
    public static void refuseLife(LocalDate opens, LocalDate closes) {
        InputCheck.start()
                .when(opens == null, "openedOn", "validation.required")
                .when(
                        opens != null && closes != null && !closes.isAfter(opens),
                        "closedOn",
                        "validation.life.closedBeforeOpened")
                .orRefuse();
    }

    /** Refuses a lease term starting before the House opens (a problem of the houseId field). */
    public void refuseLeaseFrom(LocalDate first) {
        if (openedOn != null && first.isBefore(openedOn)) {
            throw Refusal.invalid("houseId", "lease.problem.notOpenYet", openedOn.toString());
        }
    }

    /**
     * Refuses a lease term from its first to its last day unless the House counts for all of it:
     * open by the first day, and not closing before the last day is over.
     */
    public void refuseLease(LocalDate first, LocalDate last) {
        refuseLeaseFrom(first);
        if (closedAt != null
                && last != null
                && closedAt.isBefore(last.plusDays(1).atStartOfDay(timeZone()).toInstant())) {
            throw Refusal.invalid("houseId", "lease.problem.closes", closedOn().toString());
        }
    }

    /** The first day it counts, in its own zone. */
    public LocalDate openedOn() {
        return openedOn;
    }

    /** The start of its opening day. */
    public Instant opensAt() {
        return openedOn.atStartOfDay(timeZone()).toInstant();
    }

    /** The moment it stops counting; null while no closing is set. */
    public Instant closedAt() {
        return closedAt;
    }

    /** The day of its closing moment in its zone (the day it no longer counts); null when open. */
    public LocalDate closedOn() {
        return closedAt == null ? null : closedAt.atZone(timeZone()).toLocalDate();
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** A closed House takes no new rooms, offices, bookings or leases, and is not closed again. */
    public void requireOpen() {
        if (!isOpen()) {
            throw Refusal.conflict("house-closed", "refusal.house.closed");
        }
    }

    /**
     * The share of the market value the state pays for eligible NGOs' bookings here, in whole per
     * cent (0–100).
     */
    public void subsidise(Integer percent) {
        InputCheck.start()
                .when(
                        percent == null || percent < 0 || percent > 100,
                        "percent",
                        "validation.percent")
                .orRefuse();
        this.subsidyShare = java.math.BigDecimal.valueOf(percent).movePointLeft(2);
    }

    /**
     * Fair use per NGO at this House: hours booked in a calendar month (1–10,000; an NGO may use
     * several rooms at once) and bookings ahead at once (1–10,000).
     */
    public void limit(Integer hoursPerMonth, Integer futureBookings) {
        InputCheck.start()
                .when(
                        hoursPerMonth == null || hoursPerMonth < 1 || hoursPerMonth > 10_000,
                        "hoursPerMonth",
                        "validation.quota.hours")
                .when(
                        futureBookings == null || futureBookings < 1 || futureBookings > 10_000,
                        "futureBookings",
                        "validation.quota.future")
                .orRefuse();
        this.quotaHoursMonth = hoursPerMonth;
        this.quotaFutureBookings = futureBookings;
    }

    public int quotaHoursMonth() {
        return quotaHoursMonth;
    }

    public int quotaFutureBookings() {
        return quotaFutureBookings;
    }

    /** The subsidy share in whole per cent, for pages and the API. */
    public int subsidyPercent() {
        return subsidyShare.movePointRight(2).intValue();
    }

    public java.math.BigDecimal subsidyShare() {
        return subsidyShare;
    }

    public Status status() {
        return status;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public Region region() {
        return region;
    }

    public String regionCode() {
        return regionCode;
    }

    public LocalizedText name() {
        return name;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public LocalizedText address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    /** Its name and, when known, its address, in a language: where people are told to come. */
    public String place(java.util.Locale locale) {
        return address == null ? name.in(locale) : name.in(locale) + ", " + address.in(locale);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    /** The week as kept, for telling whether it changed. */
    public java.util.Set<DailyHours> week() {
        return java.util.Set.copyOf(openingHours);
    }

    public OpeningHours openingHours() {
        return new OpeningHours(openingHours);
    }

    public List<Room> rooms() {
        return List.copyOf(rooms);
    }

    public List<Office> offices() {
        return List.copyOf(offices);
    }
}
