package kz.housesofdemocracy.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.Language;

/**
 * A person who signs in. Knows its own lock-out rule (five failed sign-ins in a row lock it for a
 * quarter of an hour) and its session epoch: raising the epoch ends every session it has.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private AccountStatus status;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "feed_token_hash", length = 64)
    private String feedTokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    @Column(name = "digest_sent_on")
    private LocalDate digestSentOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {}

    public Account(
            String email, String displayName, String passwordHash, Language language, Instant now) {
        this.email = normalize(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.language = language;
        this.status = AccountStatus.PENDING;
        this.createdAt = now;
    }

    /** E-mail addresses are compared without case and surrounding space. */
    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public void confirm(Instant now) {
        if (status == AccountStatus.PENDING) {
            status = AccountStatus.ACTIVE;
            confirmedAt = now;
        }
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for {@link #LOCK}. */
    public void signInFailed(Instant now) {
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            lockedUntil = now.plus(LOCK);
            failedSignIns = 0;
        }
    }

    public void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** A new password ends every session, as does {@link #signOutEverywhere()}. */
    public void changePassword(String newHash) {
        passwordHash = newHash;
        signOutEverywhere();
    }

    public void signOutEverywhere() {
        sessionEpoch++;
    }

    public void describe(String newDisplayName, Language newLanguage) {
        displayName = newDisplayName.strip();
        language = newLanguage;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Language language() {
        return language;
    }

    public AccountStatus status() {
        return status;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The hash of the secret in this person's calendar-feed address, or null when they have none.
     */
    public String feedTokenHash() {
        return feedTokenHash;
    }

    /** Gives the person a new feed address (the old one stops working), or none with null. */
    public void feedToken(String hash) {
        this.feedTokenHash = hash;
    }

    /** Whether the person asked for a daily e-mail of what waits for them (off by default). */
    public boolean dailyDigest() {
        return dailyDigest;
    }

    public void chooseDailyDigest(boolean wanted) {
        dailyDigest = wanted;
    }

    /** Whether a digest is still to go out on the day: asked for, and none sent that day. */
    public boolean digestDueOn(LocalDate day) {
        return dailyDigest && (digestSentOn == null || digestSentOn.isBefore(day));
    }

    /** Notes the day's digest as sent, so no other run (or node) sends it again. */
    public void digestSent(LocalDate day) {
        digestSentOn = day;
    }
}
