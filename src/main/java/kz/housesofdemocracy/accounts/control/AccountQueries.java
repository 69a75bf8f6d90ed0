package kz.housesofdemocracy.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.ApiToken;
import kz.housesofdemocracy.accounts.entity.RoleGrant;

/** Finding accounts, their grants and tokens, and the caller an account signs in as. */
@ApplicationScoped
public class AccountQueries {

    @PersistenceContext private EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> byEmail(String normalizedEmail) {
        return em
                .createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", normalizedEmail)
                .getResultList()
                .stream()
                .findFirst();
    }

    public List<RoleGrant> grantsOf(long accountId) {
        return em.createNamedQuery(RoleGrant.OF_ACCOUNT, RoleGrant.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /**
     * The caller behind a token's secret, with the token, in one statement; empty when the token is
     * unknown or revoked or its account not active. The token says whether its use is due to be
     * noted (its last noted use before {@code now} less a minute).
     */
    public Optional<CallerRows.Found> callerOfToken(String secret, Instant now) {
        return CallerRows.read(
                em.createNativeQuery(CallerRows.BY_TOKEN)
                        .setParameter(1, SecretTokens.hash(secret))
                        .setParameter(2, CallerRows.noteAgainBefore(now))
                        .getResultList());
    }

    /**
     * The caller of an active account whose sessions are of this epoch, in one statement; empty
     * otherwise (signed out everywhere, password changed, disabled).
     */
    public Optional<Caller> callerOfSession(long accountId, int sessionEpoch) {
        return CallerRows.read(
                        em.createNativeQuery(CallerRows.BY_SESSION)
                                .setParameter(1, accountId)
                                .setParameter(2, sessionEpoch)
                                .getResultList())
                .map(CallerRows.Found::caller);
    }

    /** The API token with this secret, revoked or not. */
    public Optional<ApiToken> apiToken(String secret) {
        return em
                .createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", SecretTokens.hash(secret))
                .getResultList()
                .stream()
                .findFirst();
    }

    public List<ApiToken> apiTokensOf(long accountId) {
        return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public Optional<ApiToken> findApiToken(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    /**
     * Who an account acts as: its grants and the NGOs it represents, in one statement (it runs for
     * every request that comes with a session or a token).
     */
    public Caller callerOf(Account account) {
        List<Caller.Grant> grants = new ArrayList<>();
        Set<Long> ngos = new HashSet<>();
        List<?> rows =
                em.createNativeQuery(
                                "SELECT 0 AS kind, g.id AS ord, g.role AS role, g.house_id AS house,"
                                        + " g.region_code AS region FROM role_grant g"
                                        + " WHERE g.account_id = ?1"
                                        + " UNION ALL SELECT 1, r.ngo_id, CAST(NULL AS VARCHAR(20)),"
                                        + " CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR(10))"
                                        + " FROM ngo_representative r WHERE r.account_id = ?1"
                                        + " ORDER BY kind, ord")
                        .setParameter(1, account.id())
                        .getResultList();
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            if (((Number) row[0]).intValue() == 0) {
                grants.add(
                        new Caller.Grant(
                                Role.valueOf((String) row[2]),
                                row[3] == null ? null : ((Number) row[3]).longValue(),
                                (String) row[4]));
            } else {
                ngos.add(((Number) row[1]).longValue());
            }
        }
        return new Caller(
                account.id(),
                account.email(),
                account.displayName(),
                account.language(),
                List.copyOf(grants),
                Set.copyOf(ngos));
    }
}
