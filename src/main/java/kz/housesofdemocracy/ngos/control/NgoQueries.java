package kz.housesofdemocracy.ngos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.Bin;
import kz.housesofdemocracy.ngos.entity.EligibilityPolicy;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoInvitation;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;

/** Finding things in the registry: one method per question, in the caller's transaction. */
@ApplicationScoped
public class NgoQueries {

    @PersistenceContext private EntityManager em;

    /** The NGO, or a refusal (404) when there is none. */
    public Ngo ngo(long id) {
        Ngo ngo = em.find(Ngo.class, id);
        if (ngo == null) {
            throw Refusal.notFound("refusal.ngo.notFound", id);
        }
        return ngo;
    }

    /** The filing, or a refusal (404) when there is none. */
    public AnnualFiling filing(long id) {
        AnnualFiling filing = em.find(AnnualFiling.class, id);
        if (filing == null) {
            throw Refusal.notFound("refusal.filing.notFound", id);
        }
        return filing;
    }

    /** The NGOs with these ids, by id. */
    public List<Ngo> ngos(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT n FROM Ngo n JOIN FETCH n.region WHERE n.id IN :ids ORDER BY n.id",
                        Ngo.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The NGO already registered with this BIN, if any. */
    public Optional<Long> withBin(Bin bin) {
        return em
                .createQuery("SELECT n.id FROM Ngo n WHERE n.bin.digits = :bin", Long.class)
                .setParameter("bin", bin.digits())
                .getResultList()
                .stream()
                .findFirst();
    }

    /** An NGO's filings, the latest year first. */
    public List<AnnualFiling> filings(Ngo ngo) {
        return em.createQuery(
                        "SELECT f FROM AnnualFiling f WHERE f.ngo = :ngo ORDER BY f.year DESC",
                        AnnualFiling.class)
                .setParameter("ngo", ngo)
                .getResultList();
    }

    /** The filings of several NGOs in one query, by NGO id. */
    public Map<Long, List<AnnualFiling>> filingsOf(List<Ngo> ngos) {
        Map<Long, List<AnnualFiling>> filings = new HashMap<>();
        if (ngos.isEmpty()) {
            return filings;
        }
        em.createQuery("SELECT f FROM AnnualFiling f WHERE f.ngo.id IN :ids", AnnualFiling.class)
                .setParameter("ids", ngos.stream().map(Ngo::id).toList())
                .getResultList()
                .forEach(f -> filings.computeIfAbsent(f.ngo().id(), k -> new ArrayList<>()).add(f));
        return filings;
    }

    /** An NGO's representatives with their accounts, in the order they joined. */
    public List<NgoRepresentative> representatives(Ngo ngo) {
        return em.createQuery(
                        "SELECT r FROM NgoRepresentative r JOIN FETCH r.account WHERE r.ngo = :ngo ORDER BY r.id",
                        NgoRepresentative.class)
                .setParameter("ngo", ngo)
                .getResultList();
    }

    /** Whom a letter to an NGO goes to: one of its representatives, as a letter needs them. */
    public record Addressee(String email, String displayName, Language language) {}

    /**
     * The people who speak for an NGO (its representatives), in the order they joined: three
     * columns each, not their accounts (a booking's letter reads them in the booking's transaction,
     * and accounts read there would be carried to its commit).
     */
    public List<Addressee> representativeAccounts(Ngo ngo) {
        return em
                .createQuery(
                        "SELECT r.account.email, r.account.displayName, r.account.language"
                                + " FROM NgoRepresentative r WHERE r.ngo = :ngo ORDER BY r.id",
                        Object[].class)
                .setParameter("ngo", ngo)
                .getResultList()
                .stream()
                .map(row -> new Addressee((String) row[0], (String) row[1], (Language) row[2]))
                .toList();
    }

    /** The invitation whose token has this hash, if any. */
    public Optional<NgoInvitation> invitation(String tokenHash) {
        return em
                .createQuery(
                        "SELECT i FROM NgoInvitation i WHERE i.tokenHash = :hash",
                        NgoInvitation.class)
                .setParameter("hash", tokenHash)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Account account(long id) {
        return em.find(Account.class, id);
    }

    /** The language of the account with this (normalized) address, if there is one. */
    public Optional<Language> languageOf(String normalizedEmail) {
        return em
                .createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", normalizedEmail)
                .getResultList()
                .stream()
                .map(Account::language)
                .findFirst();
    }

    public List<ActivityArea> areas() {
        return em.createNamedQuery(ActivityArea.ALL, ActivityArea.class).getResultList();
    }

    public EligibilityPolicy policy() {
        return em.find(EligibilityPolicy.class, EligibilityPolicy.ID);
    }
}
