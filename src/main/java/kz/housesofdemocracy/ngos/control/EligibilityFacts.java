package kz.housesofdemocracy.ngos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.EligibilityPolicy;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.platform.Clocks;

/**
 * Gathers what {@link Eligibility} looks at (the NGO, its verified filings, the policy, today) and
 * asks it for a verdict.
 */
@ApplicationScoped
public class EligibilityFacts {

    @Inject private NgoQueries queries;
    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;

    /** The policy's parameters as they stand. */
    public Eligibility.Parameters parameters() {
        EligibilityPolicy policy = queries.policy();
        return new Eligibility.Parameters(policy.minMonthsRegistered(), policy.filingGraceUntil());
    }

    public LocalDate today() {
        return Clocks.today(clock);
    }

    /** The NGO's verdict today, its filings read here. */
    public Eligibility.Verdict verdict(Ngo ngo) {
        return verdict(ngo, queries.filings(ngo));
    }

    /** The NGO's verdict today, given all its filings. */
    public Eligibility.Verdict verdict(Ngo ngo, List<AnnualFiling> filings) {
        Set<Integer> verified = new HashSet<>();
        filings.stream()
                .filter(f -> f.status() == FilingStatus.VERIFIED)
                .forEach(f -> verified.add(f.year()));
        return Eligibility.evaluate(
                new Eligibility.Facts(
                        ngo.identity(),
                        ngo.registeredOn(),
                        verified,
                        ngo.operating(),
                        ngo.hasSociallySignificantArea()),
                parameters(),
                today());
    }

    /**
     * The facts beside the NGO's own row (the policy, its verified filing years, whether it works
     * in a socially significant area) in one statement: a booking asks for the verdict on every
     * request, where three reads (policy, filings, areas) were three round trips.
     */
    private static final String FACTS =
            "SELECT 0, p.min_months_registered, p.filing_grace_until FROM eligibility_policy p"
                    + " WHERE p.id = "
                    + EligibilityPolicy.ID
                    + " UNION ALL SELECT 1, f.filing_year, NULL FROM annual_filing f"
                    + " WHERE f.ngo_id = ?1 AND f.status = 'VERIFIED'"
                    + " UNION ALL SELECT 2, 0, NULL FROM ngo_area na"
                    + " JOIN activity_area a ON a.code = na.area_code"
                    + " WHERE na.ngo_id = ?1 AND a.socially_significant = TRUE";

    /**
     * The NGO's verdict today, its facts read in one statement (the same rules, the same answer as
     * {@link #verdict(Ngo)}).
     */
    public Eligibility.Verdict verdictInOneRead(Ngo ngo) {
        Eligibility.Parameters parameters = null;
        Set<Integer> verified = new HashSet<>();
        boolean significantArea = false;
        for (Object row : em.createNativeQuery(FACTS).setParameter(1, ngo.id()).getResultList()) {
            Object[] columns = (Object[]) row;
            switch (((Number) columns[0]).intValue()) {
                case 0 ->
                        parameters =
                                new Eligibility.Parameters(
                                        ((Number) columns[1]).intValue(),
                                        MonthDay.parse("--" + columns[2]));
                case 1 -> verified.add(((Number) columns[1]).intValue());
                default -> significantArea = true;
            }
        }
        if (parameters == null) {
            parameters = parameters(); // never: the policy's row is a migration's
        }
        return Eligibility.evaluate(
                new Eligibility.Facts(
                        ngo.identity(),
                        ngo.registeredOn(),
                        verified,
                        ngo.operating(),
                        significantArea),
                parameters,
                today());
    }

    /** Whether each NGO is eligible today, by NGO id, with one query for all their filings. */
    public Map<Long, Boolean> eligible(List<Ngo> ngos) {
        Map<Long, List<AnnualFiling>> filings = queries.filingsOf(ngos);
        Map<Long, Boolean> eligible = new HashMap<>();
        for (Ngo ngo : ngos) {
            eligible.put(
                    ngo.id(), verdict(ngo, filings.getOrDefault(ngo.id(), List.of())).eligible());
        }
        return eligible;
    }
}
