package kz.housesofdemocracy.ngos.control;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.Set;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;

/**
 * The rules of {@link Eligibility} as a query predicate, so that lists can be filtered and counts
 * taken in the database, not by loading every NGO.
 */
public final class EligibilityQuery {

    private EligibilityQuery() {}

    public static Predicate eligible(
            CriteriaBuilder cb,
            jakarta.persistence.criteria.AbstractQuery<?> query,
            Root<Ngo> ngo,
            Eligibility.Parameters parameters,
            LocalDate today) {
        return cb.and(
                cb.equal(ngo.get("identity"), IdentityStatus.VERIFIED),
                cb.lessThanOrEqualTo(
                        ngo.<LocalDate>get("registeredOn"),
                        Eligibility.registeredBy(parameters, today)),
                cb.equal(ngo.get("operating"), OperatingStatus.ACTIVE),
                verifiedFilingIn(
                        cb, query, ngo, Eligibility.acceptedFilingYears(parameters, today)),
                significantArea(cb, query, ngo));
    }

    /** A verified filing for one of the years exists. */
    public static Predicate verifiedFilingIn(
            CriteriaBuilder cb,
            jakarta.persistence.criteria.AbstractQuery<?> query,
            Root<Ngo> ngo,
            Set<Integer> years) {
        Subquery<Long> filing = query.subquery(Long.class);
        Root<AnnualFiling> f = filing.from(AnnualFiling.class);
        filing.select(f.get("id"))
                .where(
                        cb.equal(f.get("ngo"), ngo),
                        cb.equal(f.get("status"), FilingStatus.VERIFIED),
                        f.get("year").in(years));
        return cb.exists(filing);
    }

    /**
     * The same rules as a condition of native SQL on an NGO row aliased {@code n}, for statements
     * that count several measures at once (conditional sums): {@code ?registeredBy} is {@link
     * Eligibility#registeredBy}, {@code ?filingYear1} and {@code ?filingYear2} the accepted filing
     * years ({@link #filingYears}). EligibilityAgreementIT keeps it in agreement with the rules.
     */
    public static final String ELIGIBLE_SQL =
            "n.identity = 'VERIFIED' AND n.registered_on <= ?registeredBy AND n.operating = 'ACTIVE'"
                    + " AND "
                    + verifiedFilingSql("IN (?filingYear1, ?filingYear2)")
                    + " AND EXISTS (SELECT 1 FROM ngo_area na JOIN activity_area a ON a.code ="
                    + " na.area_code WHERE na.ngo_id = n.id AND a.socially_significant = TRUE)";

    /** A verified filing of the NGO row {@code n} for a year that meets the condition. */
    public static String verifiedFilingSql(String yearCondition) {
        return "EXISTS (SELECT 1 FROM annual_filing f WHERE f.ngo_id = n.id AND f.status ="
                + " 'VERIFIED' AND f.filing_year "
                + yearCondition
                + ")";
    }

    /** The accepted filing years as two values for {@link #ELIGIBLE_SQL} (one may repeat). */
    public static int[] filingYears(Eligibility.Parameters parameters, LocalDate today) {
        int[] years =
                Eligibility.acceptedFilingYears(parameters, today).stream()
                        .mapToInt(Integer::intValue)
                        .sorted()
                        .toArray();
        return new int[] {years[0], years[years.length - 1]};
    }

    private static Predicate significantArea(
            CriteriaBuilder cb,
            jakarta.persistence.criteria.AbstractQuery<?> query,
            Root<Ngo> ngo) {
        Subquery<String> area = query.subquery(String.class);
        Root<Ngo> same = area.correlate(ngo);
        Join<Ngo, ActivityArea> a = same.join("areas");
        area.select(a.get("code")).where(cb.isTrue(a.get("sociallySignificant")));
        return cb.exists(area);
    }
}
