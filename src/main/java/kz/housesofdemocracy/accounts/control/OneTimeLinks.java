package kz.housesofdemocracy.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.OneTimeToken;
import kz.housesofdemocracy.accounts.entity.OneTimeToken.Purpose;
import kz.housesofdemocracy.platform.Refusal;

/**
 * The secrets behind e-mailed links (confirm the address, reset the password): only their hash is
 * stored, and a link is refused as gone (410) once used, expired or unknown. Only the newest
 * password-reset link of an account works: issuing one ends the older ones, and using one ends all.
 */
@ApplicationScoped
public class OneTimeLinks {

    @PersistenceContext private EntityManager em;

    /** Stores a new token for the account and returns its secret, for the link. */
    public String issue(Account account, Purpose purpose, Instant now) {
        if (purpose == Purpose.RESET_PASSWORD) {
            invalidateAll(account, purpose, now);
        }
        String token = SecretTokens.generate();
        em.persist(new OneTimeToken(account, purpose, SecretTokens.hash(token), now));
        return token;
    }

    /** Ends every outstanding link of the account for this purpose. */
    public void invalidateAll(Account account, Purpose purpose, Instant now) {
        em.createNamedQuery(OneTimeToken.OUTSTANDING, OneTimeToken.class)
                .setParameter("account", account.id())
                .setParameter("purpose", purpose)
                .getResultList()
                .forEach(t -> t.invalidate(now));
    }

    /** The token behind a link, while it may still be used for this purpose. */
    public OneTimeToken usable(String token, Purpose purpose, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw Refusal.gone(OneTimeToken.INVALID);
        }
        OneTimeToken found =
                em
                        .createNamedQuery(OneTimeToken.BY_HASH, OneTimeToken.class)
                        .setParameter("hash", SecretTokens.hash(token.strip()))
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElseThrow(() -> Refusal.gone(OneTimeToken.INVALID));
        found.requireUsable(purpose, now);
        return found;
    }
}
