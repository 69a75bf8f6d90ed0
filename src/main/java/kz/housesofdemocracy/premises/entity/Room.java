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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.housesofdemocracy.platform.Money;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** A room booked by the hour: a hall, meeting room, training room or co-working space. */
@Entity
@Table(name = "room")
@NamedNativeQuery(
        name = Room.LOCKED,
        query = "SELECT * FROM room WHERE id = ?1 FOR UPDATE",
        resultClass = Room.class)
public class Room {

    /**
     * The room with its row locked for the transaction, the arbiter of a booking's overlaps; named,
     * so that it is prepared once, not for every booking.
     */
    public static final String LOCKED = "Room.locked";

    @Id
    @SequenceGenerator(name = "room_seq", sequenceName = "room_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "house_id", nullable = false)
    private House house;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private RoomKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "name_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    })
    private LocalizedText name;

    @Embedded private Capacity capacity;

    @Column(name = "step_free", nullable = false)
    private boolean stepFree;

    @Embedded
    @AttributeOverride(
            name = "amount",
            column = @Column(name = "hourly_rate_kzt", nullable = false))
    private Money hourlyRate;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    @Embedded private BookingRules rules = BookingRules.DEFAULT;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 7)
    private Status status = Status.ACTIVE;

    @Column(name = "retired_at")
    private Instant retiredAt;

    /**
     * Its own first day (it counts from the later of this and its House's), in the House's zone.
     */
    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToMany
    @JoinTable(
            name = "room_equipment",
            joinColumns = @JoinColumn(name = "room_id"),
            inverseJoinColumns = @JoinColumn(name = "equipment_code"))
    @OrderBy("code")
    private Set<Equipment> equipment = new LinkedHashSet<>();

    /** A retired room keeps its history but takes no new bookings and leaves public pages. */
    public enum Status {
        ACTIVE,
        RETIRED
    }

    protected Room() {}

    public Room(
            House house,
            RoomKind kind,
            LocalizedText name,
            Capacity capacity,
            Money hourlyRate,
            boolean stepFree,
            boolean needsApproval) {
        this.house = house;
        this.kind = kind;
        this.name = name;
        this.capacity = capacity;
        this.hourlyRate = hourlyRate;
        this.stepFree = stepFree;
        this.needsApproval = needsApproval;
        // A room opens with its House unless told otherwise (adding one through the staff pages
        // or REST sets its own day: today, or the day given).
        this.openedOn = house == null ? null : house.openedOn();
    }

    public void update(
            RoomKind kind,
            LocalizedText name,
            Capacity capacity,
            Money hourlyRate,
            boolean stepFree,
            boolean needsApproval,
            BookingRules rules,
            Set<Equipment> equipment) {
        requireActive();
        this.kind = kind;
        this.name = name;
        this.capacity = capacity;
        this.hourlyRate = hourlyRate;
        this.stepFree = stepFree;
        this.needsApproval = needsApproval;
        this.rules = rules;
        this.equipment.clear();
        this.equipment.addAll(equipment);
    }

    public void retire(Instant now) {
        requireActive();
        status = Status.RETIRED;
        retiredAt = now;
    }

    /**
     * Sets when the room counts: from the start of its opening day until the start of its closing
     * day (null: not retired), both in its House's zone. A closing day today or earlier retires it
     * now; a later one leaves it active until then; none brings a retired room back (not in a
     * closed House). Refused when the closing day is not after the opening day, or the room would
     * open before its House.
     */
    public void live(LocalDate opens, LocalDate closes, Instant now) {
        House.refuseLife(opens, closes);
        if (house != null
                && house.openedOn() != null
                && !opens.equals(openedOn)
                && opens.isBefore(house.openedOn())) {
            throw Refusal.invalid(
                    "openedOn", "validation.life.beforeHouse", house.openedOn().toString());
        }
        if (closes == null) {
            if (!isActive() && house != null) {
                house.requireOpen();
            }
            status = Status.ACTIVE;
            retiredAt = null;
        } else if (!closes.equals(closedOn())) {
            retiredAt = closes.atStartOfDay(zone()).toInstant();
            status = retiredAt.isAfter(now) ? Status.ACTIVE : Status.RETIRED;
        }
        this.openedOn = opens;
    }

    /** Its own first day. */
    public LocalDate openedOn() {
        return openedOn;
    }

    /** The first day it really counts: the later of its own and its House's. */
    public LocalDate opensOn() {
        LocalDate houseOpens = house.openedOn();
        return houseOpens != null && houseOpens.isAfter(openedOn) ? houseOpens : openedOn;
    }

    /** The start of the first day it counts, in the House's zone. */
    public Instant opensAt() {
        return opensOn().atStartOfDay(zone()).toInstant();
    }

    /** Its own closing moment; null while none is set. */
    public Instant retiredAt() {
        return retiredAt;
    }

    /** The day of its own closing moment in the House's zone; null while none is set. */
    public LocalDate closedOn() {
        return retiredAt == null ? null : retiredAt.atZone(zone()).toLocalDate();
    }

    /** The moment it stops counting: the earlier of its own and its House's; null: none set. */
    public Instant closesAt() {
        Instant houseCloses = house.closedAt();
        if (retiredAt == null) {
            return houseCloses;
        }
        return houseCloses != null && houseCloses.isBefore(retiredAt) ? houseCloses : retiredAt;
    }

    /** Whether a span lies inside the room's life: from its opening day to its closing moment. */
    public boolean livesThrough(Instant start, Instant end) {
        Instant closes = closesAt();
        return !start.isBefore(opensAt()) && (closes == null || !end.isAfter(closes));
    }

    private java.time.ZoneId zone() {
        return house == null ? kz.housesofdemocracy.platform.Clocks.KAZAKHSTAN : house.timeZone();
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** A retired room is neither changed nor retired again. */
    public void requireActive() {
        if (!isActive()) {
            throw Refusal.conflict("retired", "refusal.retired");
        }
    }

    public BookingRules rules() {
        return rules;
    }

    public Long id() {
        return id;
    }

    public House house() {
        return house;
    }

    public RoomKind kind() {
        return kind;
    }

    public LocalizedText name() {
        return name;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public Capacity capacity() {
        return capacity;
    }

    public boolean stepFree() {
        return stepFree;
    }

    public Money hourlyRate() {
        return hourlyRate;
    }

    public boolean needsApproval() {
        return needsApproval;
    }

    public List<Equipment> equipment() {
        return List.copyOf(equipment);
    }
}
