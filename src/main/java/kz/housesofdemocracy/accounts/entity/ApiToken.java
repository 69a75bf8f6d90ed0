package kz.housesofdemocracy.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal API token for REST calls ({@code Authorization: Bearer …}), created and revoked by its
 * owner on the profile page. Only its hash is stored; the token is shown once.
 */
@Entity
@Table(name = "api_token")
@NamedQueries({
    @NamedQuery(
            name = ApiToken.BY_HASH,
            query = "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.tokenHash = :hash"),
    @NamedQuery(
            name = ApiToken.OF_ACCOUNT,
            query =
                    "SELECT t FROM ApiToken t WHERE t.account.id = :account AND t.revokedAt IS NULL ORDER BY t.id DESC")
})
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_ACCOUNT = "ApiToken.ofAccount";

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    public ApiToken(Account account, String name, String tokenHash, Instant now) {
        this.account = account;
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Notes a use; within a minute of the last noted one it writes nothing. */
    public void used(Instant now) {
        if (usedLongAgo(now)) {
            lastUsedAt = now;
        }
    }

    /** Whether a use now is worth noting: none noted yet, or the last over a minute ago. */
    public boolean usedLongAgo(Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60));
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
