package kz.housesofdemocracy.ngos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.persistence.TextSearch;

/**
 * The staff list of NGOs: a filter of optional parts (the one dynamic query of the registry, so
 * Criteria), scoped by a predicate: approvers see their regions, administrators all.
 */
@ApplicationScoped
public class NgoSearch {

    /** What the staff list filters by; every part optional (null). */
    public interface Criteria {
        String regionCode();

        IdentityStatus identity();

        OperatingStatus operating();

        Boolean eligible();

        String area();

        WorkingLanguage language();

        Boolean youthLed();

        FundingSource funding();

        String text();

        /** Only NGOs waiting for staff: identity to verify, or a filing to verify. */
        Boolean waiting();
    }

    @PersistenceContext private EntityManager em;
    @Inject private EligibilityFacts facts;

    /**
     * One page of the list, sorted by a known field (else by id), then by id; "name.kk" and its
     * siblings sort by the name in one language.
     */
    public List<Ngo> page(
            Caller caller, Criteria filter, int first, int size, String sortBy, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Ngo> query = cb.createQuery(Ngo.class);
        Root<Ngo> ngo = query.from(Ngo.class);
        query.where(predicates(caller, cb, query, ngo, filter));
        var order =
                switch (sortBy == null ? "" : sortBy) {
                    case "registeredOn", "identity", "operating", "youthLed" -> ngo.get(sortBy);
                    case "region" -> ngo.get("region").get("code");
                    case "bin" -> ngo.get("bin").get("digits");
                    case "name.kk", "name.ru", "name.en" ->
                            ngo.get("name").get(sortBy.substring("name.".length()));
                    default -> ngo.get("id");
                };
        query.orderBy(ascending ? cb.asc(order) : cb.desc(order), cb.asc(ngo.get("id")));
        return em.createQuery(query)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), 200))
                .getResultList();
    }

    /** How many NGOs the list holds in all. */
    public long count(Caller caller, Criteria filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Ngo> ngo = query.from(Ngo.class);
        query.select(cb.count(ngo)).where(predicates(caller, cb, query, ngo, filter));
        return em.createQuery(query).getSingleResult();
    }

    private Predicate[] predicates(
            Caller caller,
            CriteriaBuilder cb,
            CriteriaQuery<?> query,
            Root<Ngo> ngo,
            Criteria filter) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        List<Predicate> where = new ArrayList<>();
        scope(caller, cb, ngo, filter, where);
        attributes(cb, query, ngo, filter, where);
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = TextSearch.contains(filter.text());
            where.add(
                    cb.or(
                            cb.like(cb.lower(ngo.get("name").get("kk")), like),
                            cb.like(cb.lower(ngo.get("name").get("ru")), like),
                            cb.like(cb.lower(ngo.get("name").get("en")), like),
                            cb.like(ngo.get("bin").get("digits"), like)));
        }
        if (Boolean.TRUE.equals(filter.waiting())) {
            // The staff queue: identity to verify, or a filing to verify.
            var pending = query.subquery(Long.class);
            Root<AnnualFiling> f = pending.from(AnnualFiling.class);
            pending.select(f.get("id"))
                    .where(
                            cb.equal(f.get("ngo"), ngo),
                            cb.equal(f.get("status"), FilingStatus.PENDING));
            where.add(
                    cb.or(
                            cb.equal(ngo.get("identity"), IdentityStatus.UNVERIFIED),
                            cb.exists(pending)));
        }
        if (filter.eligible() != null) {
            Predicate eligible =
                    EligibilityQuery.eligible(cb, query, ngo, facts.parameters(), facts.today());
            where.add(filter.eligible() ? eligible : cb.not(eligible));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The caller's regions, and the region asked for (which must be one of them). */
    private static void scope(
            Caller caller,
            CriteriaBuilder cb,
            Root<Ngo> ngo,
            Criteria filter,
            List<Predicate> where) {
        boolean admin = caller.holds(Role.NATIONAL_ADMIN);
        List<String> regions =
                caller.grants().stream()
                        .filter(g -> g.role() == Role.AKIMAT_APPROVER)
                        .map(Caller.Grant::regionCode)
                        .toList();
        if (!admin) {
            if (regions.isEmpty()) {
                throw Refusal.forbidden();
            }
            where.add(ngo.get("region").get("code").in(regions));
        }
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            if (!admin && !regions.contains(filter.regionCode())) {
                throw Refusal.forbidden();
            }
            where.add(cb.equal(ngo.get("region").get("code"), filter.regionCode()));
        }
    }

    private static void attributes(
            CriteriaBuilder cb,
            CriteriaQuery<?> query,
            Root<Ngo> ngo,
            Criteria filter,
            List<Predicate> where) {
        if (filter.identity() != null) {
            where.add(cb.equal(ngo.get("identity"), filter.identity()));
        }
        if (filter.operating() != null) {
            where.add(cb.equal(ngo.get("operating"), filter.operating()));
        }
        if (filter.youthLed() != null) {
            where.add(cb.equal(ngo.get("youthLed"), filter.youthLed()));
        }
        if (filter.area() != null && !filter.area().isBlank()) {
            var areas = ngo.join("areas");
            where.add(cb.equal(areas.get("code"), filter.area()));
            query.distinct(true);
        }
        if (filter.language() != null) {
            where.add(cb.isMember(filter.language(), ngo.get("languages")));
        }
        if (filter.funding() != null) {
            where.add(cb.isMember(filter.funding(), ngo.get("funding")));
        }
    }
}
