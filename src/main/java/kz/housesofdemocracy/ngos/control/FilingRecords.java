package kz.housesofdemocracy.ngos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;

/**
 * Recording an NGO's annual filing: one per year (a refused one may be filed again), for a past
 * year, filed after that year ended, with an optional PDF receipt.
 */
@ApplicationScoped
public class FilingRecords {

    @PersistenceContext private EntityManager em;
    @Inject private NgoQueries queries;
    @Inject private Receipts receipts;
    @Inject private Clock clock;

    /** Checks the input, field by field, and refuses (400) with every problem found. */
    public void check(Integer year, LocalDate filedOn, String reference, byte[] receipt) {
        LocalDate today = Clocks.today(clock);
        InputCheck check = InputCheck.start();
        check.when(
                year == null || year < 1991 || year >= today.getYear(),
                "year",
                "validation.filing.year",
                Integer.toString(today.getYear() - 1));
        check.when(
                filedOn == null
                        || filedOn.isAfter(today)
                        || (year != null && filedOn.getYear() <= year),
                "filedOn",
                "validation.filing.filedOn");
        check.text("reference", reference, 60);
        check.when(
                reference != null
                        && !reference.isBlank()
                        && !reference.strip().matches("[\\p{L}\\p{N} ./№#-]{1,60}"),
                "reference",
                "validation.characters");
        Receipts.check(check, receipt, false);
        check.orRefuse();
    }

    /** Records the (checked) filing, replacing a refused one of the same year. */
    public AnnualFiling record(
            Ngo ngo, int year, LocalDate filedOn, String reference, byte[] receipt) {
        AnnualFiling existing =
                queries.filings(ngo).stream()
                        .filter(f -> f.year() == year)
                        .findFirst()
                        .orElse(null);
        if (existing != null && existing.status() != FilingStatus.REFUSED) {
            throw Refusal.conflict(
                    "duplicate-filing", "refusal.filing.duplicate", Integer.toString(year));
        }
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        AnnualFiling filing =
                new AnnualFiling(
                        ngo, year, filedOn, reference, receipts.save(receipt), clock.instant());
        em.persist(filing);
        em.flush();
        return filing;
    }
}
