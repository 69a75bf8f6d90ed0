package kz.housesofdemocracy.ngos.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.platform.Kept;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * The registry's figures, counted in SQL: per region and for the whole country, NGOs registered
 * (not liquidated), with a verified identity, eligible, and active. All four measures of every
 * region come from one statement (conditional sums over the registry, the eligibility rules as
 * {@link EligibilityQuery#ELIGIBLE_SQL}), read fresh on every call: no figure is kept, so none can
 * be stale after a change.
 */
@ApplicationScoped
public class NgoCounts {

    /** One line of figures: a region's, or the country's (region code and name null). */
    public record Line(
            String regionCode,
            LocalizedText regionName,
            long registered,
            long verified,
            long eligible,
            long active) {}

    /**
     * Eligible and active in one sum: an NGO eligible today adds 1 and, when it is also active,
     * {@code 1 + ACTIVE}; the eligible NGOs are the sum modulo {@code ACTIVE}, the active ones the
     * sum divided by it (a region has fewer than a billion NGOs). So the eligibility's EXISTS
     * probes run once per NGO, not once for each of the two measures: on H2 that halves the
     * statement.
     */
    static final long ACTIVE = 1_000_000_000L;

    /**
     * Every region (a region without NGOs counts zeros) with its NGOs that are not liquidated:
     * registered, verified, and eligible and active together (active for now: eligible, with a
     * verified filing for last year itself; bookings refine this later).
     */
    static final String PER_REGION =
            "SELECT g.code, g.name_kk, g.name_ru, g.name_en, COUNT(n.id),"
                    + " SUM(CASE WHEN n.identity = 'VERIFIED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN "
                    + EligibilityQuery.ELIGIBLE_SQL
                    + " THEN CASE WHEN "
                    + EligibilityQuery.verifiedFilingSql("= ?lastYear")
                    + " THEN "
                    + (ACTIVE + 1)
                    + " ELSE 1 END ELSE 0 END)"
                    + " FROM region g LEFT JOIN ngo n ON n.region_code = g.code"
                    + " AND n.operating <> 'LIQUIDATED'"
                    + " GROUP BY g.code, g.name_kk, g.name_ru, g.name_en ORDER BY g.code";

    private static final Pattern PARAMETER = Pattern.compile("\\?([A-Za-z][A-Za-z0-9]*)");

    @PersistenceContext private EntityManager em;
    @Inject private EligibilityFacts facts;
    @Inject private Clock clock;

    /** The public page's figures, computed at most once a minute on this node. */
    private Kept<Boolean, List<Line>> kept;

    @PostConstruct
    void start() {
        kept = new Kept<>(clock, Duration.ofMinutes(1), 1);
    }

    /**
     * The lines of {@link #perRegion()} for the public page, computed at most once a minute ({@link
     * Kept}); the page says when. The REST API and every rule read them fresh.
     */
    public Kept.Value<List<Line>> perRegionForThePublic() {
        return kept.get(Boolean.TRUE, this::perRegion);
    }

    /** A line per region in code order, then the national line: one statement. */
    public List<Line> perRegion() {
        LocalDate today = facts.today();
        Eligibility.Parameters parameters = facts.parameters();
        int[] years = EligibilityQuery.filingYears(parameters, today);
        Map<String, Object> values =
                Map.of(
                        "registeredBy",
                        Date.valueOf(Eligibility.registeredBy(parameters, today)),
                        "filingYear1",
                        years[0],
                        "filingYear2",
                        years[1],
                        "lastYear",
                        today.getYear() - 1);
        List<Line> lines = new ArrayList<>();
        long[] total = new long[4];
        for (Object result : nativeQuery(PER_REGION, values).getResultList()) {
            Object[] row = (Object[]) result;
            long eligibleAndActive = count(row[6]);
            long[] figures = {
                count(row[4]), count(row[5]), eligibleAndActive % ACTIVE, eligibleAndActive / ACTIVE
            };
            for (int i = 0; i < 4; i++) {
                total[i] += figures[i];
            }
            lines.add(
                    new Line(
                            (String) row[0],
                            new LocalizedText((String) row[1], (String) row[2], (String) row[3]),
                            figures[0],
                            figures[1],
                            figures[2],
                            figures[3]));
        }
        lines.add(new Line(null, null, total[0], total[1], total[2], total[3]));
        return lines;
    }

    /** Eligible NGOs per region today, by the same SQL as the lists (one statement). */
    public Map<String, Long> eligibleByRegion() {
        LocalDate today = facts.today();
        Eligibility.Parameters parameters = facts.parameters();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Ngo> ngo = query.from(Ngo.class);
        var region = ngo.get("region").get("code");
        query.multiselect(region, cb.count(ngo))
                .where(
                        cb.notEqual(ngo.get("operating"), OperatingStatus.LIQUIDATED),
                        EligibilityQuery.eligible(cb, query, ngo, parameters, today))
                .groupBy(region);
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(query).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    /** Native SQL with named parameters, bound by position as EclipseLink wants. */
    private Query nativeQuery(String sql, Map<String, Object> values) {
        StringBuilder positional = new StringBuilder();
        List<Object> ordered = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for ?" + m.group(1));
            }
            ordered.add(value);
            m.appendReplacement(positional, "?" + ordered.size());
        }
        m.appendTail(positional);
        Query query = em.createNativeQuery(positional.toString());
        for (int i = 0; i < ordered.size(); i++) {
            query.setParameter(i + 1, ordered.get(i));
        }
        return query;
    }
}
