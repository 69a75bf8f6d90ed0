package kz.housesofdemocracy.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.control.PasswordHashing;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.accounts.entity.RoleGrant;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.Bin;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
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
        createNgos(now);
        createNgoDay(now);
        createLeaseWindow(now);
    }

    /**
     * An application window open in Astana for leases from the next 1 January, unless the region
     * has one already; Almaty has none, so the demo shows both.
     */
    private void createLeaseWindow(Instant now) {
        boolean exists =
                !em.createQuery(
                                "SELECT w.id FROM LeaseWindow w WHERE w.regionCode = 'KZ-71'",
                                Long.class)
                        .getResultList()
                        .isEmpty();
        if (exists) {
            return;
        }
        LocalDate today = Clocks.today(clock);
        LocalDate start = LocalDate.of(today.getYear() + 1, 1, 1);
        em.persist(
                new kz.housesofdemocracy.leases.entity.LeaseWindow(
                        "KZ-71", today.minusDays(7), start.minusDays(1), start, null, now));
        LOG.info(() -> "Demo lease window in KZ-71 for leases from " + start);
    }

    /** NGO Day at the Astana House three weeks ahead, taking registrations, unless there is one. */
    private void createNgoDay(Instant now) {
        boolean exists =
                !em.createQuery("SELECT e.id FROM Event e WHERE e.title.en = 'NGO Day'", Long.class)
                        .getResultList()
                        .isEmpty();
        House house = em.find(House.class, 1L);
        if (exists || house == null) {
            return;
        }
        LocalDate day = LocalDate.now(clock.withZone(house.timeZone())).plusWeeks(3);
        kz.housesofdemocracy.events.entity.Event event =
                new kz.housesofdemocracy.events.entity.Event(
                        kz.housesofdemocracy.events.entity.Event.Scope.HOUSE,
                        house.region().code(),
                        house,
                        new LocalizedText("ҮЕҰ күні", "День НПО", "NGO Day"),
                        new LocalizedText(
                                "ҮЕҰ жәрмеңкесі, дөңгелек үстелдер және әкімдікпен кездесу.",
                                "Ярмарка НПО, круглые столы и встреча с акиматом.",
                                "An NGO fair, round tables and a meeting with the akimat."),
                        day.atTime(10, 0).atZone(house.timeZone()).toInstant(),
                        day.atTime(17, 0).atZone(house.timeZone()).toInstant(),
                        true,
                        null,
                        now);
        event.takeRegistrations(120, null);
        em.persist(event);
        LOG.info(() -> "Demo event NGO Day on " + day);
    }

    /** Three NGOs of the demo NGO representative: two eligible, one waiting for staff. */
    private void createNgos(Instant now) {
        boolean exists =
                !em.createQuery(
                                "SELECT n.id FROM Ngo n WHERE n.bin.digits = '150540001233'",
                                Long.class)
                        .getResultList()
                        .isEmpty();
        if (exists) {
            return;
        }
        LocalDate today = Clocks.today(clock);
        Account representative =
                em.createNamedQuery(Account.BY_EMAIL, Account.class)
                        .setParameter("email", "ngo" + DemoPeople.DOMAIN)
                        .getSingleResult();
        Ngo[] ngos = threeNgos(today, now);
        Ngo youth = ngos[0];
        Ngo green = ngos[1];
        Ngo care = ngos[2];
        for (Ngo ngo : ngos) {
            em.persist(ngo);
            em.persist(new NgoRepresentative(ngo, representative, now));
        }
        youth.decideIdentity(true, null);
        green.decideIdentity(true, null);
        int lastYear = today.getYear() - 1;
        file(youth, LocalDate.of(today.getYear(), 2, 20), "NGO-" + lastYear + "-0412", true, now);
        file(green, LocalDate.of(today.getYear(), 3, 11), "NGO-" + lastYear + "-1877", true, now);
        file(care, LocalDate.of(today.getYear(), 3, 30), "NGO-" + lastYear + "-2290", false, now);
        LOG.info("Demo NGOs created for " + representative.email());
    }

    /** The youth association and the green foundation (with BINs) and the care institution. */
    private Ngo[] threeNgos(LocalDate today, Instant now) {
        Ngo youth =
                ngo(
                        new LocalizedText(
                                "«Жастар бастамасы» қоғамдық бірлестігі",
                                "Общественное объединение «Жастар бастамасы»",
                                "Youth Initiative public association"),
                        Bin.of("150540001233", today),
                        LegalForm.PUBLIC_ASSOCIATION,
                        "KZ-71",
                        "Астана қ., Сарыарқа даңғылы, 4",
                        null,
                        true,
                        Set.of("children-youth", "education"),
                        Set.of(WorkingLanguage.KK, WorkingLanguage.RU),
                        Set.of(FundingSource.STATE, FundingSource.INTERNATIONAL_DONORS),
                        now);
        Ngo green =
                ngo(
                        new LocalizedText(
                                "«Алматы экологиялық альянсы» қоғамдық қоры",
                                "Общественный фонд «Экологический альянс Алматы»",
                                "Almaty Environmental Alliance foundation"),
                        Bin.of("180340004563", today),
                        LegalForm.PUBLIC_FOUNDATION,
                        "KZ-75",
                        "г. Алматы, ул. Жибек Жолы, 50",
                        null,
                        false,
                        Set.of("environment"),
                        Set.of(WorkingLanguage.RU, WorkingLanguage.EN),
                        Set.of(FundingSource.INTERNATIONAL_DONORS),
                        now);
        Ngo care =
                ngo(
                        new LocalizedText(
                                "«Қамқорлық» жеке мекемесі",
                                "Частное учреждение «Камкорлык»",
                                "Qamqorlyq private institution"),
                        null,
                        LegalForm.PRIVATE_INSTITUTION,
                        "KZ-71",
                        "Астана қ., Жеңіс даңғылы, 12",
                        LocalDate.of(2024, 1, 15),
                        false,
                        Set.of("social-support"),
                        Set.of(WorkingLanguage.KK),
                        Set.of(FundingSource.MEMBERS_FEES),
                        now);
        return new Ngo[] {youth, green, care};
    }

    /** Last year's annual filing of an NGO, verified by staff or still waiting. */
    private void file(Ngo ngo, LocalDate filedOn, String number, boolean verified, Instant now) {
        AnnualFiling filing =
                new AnnualFiling(ngo, filedOn.getYear() - 1, filedOn, number, null, now);
        if (verified) {
            filing.decide(true, null, now);
        }
        em.persist(filing);
    }

    private Ngo ngo(
            LocalizedText name,
            Bin bin,
            LegalForm form,
            String region,
            String address,
            LocalDate registeredOn,
            boolean youthLed,
            Set<String> areas,
            Set<WorkingLanguage> languages,
            Set<FundingSource> funding,
            Instant now) {
        Set<ActivityArea> areaSet = new java.util.LinkedHashSet<>();
        areas.forEach(code -> areaSet.add(em.find(ActivityArea.class, code)));
        LocalDate registered =
                registeredOn != null ? registeredOn : bin.registered(Clocks.today(clock)).atDay(1);
        return new Ngo(
                new Ngo.Registration(
                        name,
                        bin,
                        form,
                        em.find(Region.class, region),
                        address,
                        registered,
                        youthLed,
                        "ngo" + DemoPeople.DOMAIN,
                        null,
                        areaSet,
                        languages,
                        funding),
                now);
    }
}
