package kz.housesofdemocracy.closures.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;

/** A time a whole House, or one of its rooms, cannot be booked, with the reason people read. */
@Entity
@Table(name = "blackout")
@NamedQuery(
        name = Blackout.IN_HOUSE,
        query =
                "SELECT b FROM Blackout b WHERE b.house = :house AND b.startsAt < :end AND b.endsAt > :start ORDER BY b.startsAt")
public class Blackout {

    public static final String IN_HOUSE = "Blackout.inHouse";

    @Id
    @SequenceGenerator(name = "blackout_seq", sequenceName = "blackout_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "blackout_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "house_id", nullable = false)
    private House house;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The event that holds the room, when this is an event's hold (removed with the event). */
    @Column(name = "event_id")
    private Long eventId;

    /** For a hold: the event's title, which is what people read as the reason. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "label_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "label_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "label_en"))
    })
    private LocalizedText label;

    /** The lease that holds the room, when this closes an office's hourly room while leased. */
    @Column(name = "lease_id")
    private Long leaseId;

    /**
     * A hold for an event that is not public: outside the House's staff it reads only "closed"
     * (issue 19). Set when the hold is made; an event's being public never changes.
     */
    @Column(name = "internal_hold", nullable = false)
    private boolean internal;

    protected Blackout() {}

    /** A lease's hold of its office's hourly room: the label says it is leased, and to whom. */
    public static Blackout forLease(
            House house,
            Room room,
            Instant startsAt,
            Instant endsAt,
            long leaseId,
            LocalizedText label,
            Instant now) {
        Blackout hold =
                new Blackout(house, room, startsAt, endsAt, "lease " + leaseId + ": " + label, now);
        hold.leaseId = leaseId;
        hold.label = label;
        return hold;
    }

    public LocalizedText label() {
        return label;
    }

    public Long leaseId() {
        return leaseId;
    }

    /**
     * An event's hold of a room: its reason is the event's title, in every language, which only the
     * House's staff read when the event is internal.
     */
    public static Blackout hold(
            House house,
            Room room,
            Instant startsAt,
            Instant endsAt,
            long eventId,
            LocalizedText title,
            boolean internal,
            Instant now) {
        Blackout hold =
                new Blackout(house, room, startsAt, endsAt, "event " + eventId + ": " + title, now);
        hold.eventId = eventId;
        hold.label = title;
        hold.internal = internal;
        return hold;
    }

    /** Whether this holds a room for an internal event (its reason is the House staff's). */
    public boolean internal() {
        return internal;
    }

    public Blackout(
            House house, Room room, Instant startsAt, Instant endsAt, String reason, Instant now) {
        timesProblem(startsAt, endsAt)
                .ifPresent(
                        key -> {
                            throw Refusal.invalid("to", key);
                        });
        this.house = house;
        this.room = room;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason.strip();
        this.createdAt = now;
    }

    /** What is wrong with a blackout's times, as a message key: it ends after it starts. */
    public static Optional<String> timesProblem(Instant startsAt, Instant endsAt) {
        return startsAt.isBefore(endsAt)
                ? Optional.empty()
                : Optional.of("validation.blackout.order");
    }

    /** Whether it closes this room during the period. */
    public boolean blocks(long roomId, Period period) {
        return (room == null || room.id() == roomId) && period().overlaps(period);
    }

    /** Whether it closes this room during [start, end) (nothing when that is empty). */
    public boolean blocks(long roomId, Instant start, Instant end) {
        return start.isBefore(end) && blocks(roomId, Period.of(start, end));
    }

    public Long id() {
        return id;
    }

    public House house() {
        return house;
    }

    public Long roomId() {
        return room == null ? null : room.id();
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    /** When it closes, start included, end excluded. */
    public Period period() {
        return Period.of(startsAt, endsAt);
    }

    public String reason() {
        return reason;
    }

    /** What people read as the reason, in their language. */
    public LocalizedText describe() {
        boolean labelled =
                label != null
                        && (label.getKk() != null
                                || label.getRu() != null
                                || label.getEn() != null);
        return labelled ? label : new LocalizedText(reason, reason, reason);
    }

    public Long eventId() {
        return eventId;
    }
}
