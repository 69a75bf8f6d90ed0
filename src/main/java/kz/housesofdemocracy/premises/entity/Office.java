package kz.housesofdemocracy.premises.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import kz.housesofdemocracy.platform.Money;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** An office leased to one NGO for 1–3 years; while leased it is not bookable by the hour. */
@Entity
@Table(name = "office")
public class Office {

    @Id
    @SequenceGenerator(name = "office_seq", sequenceName = "office_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "office_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "house_id", nullable = false)
    private House house;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "name_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private LocalizedText name;

    @Column(name = "area_m2", nullable = false, precision = 7, scale = 1)
    private BigDecimal areaSquareMetres;

    @Column(name = "floor", nullable = false)
    private int floor;

    @Embedded
    @AttributeOverride(
            name = "amount",
            column = @Column(name = "monthly_rent_kzt", nullable = false))
    private Money monthlyRent;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 7)
    private Room.Status status = Room.Status.ACTIVE;

    @Column(name = "retired_at")
    private Instant retiredAt;

    /** While not leased, the office may be booked by the hour as this room of its House. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hourly_room_id")
    private Room hourlyRoom;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Office() {}

    public Office(
            House house,
            LocalizedText name,
            BigDecimal areaSquareMetres,
            int floor,
            Money monthlyRent,
            LocalDate availableFrom) {
        this.house = house;
        update(name, areaSquareMetres, floor, monthlyRent, availableFrom);
    }

    public void update(
            LocalizedText name,
            BigDecimal areaSquareMetres,
            int floor,
            Money monthlyRent,
            LocalDate availableFrom) {
        if (areaSquareMetres == null || areaSquareMetres.signum() <= 0) {
            throw new IllegalArgumentException("an office has a positive area");
        }
        this.name = name;
        this.areaSquareMetres = areaSquareMetres;
        this.floor = floor;
        this.monthlyRent = monthlyRent;
        this.availableFrom = availableFrom;
    }

    public void retire(Instant now) {
        requireActive();
        status = Room.Status.RETIRED;
        retiredAt = now;
    }

    /**
     * Sets its closing day (null: not retired): the start of that day in the House's zone. A day
     * today or earlier retires it now; a later one leaves it active until then; none brings a
     * retired office back (not in a closed House). Refused unless after its first day.
     */
    public void closeOn(LocalDate closes, Instant now) {
        if (closes != null && !closes.isAfter(availableFrom)) {
            throw Refusal.invalid("closedOn", "validation.life.closedBeforeOpened");
        }
        if (closes == null) {
            if (!isActive()) {
                house.requireOpen();
            }
            status = Room.Status.ACTIVE;
            retiredAt = null;
        } else if (!closes.equals(closedOn())) {
            retiredAt = closes.atStartOfDay(house.timeZone()).toInstant();
            status = retiredAt.isAfter(now) ? Room.Status.ACTIVE : Room.Status.RETIRED;
        }
    }

    /** The day of its own closing moment in the House's zone; null while none is set. */
    public LocalDate closedOn() {
        return retiredAt == null ? null : retiredAt.atZone(house.timeZone()).toLocalDate();
    }

    /** The moment it stops counting: the earlier of its own and its House's; null: none set. */
    public Instant closesAt() {
        Instant houseCloses = house.closedAt();
        if (retiredAt == null) {
            return houseCloses;
        }
        return houseCloses != null && houseCloses.isBefore(retiredAt) ? houseCloses : retiredAt;
    }

    /**
     * Refuses a lease term from its first to its last day unless the office can be leased for all
     * of it: active, of that House, available by the first day, its House open by then, and neither
     * closing before the last day is over.
     */
    public void refuseLease(House leasedIn, LocalDate first, LocalDate last) {
        refuseLeaseFrom(leasedIn, first);
        Instant closes = closesAt();
        if (last != null
                && closes != null
                && closes.isBefore(last.plusDays(1).atStartOfDay(house.timeZone()).toInstant())) {
            throw Refusal.invalid(
                    "officeId",
                    "lease.problem.closes",
                    closes.atZone(house.timeZone()).toLocalDate().toString());
        }
    }

    public boolean isActive() {
        return status == Room.Status.ACTIVE;
    }

    /** Refuses a change to a retired office: it keeps its history, nothing more. */
    public void requireActive() {
        if (!isActive()) {
            throw Refusal.conflict("retired", "refusal.retired");
        }
    }

    /**
     * Refuses a lease in a House from a first day unless this office can be leased then: it is
     * active, of that House, and available by that day.
     */
    public void refuseLeaseFrom(House leasedIn, LocalDate first) {
        if (!isActive() || !house.id().equals(leasedIn.id()) || availableFrom.isAfter(first)) {
            throw Refusal.invalid("officeId", "lease.problem.office");
        }
        leasedIn.refuseLeaseFrom(first);
    }

    public Long id() {
        return id;
    }

    public Room hourlyRoom() {
        return hourlyRoom;
    }

    /** Offers the office by the hour as a room of the same House (null: not at all). */
    public void offerByTheHourAs(Room room) {
        if (room != null && !room.house().id().equals(house.id())) {
            throw new IllegalArgumentException("the room is in another House");
        }
        this.hourlyRoom = room;
    }

    public House house() {
        return house;
    }

    public LocalizedText name() {
        return name;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public BigDecimal areaSquareMetres() {
        return areaSquareMetres;
    }

    public int floor() {
        return floor;
    }

    public Money monthlyRent() {
        return monthlyRent;
    }

    public LocalDate availableFrom() {
        return availableFrom;
    }
}
