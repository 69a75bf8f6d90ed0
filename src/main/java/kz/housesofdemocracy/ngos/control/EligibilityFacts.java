package kz.housesofdemocracy.ngos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
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
