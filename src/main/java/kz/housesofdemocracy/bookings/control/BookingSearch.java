package kz.housesofdemocracy.bookings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.persistence.TextSearch;

/**
 * The staff lists of bookings, a page at a time: one query for the rows (sorted and cut in the
 * database), one for the count. The query is built from fixed fragments only; what a person typed
 * is always a parameter, and a sort field is looked up in a closed list.
 */
@Dependent
public class BookingSearch {

    /** Whose bookings: all (an administrator), or some Houses and some regions. */
    public record Scope(boolean all, List<Long> houses, List<String> regions) {}

    /** What the list is cut to; every part optional (null). */
    public record Criteria(
            boolean pendingOnly,
            Long houseId,
            BookingStatus status,
            LocalDate from,
            LocalDate to,
            String ngoText) {}

    /** The sortable columns and the path each stands for; the names are per language. */
    private static final Set<String> SORTABLE = Set.of("when", "room", "house", "ngo", "status");

    @PersistenceContext private EntityManager em;

    /** One page of bookings, sorted by a known column (else by time), then by id. */
    public List<Booking> page(
            Scope scope,
            Criteria criteria,
            Instant now,
            int first,
            int size,
            String sortBy,
            boolean ascending,
            Language language) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(scope, criteria, now, parameters);
        String order = order(sortBy, language) + (ascending ? " ASC" : " DESC");
        TypedQuery<Booking> query =
                em.createQuery(
                        "SELECT b FROM Booking b JOIN FETCH b.room r JOIN FETCH r.house h JOIN FETCH b.ngo n"
                                + where
                                + " ORDER BY "
                                + order
                                + ", b.id"
                                + (ascending ? " ASC" : " DESC"),
                        Booking.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), 500))
                .getResultList();
    }

    /** How many bookings the list holds in all. */
    public long count(Scope scope, Criteria criteria, Instant now) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(scope, criteria, now, parameters);
        TypedQuery<Long> query =
                em.createQuery(
                        "SELECT COUNT(b) FROM Booking b JOIN b.room r JOIN r.house h JOIN b.ngo n"
                                + where,
                        Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The JPQL path a column sorts by: a closed list, never the text that came in. */
    static String order(String sortBy, Language language) {
        String column = sortBy != null && SORTABLE.contains(sortBy) ? sortBy : "when";
        String name = language == null ? "kk" : language.name().toLowerCase(Locale.ROOT);
        return switch (column) {
            case "room" -> "r.name." + name;
            case "house" -> "h.name." + name;
            case "ngo" -> "n.name." + name;
            case "status" -> "b.status";
            default -> "b.startsAt";
        };
    }

    private static String where(
            Scope scope, Criteria criteria, Instant now, Map<String, Object> parameters) {
        List<String> where = new ArrayList<>();
        if (!scope.all()) {
            where.add("(h.id IN :houses OR h.region.code IN :regions)");
            parameters.put("houses", scope.houses().isEmpty() ? List.of(-1L) : scope.houses());
            parameters.put("regions", scope.regions().isEmpty() ? List.of("--") : scope.regions());
        }
        if (criteria.pendingOnly()) {
            where.add("b.status = :pending AND b.endsAt > :now");
            parameters.put("pending", BookingStatus.PENDING);
            parameters.put("now", now);
        } else if (criteria.status() != null) {
            where.add("b.status = :status");
            parameters.put("status", criteria.status());
        }
        if (criteria.houseId() != null) {
            where.add("h.id = :house");
            parameters.put("house", criteria.houseId());
        }
        if (criteria.from() != null) {
            where.add("b.startsAt >= :from");
            parameters.put("from", criteria.from().atStartOfDay(Clocks.KAZAKHSTAN).toInstant());
        }
        if (criteria.to() != null) {
            where.add("b.startsAt < :to");
            parameters.put(
                    "to", criteria.to().plusDays(1).atStartOfDay(Clocks.KAZAKHSTAN).toInstant());
        }
        if (criteria.ngoText() != null && !criteria.ngoText().isBlank()) {
            where.add(
                    "(LOWER(n.name.kk) LIKE :text OR LOWER(n.name.ru) LIKE :text OR LOWER(n.name.en) LIKE :text)");
            parameters.put("text", TextSearch.contains(criteria.ngoText()));
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }
}
