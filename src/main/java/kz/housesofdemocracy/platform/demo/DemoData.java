package kz.housesofdemocracy.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import kz.housesofdemocracy.accounts.control.PasswordHashing;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.Role;
import kz.housesofdemocracy.accounts.entity.RoleGrant;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Region;

/**
 * Demo accounts, one per role, created at start-up only in the embedded demo run ({@code
 * -Dhod.demo=true}) and only when missing. Never in production: the switch is off unless the run
 * command or the tests set it. The README lists them.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;

    @PostConstruct
    void create() {
        if (!DemoPeople.enabled()) {
            return;
        }
        String hash = null;
        Instant now = clock.instant();
        for (DemoPeople.Person person : DemoPeople.PEOPLE) {
            boolean exists =
                    !em.createNamedQuery(Account.BY_EMAIL, Account.class)
                            .setParameter("email", person.email())
                            .getResultList()
                            .isEmpty();
            if (exists) {
                continue;
            }
            if (hash == null) {
                hash = new PasswordHashing().hash(DemoPeople.PASSWORD);
            }
            Account account =
                    new Account(person.email(), person.name(), hash, person.language(), now);
            account.confirm(now);
            em.persist(account);
            em.persist(RoleGrant.of(account, Role.NGO_REPRESENTATIVE, null, null, now));
            if (person.role() != Role.NGO_REPRESENTATIVE) {
                House house =
                        person.houseId() == null ? null : em.find(House.class, person.houseId());
                Region region =
                        person.regionCode() == null
                                ? null
                                : em.find(Region.class, person.regionCode());
                em.persist(RoleGrant.of(account, person.role(), house, region, now));
            }
            LOG.info(() -> "Demo account " + person.email() + " (" + person.role() + ")");
        }
    }
}
