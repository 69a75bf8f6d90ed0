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
