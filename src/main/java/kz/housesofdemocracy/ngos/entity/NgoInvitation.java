package kz.housesofdemocracy.ngos.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import kz.housesofdemocracy.platform.Refusal;

/** An invitation by e-mail to represent an NGO: single use, valid for a week, stored as a hash. */
@Entity
@Table(name = "ngo_invitation")
public class NgoInvitation {

    public static final Duration VALIDITY = Duration.ofDays(7);

    @Id
    @SequenceGenerator(
            name = "ngo_invitation_seq",
            sequenceName = "ngo_invitation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ngo_invitation_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ngo_id", nullable = false)
    private Ngo ngo;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected NgoInvitation() {}

    public NgoInvitation(Ngo ngo, String email, String tokenHash, Instant now) {
        this.ngo = ngo;
        this.email = email;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean usable(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Accepts the invitation for the person with this (normalized) address: once, within its week,
     * and only by the address it was sent to.
     */
    public void accept(String normalizedEmail, Instant now) {
        if (!usable(now)) {
            throw Refusal.gone("refusal.link.invalid");
        }
        if (!email.equals(normalizedEmail)) {
            throw Refusal.conflict(
                    "invitation-for-another", "refusal.invitation.otherAddress", email);
        }
        acceptedAt = now;
    }

    public Ngo ngo() {
        return ngo;
    }

    public String email() {
        return email;
    }
}
