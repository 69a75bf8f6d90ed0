package kz.housesofdemocracy.events.entity;

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
import java.time.Instant;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.House;

/**
 * Something on the sector's calendar: national (NGO Day, the Civil Forum, observances), regional
 * (forums) or at one House. Public or internal; it may take registrations up to a capacity and hold
 * rooms (its holds are blackouts carrying its title).
 */
@Entity
@Table(name = "event")
public class Event {

    /** Who the event is for, which decides who may organise it. */
    public enum Scope {
        NATIONAL,
        REGIONAL,
        HOUSE
    }

    @Id
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 10)
    private Scope scope;

    @Column(name = "region_code", length = 5)
    private String regionCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "house_id")
    private House house;

    /** The House's id as a plain column, to filter by without joining. */
    @Column(name = "house_id", insertable = false, updatable = false)
    private Long houseId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "title_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    })
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "description_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "description_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    })
    private LocalizedText description;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "all_day", nullable = false)
    private boolean allDay;

    @Column(name = "public_event", nullable = false)
    private boolean publicEvent;

    @Column(name = "registration", nullable = false)
    private boolean registration;

    @Column(name = "capacity")
    private Integer capacity;

    @Column(name = "registration_deadline")
    private Instant registrationDeadline;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Event() {}

    public Event(
            Scope scope,
            String regionCode,
            House house,
            LocalizedText title,
            LocalizedText description,
            Instant startsAt,
            Instant endsAt,
            boolean publicEvent,
            Long createdBy,
            Instant now) {
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("an event ends after it starts");
        }
        this.scope = scope;
        this.regionCode = regionCode;
        this.house = house;
        this.title = title;
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.publicEvent = publicEvent;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Opens registration up to a capacity, until a deadline (or the start). */
    public void takeRegistrations(int capacity, Instant deadline) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity is at least 1");
        }
        this.registration = true;
        this.capacity = capacity;
        this.registrationDeadline = deadline == null ? startsAt : deadline;
    }

    public void cancel(Instant now) {
        cancelledAt = now;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** Whether registration is open at this moment. */
    public boolean registrationOpen(Instant now) {
        return registration && !isCancelled() && now.isBefore(registrationDeadline);
    }

    public Long id() {
        return id;
    }

    public Scope scope() {
        return scope;
    }

    public String regionCode() {
        return regionCode;
    }

    public House house() {
        return house;
    }

    public LocalizedText title() {
        return title;
    }

    /** The description, or null when there is none. */
    public LocalizedText description() {
        return description != null
                        && (description.getKk() != null
                                || description.getRu() != null
                                || description.getEn() != null)
                ? description
                : null;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public boolean allDay() {
        return allDay;
    }

    public boolean isPublic() {
        return publicEvent;
    }

    public boolean takesRegistrations() {
        return registration;
    }

    public Integer capacity() {
        return capacity;
    }

    public Instant registrationDeadline() {
        return registrationDeadline;
    }

    public long version() {
        return version;
    }
}
