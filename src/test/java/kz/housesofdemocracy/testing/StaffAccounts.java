package kz.housesofdemocracy.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.RoleGrant;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.premises.entity.Region;

/** Test-only: an akimat approver of a region, made (or found) inside the server, for mail tests. */
@Stateless
public class StaffAccounts {

    @PersistenceContext private EntityManager em;

    /**
     * The approver with this address, active, approving in the region, with the daily digest on or
     * off and no digest sent yet.
     */
    public long approver(
            String email, String name, Language language, String region, boolean digest) {
        Instant now = Instant.now();
        Account account =
                em.createNamedQuery(Account.BY_EMAIL, Account.class)
                        .setParameter("email", Account.normalize(email))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (account == null) {
            account = new Account(email, name, "not-a-hash", language, now);
            account.confirm(now);
            em.persist(account);
            em.persist(
                    RoleGrant.of(
                            account,
                            Role.AKIMAT_APPROVER,
                            null,
                            em.find(Region.class, region),
                            now));
        }
        account.chooseDailyDigest(digest);
        account.digestSent(null);
        em.flush();
        return account.id();
    }
}
