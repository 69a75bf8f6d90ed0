package kz.housesofdemocracy.events.entity;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;

/**
 * A person's place at an event. It is pending until its person follows the link mailed to the
 * address (which proves the address is theirs); then confirmed while seats last, else waiting in
 * the order they confirmed; cancelled by the link in the mail that follows. Only hashes of the
 * links are kept. A pending registration whose link has lapsed counts nowhere.
 */
@Entity
@Table(name = "registration")
public class Registration {

    /** Where a registration is. */
    public enum Status {
        /** Waiting for its person to follow the mailed link; takes no seat. */
        PENDING,
        CONFIRMED,
        WAITING,
        CANCELLED
    }

    @Id
    @SequenceGenerator(
            name = "registration_seq",
            sequenceName = "registration_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @Column(name = "person_name", nullable = false, length = 200)
    private String name;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "organisation", length = 300)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** The hash of the one-time confirmation link while pending, else null. */
    @Column(name = "confirm_hash", length = 64)
    private String confirmHash;

    /** When the confirmation link lapses (pending registrations only). */
    @Column(name = "confirm_by")
    private Instant confirmBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Registration() {}

    /**
     * Made pending by {@link Event#register}: the confirmation link's hash and when it lapses, and
     * the hash of a cancelling secret nobody has yet (a new one is mailed once confirmed). The
     * e-mail is kept as {@link #normalizedEmail}.
     */
    Registration(
            Event event,
            String name,
            String email,
            String organisation,
            Language language,
            String confirmHash,
            Instant confirmBy,
            String tokenHash,
            Instant now) {
        this.event = event;
        this.name = name.strip();
        this.email = normalizedEmail(email);
        this.organisation =
                organisation == null || organisation.isBlank() ? null : organisation.strip();
        this.language = language;
        this.status = Status.PENDING;
        this.confirmHash = confirmHash;
        this.confirmBy = confirmBy.truncatedTo(ChronoUnit.MICROS);
        this.tokenHash = tokenHash;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** One address, however typed: the one registration an e-mail may hold per event. */
    public static String normalizedEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether it still waits for its link to be followed, and the link has not lapsed. */
    public boolean awaitsConfirmation(Instant now) {
        return status == Status.PENDING && now.isBefore(confirmBy);
    }

    /** Pending past its link's moment: it counts nowhere and the address may register anew. */
    public boolean isLapsed(Instant now) {
        return status == Status.PENDING && !now.isBefore(confirmBy);
    }

    /** Whether it holds the e-mail's one place at the event: not cancelled, not lapsed. */
    public boolean stands(Instant now) {
        return !isCancelled() && !isLapsed(now);
    }

    /** The address is proven (checked by {@link Event#confirm}): a seat, or the waitlist. */
    void confirm(boolean seatLeft, String newTokenHash) {
        status = seatLeft ? Status.CONFIRMED : Status.WAITING;
        confirmHash = null;
        confirmBy = null;
        tokenHash = newTokenHash;
    }

    /** A new confirmation link for a pending registration (the old one stops working). */
    void renewConfirmation(String newConfirmHash, Instant newConfirmBy) {
        confirmHash = newConfirmHash;
        confirmBy = newConfirmBy.truncatedTo(ChronoUnit.MICROS);
    }

    /** Cancels it; refused when it is cancelled already. */
    public void cancel(Instant now) {
        if (isCancelled()) {
            throw Refusal.conflict("registration-cancelled", "registration.cancelledAlready");
        }
        status = Status.CANCELLED;
        cancelledAt = now;
    }

    /** A seat freed: the first waiting registration gets it. */
    public void promote() {
        if (status != Status.WAITING) {
            throw new IllegalStateException("registration " + id + " is " + status);
        }
        status = Status.CONFIRMED;
    }

    public Long id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String organisation() {
        return organisation;
    }

    public Language language() {
        return language;
    }

    public Status status() {
        return status;
    }

    public boolean isConfirmed() {
        return status == Status.CONFIRMED;
    }

    public boolean isWaiting() {
        return status == Status.WAITING;
    }

    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** When the confirmation link lapses; null once confirmed. */
    public Instant confirmBy() {
        return confirmBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
