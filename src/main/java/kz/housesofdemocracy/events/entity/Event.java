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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
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

    /** How long a registration's confirmation link lives (unless the event starts sooner). */
    public static final Duration CONFIRMATION_TIME = Duration.ofHours(24);

    /** The most seats an event takes registrations for. */
    public static final int MOST_SEATS = 100_000;

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
        timesProblem(startsAt, endsAt).ifPresent(Event::refuseTimes);
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

    /** What is wrong with an event's times, as a message key: it ends after it starts. */
    public static Optional<String> timesProblem(Instant startsAt, Instant endsAt) {
        return startsAt.isBefore(endsAt) ? Optional.empty() : Optional.of("event.problem.order");
    }

    /** What is wrong with a registration capacity, as a message key (none is fine). */
    public static Optional<String> capacityProblem(Integer capacity) {
        return capacity == null || (capacity >= 1 && capacity <= MOST_SEATS)
                ? Optional.empty()
                : Optional.of("event.problem.capacity");
    }

    private static void refuseTimes(String key) {
        throw Refusal.invalid("end", key);
    }

    /** Opens registration up to a capacity, until a deadline (or the start). */
    public void takeRegistrations(int capacity, Instant deadline) {
        capacityProblem(capacity)
                .ifPresent(
                        key -> {
                            throw Refusal.invalid("capacity", key);
                        });
        this.registration = true;
        this.capacity = capacity;
        this.registrationDeadline = deadline == null ? startsAt : deadline;
    }

    /**
     * The registration that already holds this e-mail's place (pending and not lapsed, waiting or
     * confirmed), if any.
     */
    public Optional<Registration> standingFor(
            List<Registration> before, String email, Instant now) {
        String normalized = Registration.normalizedEmail(email);
        return before.stream()
                .filter(r -> r.email().equals(normalized) && r.stands(now))
                .findFirst();
    }

    /**
     * A person's registration, pending until the link mailed to the address is followed: refused
     * while registration is closed or when the e-mail holds a place already (see {@link
     * #standingFor}). The link lapses after {@link #CONFIRMATION_TIME}, or when the event starts if
     * that is sooner.
     */
    public Registration register(
            List<Registration> before,
            String name,
            String email,
            String organisation,
            Language language,
            String confirmHash,
            String tokenHash,
            Instant now) {
        if (!registrationOpen(now)) {
            throw Refusal.conflict("registration-closed", "registration.closed");
        }
        if (standingFor(before, email, now).isPresent()) {
            throw Refusal.conflict("registration-exists", "registration.already");
        }
        return new Registration(
                this,
                name,
                email,
                organisation,
                language,
                confirmHash,
                confirmationDeadline(now),
                tokenHash,
                now);
    }

    /** A fresh confirmation link for a registration still pending (the earlier one stops). */
    public void renewConfirmation(Registration pending, String confirmHash, Instant now) {
        if (!pending.awaitsConfirmation(now)) {
            throw new IllegalStateException("registration " + pending.id() + " is not pending");
        }
        pending.renewConfirmation(confirmHash, confirmationDeadline(now));
    }

    /**
     * The address is proven: the registration takes a seat while seats last among the confirmed
     * ones, else waits. Refused as a link no longer valid when it is not pending, has lapsed, or
     * the event is cancelled or over.
     */
    public void confirm(
            Registration pending, List<Registration> all, String tokenHash, Instant now) {
        if (isCancelled() || !now.isBefore(endsAt) || !pending.awaitsConfirmation(now)) {
            throw Refusal.gone("registration.linkInvalid");
        }
        long confirmed = all.stream().filter(Registration::isConfirmed).count();
        pending.confirm(confirmed < capacity, tokenHash);
    }

    /** When a confirmation link made now lapses: a day on, or the event's start if sooner. */
    public Instant confirmationDeadline(Instant now) {
        Instant dayOn = now.plus(CONFIRMATION_TIME);
        return dayOn.isBefore(startsAt) ? dayOn : startsAt;
    }

    /** Cancels the event; refused when it is cancelled already. */
    public void cancel(Instant now) {
        if (isCancelled()) {
            throw Refusal.conflict("event-cancelled", "event.cancelled");
        }
        cancelledAt = now;
    }

    /** A seat freed before the event is offered on; after it, or once cancelled, it is not. */
    public boolean offersFreedSeats(Instant now) {
        return !isCancelled() && startsAt.isAfter(now);
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

    /** When it takes place, start included, end excluded. */
    public Period period() {
        return Period.of(startsAt, endsAt);
    }

    /** The zone its times are read in: its House's, else the country's. */
    public ZoneId zone() {
        return house != null ? house.timeZone() : Clocks.KAZAKHSTAN;
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
