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
import java.util.List;
import java.util.logging.Logger;
import kz.housesofdemocracy.accounts.control.PasswordHashing;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.Role;
import kz.housesofdemocracy.accounts.entity.RoleGrant;
import kz.housesofdemocracy.platform.i18n.Language;
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

    public static final String SWITCH = "hod.demo";
    public static final String PASSWORD = "Demo-House-2026";
    public static final String DOMAIN = "@demo.houses-of-democracy.kz";

    /** One demo person: e-mail local part, name, language, role, House id or region code. */
    public record Person(
            String login,
            String name,
            Language language,
            Role role,
            Long houseId,
            String regionCode) {
        public String email() {
            return login + DOMAIN;
        }
    }

    public static final List<Person> PEOPLE =
            List.of(
                    new Person(
                            "admin",
                            "Әлия Нұрланқызы",
                            Language.KK,
                            Role.NATIONAL_ADMIN,
                            null,
                            null),
                    new Person(
                            "approver.astana",
                            "Ержан Бекболатов",
                            Language.KK,
                            Role.AKIMAT_APPROVER,
                            null,
                            "KZ-71"),
                    new Person(
                            "approver.almaty",
                            "Динара Сарсенова",
                            Language.RU,
                            Role.AKIMAT_APPROVER,
                            null,
                            "KZ-75"),
                    new Person(
                            "manager.astana",
                            "Асқар Жұмабаев",
                            Language.KK,
                            Role.HOUSE_MANAGER,
                            1L,
                            null),
                    new Person(
                            "manager.almaty",
                            "Gulnar Omarova",
                            Language.EN,
                            Role.HOUSE_MANAGER,
                            2L,
                            null),
                    new Person(
                            "ngo",
                            "Марат Исаев",
                            Language.RU,
                            Role.NGO_REPRESENTATIVE,
                            null,
                            null));

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;

    public static boolean enabled() {
        return Boolean.getBoolean(SWITCH);
    }

    @PostConstruct
    void create() {
        if (!enabled()) {
            return;
        }
        String hash = null;
        Instant now = clock.instant();
        for (Person person : PEOPLE) {
            boolean exists =
                    !em.createNamedQuery(Account.BY_EMAIL, Account.class)
                            .setParameter("email", person.email())
                            .getResultList()
                            .isEmpty();
            if (exists) {
                continue;
            }
            if (hash == null) {
                hash = new PasswordHashing().hash(PASSWORD);
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
