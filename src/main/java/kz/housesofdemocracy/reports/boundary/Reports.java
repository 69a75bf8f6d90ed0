package kz.housesofdemocracy.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.persistence.StatementCounter;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Region;
import kz.housesofdemocracy.reports.control.KeptDashboards;
import kz.housesofdemocracy.reports.control.OccupancyReport;
import kz.housesofdemocracy.reports.entity.ReportPublication;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Annual occupancy and subsidy reports: computed for the caller's scope (a region's approvers their
 * region, administrators any), published by the administrator as frozen, versioned snapshots of the
 * national aggregates that anyone may read and download.
 */
@Stateless
public class Reports {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** Snapshots are read back through private fields: LocalizedText has getters only. */
    private static final class Snapshots {
        static final Jsonb JSON =
                JsonbBuilder.create(
                        new JsonbConfig()
                                .withPropertyVisibilityStrategy(
                                        new PropertyVisibilityStrategy() {
                                            @Override
                                            public boolean isVisible(Field field) {
                                                return !Modifier.isStatic(field.getModifiers());
                                            }

                                            @Override
                                            public boolean isVisible(Method method) {
                                                return false;
                                            }
                                        }));
    }

    @PersistenceContext private EntityManager em;
    @Inject private ReportComputation computation;
    @Inject private KeptDashboards dashboards;
    @Inject private AuditTrail audit;
    @Inject private Clock clock;

    /** A report with what it cost the database and the heap to compute. */
    public record Computed(OccupancyReport report, int statements, long allocatedBytes) {}

    /** A published version as listed. */
    @Schema(name = "ReportPublication", description = "A published version of a national report.")
    public record Publication(
            @Schema(description = "The report's year.", required = true, example = "2027") int year,
            @Schema(description = "The version, from 1.", required = true, example = "1")
                    int version,
            @Schema(
                            description = "Why it replaced the version before; null for the first.",
                            nullable = true)
                    String reason,
            @Schema(description = "When it was published.", required = true) Instant publishedAt)
            implements Serializable {}

    /**
     * The report of a year for the nation (administrators), a region or a House (its region's
     * approvers, administrators).
     */
    public Computed occupancy(Caller caller, Integer year, String regionCode, Long houseId) {
        int y = year(year);
        String region = readableRegion(caller, regionCode, houseId);
        long allocatedBefore = allocatedByThisThread();
        StatementCounter.reset();
        ReportComputation.Computation computed =
                computation.computeCounted(y, houseId != null ? null : region, houseId);
        OccupancyReport report = computed.report();
        // The report's own statements: a year kept on its first demand is a one-off, not counted.
        int statements = StatementCounter.count() - computed.keepingStatements();
        long allocated = allocatedByThisThread() - allocatedBefore;
        return new Computed(report, statements, allocated);
    }

    /**
     * The staff dashboard's report of a year and scope, one level (the top place and the places
     * just below it), kept for a minute per scope ({@link KeptDashboards}); the caller's right to
     * read it is checked each time.
     */
    public OccupancyReport dashboard(Caller caller, Integer year, String regionCode, Long houseId) {
        int y = year(year);
        String region = readableRegion(caller, regionCode, houseId);
        String asked = houseId != null ? null : region;
        return dashboards.get(
                y, asked, houseId, () -> computation.compute(y, asked, houseId).oneLevel());
    }

    /** The region of the scope asked for (null: the nation), once the caller may read it. */
    private String readableRegion(Caller caller, String regionCode, Long houseId) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        String region = regionCode;
        if (houseId != null) {
            House house = em.find(House.class, houseId);
            if (house == null) {
                throw Refusal.notFound("problem.house.notFound", houseId);
            }
            region = house.region().code();
        } else if (region != null && em.find(Region.class, region) == null) {
            throw Refusal.notFound("report.problem.region", region);
        }
        AccessPolicy.require(
                caller,
                Action.READ_REPORT,
                region == null ? Scope.national() : Scope.region(region));
        return region;
    }

    /**
     * Publishes the national report of a year as a new version: the first needs no reason, every
     * later one does. The snapshot leaves out the lines that name NGOs.
     */
    public Publication publish(Caller caller, Integer year, String reason) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        int y = year(year);
        List<ReportPublication> earlier = versions(y, true);
        if (!earlier.isEmpty()) {
            InputCheck.start().text("reason", reason, 2000).orRefuse();
        } else {
            InputCheck.start().optionalText("reason", reason, 2000).orRefuse();
        }
        OccupancyReport report = computation.compute(y, null, null).withoutNgos();
        int version = earlier.isEmpty() ? 1 : earlier.get(0).version() + 1;
        ReportPublication publication =
                new ReportPublication(
                        y,
                        version,
                        reason == null || reason.isBlank() ? null : reason.strip(),
                        caller.accountId(),
                        clock.instant(),
                        Snapshots.JSON.toJson(report));
        em.persist(publication);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException sameVersion) {
            // Two first publications of a year at once: the unique version keeps one.
            throw Refusal.conflict("report-concurrent", "report.problem.concurrent");
        }
        audit.record(
                caller,
                "report.published",
                Subject.of("report", publication.id(), null),
                y + " v" + version + (reason == null ? "" : ": " + reason.strip()));
        return view(publication);
    }

    /** Every published version, newest year and version first. */
    public List<Publication> publications() {
        return em
                .createQuery(
                        "SELECT p FROM ReportPublication p ORDER BY p.year DESC, p.version DESC",
                        ReportPublication.class)
                .getResultList()
                .stream()
                .map(Reports::view)
                .toList();
    }

    /**
     * A published version (the latest when none is named) as the public reads it: its small groups
     * of NGOs suppressed ({@link OccupancyReport#forThePublic}), whenever it was published; the
     * stored snapshot itself never changes.
     */
    public OccupancyReport published(int year, Integer version) {
        return snapshot(publicationOf(year, version).body()).forThePublic();
    }

    /** The JSON of a published version as the public reads it: the open data download. */
    public String publishedJson(int year, Integer version) {
        return Snapshots.JSON.toJson(published(year, version));
    }

    /**
     * A stored snapshot read back, in today's shape whatever shape it was stored in: a snapshot
     * from before {@code ngoNation} has the nation as the last of its {@code ngoCounts}.
     */
    static OccupancyReport snapshot(String json) {
        return Snapshots.JSON.fromJson(json, OccupancyReport.class).withNationApart();
    }

    public Publication publication(int year, Integer version) {
        return view(publicationOf(year, version));
    }

    private ReportPublication publicationOf(int year, Integer version) {
        List<ReportPublication> all = versions(year, false);
        return all.stream()
                .filter(p -> version == null || p.version() == version)
                .findFirst()
                .orElseThrow(
                        () ->
                                Refusal.notFound(
                                        "report.problem.notPublished",
                                        year + (version == null ? "" : " v" + version)));
    }

    private List<ReportPublication> versions(int year, boolean lock) {
        var query =
                em.createQuery(
                                "SELECT p FROM ReportPublication p WHERE p.year = :year ORDER BY p.version DESC",
                                ReportPublication.class)
                        .setParameter("year", year);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultList();
    }

    /**
     * Bytes this thread has allocated so far, through the platform's JMX bean (the deployment does
     * not see {@code com.sun.management} classes); -1 where the JVM does not tell.
     */
    private static long allocatedByThisThread() {
        try {
            return (Long)
                    java.lang.management.ManagementFactory.getPlatformMBeanServer()
                            .invoke(
                                    new javax.management.ObjectName("java.lang:type=Threading"),
                                    "getThreadAllocatedBytes",
                                    new Object[] {Thread.currentThread().getId()},
                                    new String[] {"long"});
        } catch (javax.management.JMException | RuntimeException unavailable) {
            return -1;
        }
    }

    private static int year(Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw Refusal.invalid("year", "report.problem.year", FIRST_YEAR, LAST_YEAR);
        }
        return year;
    }

    private static Publication view(ReportPublication p) {
        return new Publication(p.year(), p.version(), p.reason(), p.publishedAt());
    }
}
