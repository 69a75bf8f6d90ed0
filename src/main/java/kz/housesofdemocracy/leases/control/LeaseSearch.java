package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.persistence.TextSearch;

/**
 * The staff lists of lease applications and leases, a page at a time: one query for the rows
 * (sorted and cut in the database), one for the count. Built from fixed fragments; what a person
 * typed is a parameter, and a sort field is looked up in a closed list.
 */
@Dependent
public class LeaseSearch {

    /** Whose leases: all (an administrator), or some Houses and some regions. */
    public record Scope(boolean all, List<Long> houses, List<String> regions) {}

    /**
     * What a list is cut to: the statuses it can show at all, and optionally one of them, a House,
     * the first day's span and a part of the NGO's name.
     */
    public record Criteria(
            Set<LeaseStatus> statuses,
            LeaseStatus status,
            Long houseId,
            LocalDate from,
            LocalDate to,
            String ngoText) {}

    private static final Set<String> SORTABLE =
            Set.of("ngo", "house", "office", "startsOn", "status", "submittedAt");

    @PersistenceContext private EntityManager em;

    /** One page of leases, sorted by a known column (else by when they were sent), then by id. */
    public List<Lease> page(
            Scope scope,
            Criteria criteria,
            int first,
            int size,
            String sortBy,
            boolean ascending,
            Language language) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(scope, criteria, parameters);
        String direction = ascending ? " ASC" : " DESC";
        TypedQuery<Lease> query =
                em.createQuery(
                        "SELECT l FROM Lease l JOIN FETCH l.ngo n JOIN FETCH l.house h JOIN FETCH h.region JOIN FETCH l.window LEFT JOIN FETCH l.office o"
                                + where
                                + " ORDER BY "
                                + order(sortBy, language)
                                + direction
                                + ", l.id"
                                + direction,
                        Lease.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), 500))
                .getResultList();
    }

    /** How many leases the list holds in all. */
    public long count(Scope scope, Criteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(scope, criteria, parameters);
        TypedQuery<Long> query =
                em.createQuery(
                        "SELECT COUNT(l) FROM Lease l JOIN l.ngo n JOIN l.house h" + where,
                        Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    static String order(String sortBy, Language language) {
        String column = sortBy != null && SORTABLE.contains(sortBy) ? sortBy : "submittedAt";
        String name = language == null ? "kk" : language.name().toLowerCase(Locale.ROOT);
        return switch (column) {
            case "ngo" -> "n.name." + name;
            case "house" -> "h.name." + name;
            case "office" -> "o.name." + name;
            case "startsOn" -> "l.startsOn";
            case "status" -> "l.status";
            default -> "l.submittedAt";
        };
    }

    private static String where(Scope scope, Criteria criteria, Map<String, Object> parameters) {
        List<String> where = new ArrayList<>();
        if (!scope.all()) {
            where.add("(h.id IN :houses OR h.region.code IN :regions)");
            parameters.put("houses", scope.houses().isEmpty() ? List.of(-1L) : scope.houses());
            parameters.put("regions", scope.regions().isEmpty() ? List.of("--") : scope.regions());
        }
        if (criteria.status() != null && criteria.statuses().contains(criteria.status())) {
            where.add("l.status = :status");
            parameters.put("status", criteria.status());
        } else {
            where.add("l.status IN :statuses");
            parameters.put("statuses", List.copyOf(criteria.statuses()));
        }
        if (criteria.houseId() != null) {
            where.add("h.id = :house");
            parameters.put("house", criteria.houseId());
        }
        if (criteria.from() != null) {
            where.add("l.startsOn >= :from");
            parameters.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.add("l.startsOn <= :to");
            parameters.put("to", criteria.to());
        }
        if (criteria.ngoText() != null && !criteria.ngoText().isBlank()) {
            where.add(
                    "(LOWER(n.name.kk) LIKE :text OR LOWER(n.name.ru) LIKE :text OR LOWER(n.name.en) LIKE :text)");
            parameters.put("text", TextSearch.contains(criteria.ngoText()));
        }
        return " WHERE " + String.join(" AND ", where);
    }
}
