package kz.housesofdemocracy.ngos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Region;

/**
 * The registry's figures, counted in SQL: per region and for the whole country, NGOs registered
 * (not liquidated), with a verified identity, eligible, and active.
 */
@ApplicationScoped
public class NgoCounts {

    /** What is counted: every measure adds to the one before. */
    enum Measure {
        REGISTERED,
        VERIFIED,
        ELIGIBLE,
        ACTIVE
    }

    /** One line of figures: a region's, or the country's (region code and name null). */
    public record Line(
            String regionCode,
            LocalizedText regionName,
            long registered,
            long verified,
            long eligible,
            long active) {}

    @PersistenceContext private EntityManager em;
    @Inject private EligibilityFacts facts;

    /** A line per region, then the national line. */
    public List<Line> perRegion() {
        LocalDate today = facts.today();
        Eligibility.Parameters parameters = facts.parameters();
        Map<String, Long> registered = grouped(Measure.REGISTERED, today, parameters);
        Map<String, Long> verified = grouped(Measure.VERIFIED, today, parameters);
        Map<String, Long> eligible = grouped(Measure.ELIGIBLE, today, parameters);
        Map<String, Long> active = grouped(Measure.ACTIVE, today, parameters);
        List<Line> lines = new ArrayList<>();
        long[] total = new long[4];
        for (Region region : em.createNamedQuery(Region.ALL, Region.class).getResultList()) {
            String code = region.code();
            long[] row = {
                registered.getOrDefault(code, 0L),
                verified.getOrDefault(code, 0L),
                eligible.getOrDefault(code, 0L),
                active.getOrDefault(code, 0L)
            };
            for (int i = 0; i < 4; i++) {
                total[i] += row[i];
            }
            lines.add(new Line(code, region.name(), row[0], row[1], row[2], row[3]));
        }
        lines.add(new Line(null, null, total[0], total[1], total[2], total[3]));
        return lines;
    }

    /** Eligible NGOs per region today, by the same SQL as the lists (one statement). */
    public Map<String, Long> eligibleByRegion() {
        return grouped(Measure.ELIGIBLE, facts.today(), facts.parameters());
    }

    private Map<String, Long> grouped(
            Measure measure, LocalDate today, Eligibility.Parameters parameters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Ngo> ngo = query.from(Ngo.class);
        var region = ngo.get("region").get("code");
        List<Predicate> where = new ArrayList<>();
        where.add(cb.notEqual(ngo.get("operating"), OperatingStatus.LIQUIDATED));
        switch (measure) {
            case REGISTERED -> {}
            case VERIFIED -> where.add(cb.equal(ngo.get("identity"), IdentityStatus.VERIFIED));
            case ELIGIBLE ->
                    where.add(EligibilityQuery.eligible(cb, query, ngo, parameters, today));
            case ACTIVE -> {
                // For now: eligible, with a verified filing for last year itself (bookings refine
                // this later).
                where.add(EligibilityQuery.eligible(cb, query, ngo, parameters, today));
                where.add(
                        EligibilityQuery.verifiedFilingIn(
                                cb, query, ngo, Set.of(today.getYear() - 1)));
            }
        }
        query.multiselect(region, cb.count(ngo))
                .where(where.toArray(Predicate[]::new))
                .groupBy(region);
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(query).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }
}
