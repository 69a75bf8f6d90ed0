package kz.housesofdemocracy.accounts.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import kz.housesofdemocracy.platform.Refusal;

/**
 * A single-use, expiring token sent by e-mail (confirm the address, reset the password). Only its
 * SHA-256 hash is stored: a copy of the database does not let anyone use a link.
 */
@Entity
@Table(name = "one_time_token")
@NamedQuery(
        name = OneTimeToken.BY_HASH,
        query = "SELECT t FROM OneTimeToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(
        name = OneTimeToken.OUTSTANDING,
        query =
                "SELECT t FROM OneTimeToken t WHERE t.account.id = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
public class OneTimeToken {

    public static final String BY_HASH = "OneTimeToken.byHash";
    public static final String OUTSTANDING = "OneTimeToken.outstanding";

    /** What people read about a link that was used, expired or never existed. */
    public static final String INVALID = "refusal.link.invalid";

    public enum Purpose {
        CONFIRM_EMAIL(Duration.ofHours(24)),
        RESET_PASSWORD(Duration.ofHours(1));

        private final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }

        public Duration validity() {
            return validity;
        }
    }

    @Id
    @SequenceGenerator(
            name = "one_time_token_seq",
            sequenceName = "one_time_token_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_time_token_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeToken() {}

    public OneTimeToken(Account account, Purpose purpose, String tokenHash, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** Whether the token may be used now for this purpose: unused and not expired. */
    public boolean usableFor(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    /** Refuses, as a link that is gone (410), a token not {@link #usableFor} this purpose now. */
    public void requireUsable(Purpose wanted, Instant now) {
        if (!usableFor(wanted, now)) {
            throw Refusal.gone(INVALID);
        }
    }

    /** Spends the token; a second use, or a use after it expired, is refused. */
    public void use(Purpose wanted, Instant now) {
        requireUsable(wanted, now);
        usedAt = now;
    }

    /** Makes an unused token unusable (a newer one was issued, or another one was used). */
    public void invalidate(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Account account() {
        return account;
    }

    public Purpose purpose() {
        return purpose;
    }
}
