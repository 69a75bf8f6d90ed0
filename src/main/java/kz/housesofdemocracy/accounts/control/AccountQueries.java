package kz.housesofdemocracy.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.access.control.Caller;
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

    /** Who an account acts as: its grants and the NGOs it represents. */
    public Caller callerOf(Account account) {
        List<Caller.Grant> grants =
                grantsOf(account.id()).stream()
                        .map(g -> new Caller.Grant(g.role(), g.houseId(), g.regionCode()))
                        .toList();
        Set<Long> ngos =
                Set.copyOf(
                        em.createQuery(
                                        "SELECT r.ngo.id FROM NgoRepresentative r WHERE r.account.id = :account",
                                        Long.class)
                                .setParameter("account", account.id())
                                .getResultList());
        return new Caller(
                account.id(),
                account.email(),
                account.displayName(),
                account.language(),
                grants,
                ngos);
    }
}
