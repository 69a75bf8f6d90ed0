package kz.housesofdemocracy.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.audit.control.AuditRegions;
import kz.housesofdemocracy.audit.entity.AuditEntry;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The national administrator's search through the audit trail, newest first, a page at a time. */
@Stateless
public class AuditLog {

    /** The columns a reader may sort by, each to its attribute (never the reader's text). */
    private static final Map<String, String> SORTABLE =
            Map.of("at", "at", "actor", "actorEmail", "action", "action", "region", "regionCode");

    @PersistenceContext private EntityManager em;
    @jakarta.inject.Inject private AuditRegions regions;

    /**
     * What to look for; every part is optional. An action ending in "." or given by the API is a
     * prefix; the page's select gives an exact key.
     */
    public record Filter(
            String actor,
            String action,
            String regionCode,
            Instant from,
            Instant to,
            boolean exactAction)
            implements java.io.Serializable {

        public Filter(String actor, String action, String regionCode, Instant from, Instant to) {
            this(actor, action, regionCode, from, to, false);
        }
    }

    @Schema(name = "AuditLine", description = "One line of the audit trail: who did what, when.")
    public record Line(
            @Schema(description = "The line's id; later lines have larger ids.", required = true)
                    long id,
            @Schema(description = "When it happened.", required = true) Instant at,
            @Schema(
                            description =
                                    "The e-mail address of whoever did it; null for the system"
                                            + " or an unknown person.",
                            nullable = true)
                    String actorEmail,
            @Schema(
                            description = "What was done, as a stable key (`area.verb`).",
                            required = true,
                            example = "role.granted")
                    String action,
            @Schema(
                            description =
                                    "The kind of object it was done to, e.g. `account`,"
                                            + " `booking`.",
                            nullable = true,
                            example = "account")
                    String objectType,
            @Schema(
                            description = "The object's id within its kind.",
                            nullable = true,
                            example = "42")
                    String objectId,
            @Schema(
                            description = "The ISO 3166-2 code of the region concerned, if any.",
                            nullable = true,
                            example = "KZ-71")
                    String regionCode,
            @Schema(
                            description = "Details in words, e.g. the scope and the reason.",
                            nullable = true)
                    String detail,
            @Schema(
                            description = "The IP address the request came from, if any.",
                            nullable = true,
                            example = "127.0.0.1")
                    String sourceAddress)
            implements java.io.Serializable {}

    public List<Line> search(Caller caller, Filter filter, int first, int size) {
        return search(caller, filter, first, size, "at", false);
    }

    /** A page sorted by a known column ("at", "actor", "action", "region"; else the time). */
    public List<Line> search(
            Caller caller, Filter filter, int first, int size, String sortBy, boolean ascending) {
        AccessPolicy.require(caller, Action.READ_AUDIT, Scope.national());
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        String attribute = SORTABLE.getOrDefault(sortBy == null ? "" : sortBy, "at");
        List<Order> order = new ArrayList<>();
        order.add(ascending ? cb.asc(entry.get(attribute)) : cb.desc(entry.get(attribute)));
        if (!attribute.equals("at")) {
            order.add(cb.desc(entry.get("at")));
        }
        order.add(
                ascending && attribute.equals("at")
                        ? cb.asc(entry.get("id"))
                        : cb.desc(entry.get("id")));
        query.where(matching(cb, entry, filter)).orderBy(order);
        TypedQuery<AuditEntry> page =
                em.createQuery(query)
                        .setFirstResult(Math.max(first, 0))
                        .setMaxResults(Math.min(Math.max(size, 1), 500));
        return page.getResultList().stream()
                .map(
                        e ->
                                new Line(
                                        e.id(),
                                        e.at(),
                                        e.actorEmail(),
                                        e.action(),
                                        e.objectType(),
                                        e.objectId(),
                                        e.regionCode(),
                                        e.detail(),
                                        e.sourceAddress()))
                .toList();
    }

    public long count(Caller caller, Filter filter) {
        AccessPolicy.require(caller, Action.READ_AUDIT, Scope.national());
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(matching(cb, entry, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** Every region's name by its code, for the page's column and filter. */
    public Map<String, LocalizedText> regionNames() {
        return regions.names();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEntry> entry, Filter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add(
                    cb.like(
                            cb.lower(entry.get("actorEmail")),
                            "%"
                                    + filter.actor()
                                            .strip()
                                            .toLowerCase(Locale.ROOT)
                                            .replace("%", "")
                                    + "%"));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add(
                    filter.exactAction()
                            ? cb.equal(entry.get("action"), filter.action().strip())
                            : cb.like(
                                    entry.get("action"),
                                    filter.action().strip().replace("%", "") + "%"));
        }
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            where.add(cb.equal(entry.get("regionCode"), filter.regionCode().strip()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("at"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(entry.get("at"), filter.to()));
        }
        return where.toArray(Predicate[]::new);
    }
}
