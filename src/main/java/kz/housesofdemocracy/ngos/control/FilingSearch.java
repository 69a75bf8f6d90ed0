package kz.housesofdemocracy.ngos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.persistence.TextSearch;

/**
 * The region-wide list of annual filings for approvers (their regions) and administrators (all):
 * one query per page with its NGO and region fetched, one count, filtered and sorted in the
 * database.
 */
@ApplicationScoped
public class FilingSearch {

    /** What the list filters by; every part optional (null). */
    public record Criteria(FilingStatus status, Integer year, String text)
            implements java.io.Serializable {}

    @PersistenceContext private EntityManager em;

    /**
     * One page sorted by a known column ("year", "filedOn", "status", "ngo", "bin", "region"; else
     * the filing day), then by id; "ngo" sorts by the name in the reader's language.
     */
    public List<AnnualFiling> page(
            Caller caller,
            Criteria filter,
            int first,
            int size,
            String sortBy,
            boolean ascending,
            Language language) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(AnnualFiling.class);
        Root<AnnualFiling> filing = query.from(AnnualFiling.class);
        // EclipseLink's fetch is also a join, so the page's filter and order use the fetched NGO.
        Fetch<AnnualFiling, Ngo> fetched = filing.fetch("ngo");
        fetched.fetch("region");
        @SuppressWarnings("unchecked")
        Join<AnnualFiling, Ngo> ngo = (Join<AnnualFiling, Ngo>) (Object) fetched;
        Expression<?> order = order(filing, ngo, sortBy, language);
        query.where(predicates(caller, cb, filing, ngo, filter))
                .orderBy(
                        ascending ? cb.asc(order) : cb.desc(order),
                        ascending ? cb.asc(filing.get("id")) : cb.desc(filing.get("id")));
        return em.createQuery(query)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), 500))
                .getResultList();
    }

    public long count(Caller caller, Criteria filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        Root<AnnualFiling> filing = query.from(AnnualFiling.class);
        Join<AnnualFiling, Ngo> ngo = filing.join("ngo");
        query.select(cb.count(filing)).where(predicates(caller, cb, filing, ngo, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Expression<?> order(
            Root<AnnualFiling> filing, From<?, Ngo> ngo, String sortBy, Language language) {
        return switch (sortBy == null ? "" : sortBy) {
            case "year" -> filing.get("year");
            case "status" -> filing.get("status");
            case "ngo" -> ngo.get("name").get(language.tag());
            case "bin" -> ngo.get("bin").get("digits");
            case "region" -> ngo.get("region").get("code");
            default -> filing.get("filedOn");
        };
    }

    private static Predicate[] predicates(
            Caller caller,
            CriteriaBuilder cb,
            Root<AnnualFiling> filing,
            From<?, Ngo> ngo,
            Criteria filter) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        List<Predicate> where = new ArrayList<>();
        if (!caller.holds(Role.NATIONAL_ADMIN)) {
            List<String> regions =
                    caller.grants().stream()
                            .filter(g -> g.role() == Role.AKIMAT_APPROVER)
                            .map(Caller.Grant::regionCode)
                            .toList();
            if (regions.isEmpty()) {
                throw Refusal.forbidden();
            }
            where.add(ngo.get("region").get("code").in(regions));
        }
        if (filter.status() != null) {
            where.add(cb.equal(filing.get("status"), filter.status()));
        }
        if (filter.year() != null) {
            where.add(cb.equal(filing.get("year"), filter.year()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = TextSearch.contains(filter.text());
            where.add(
                    cb.or(
                            cb.like(cb.lower(ngo.get("name").get("kk")), like),
                            cb.like(cb.lower(ngo.get("name").get("ru")), like),
                            cb.like(cb.lower(ngo.get("name").get("en")), like),
                            cb.like(ngo.get("bin").get("digits"), like)));
        }
        return where.toArray(Predicate[]::new);
    }
}
