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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
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
public class Room {

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
