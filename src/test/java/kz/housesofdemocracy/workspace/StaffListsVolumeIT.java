package kz.housesofdemocracy.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.boundary.StaffRoles;
import kz.housesofdemocracy.audit.boundary.AuditLog;
import kz.housesofdemocracy.bookings.boundary.Bookings;
import kz.housesofdemocracy.leases.boundary.Leases;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.persistence.StatementCounter;
import kz.housesofdemocracy.testing.PersistenceProbe;
import kz.housesofdemocracy.testing.RowCounter;
import kz.housesofdemocracy.testing.VolumeData;
import kz.housesofdemocracy.testing.VolumeProbe;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly, with 10,000 NGOs, 100,000 bookings, 20,000 audit lines and 200 lease applications
 * in one region (Pavlodar, KZ-55: no demo House and no test counts its rows): the first page of
 * each staff list, as the region's approver and as the national administrator, runs a bounded
 * number of SQL statements and reads no more rows than a page.
 *
 * <p>What a first page costs, as the lazy table asks for it: the count, the page, and for the NGOs
 * the filings of the page's NGOs (their eligibility). The bound is {@link #STATEMENTS} whatever the
 * data; the rows are counted as EclipseLink reads them back ({@link RowCounter}): no statement
 * returns more rows than a page. Each list is asked once before it is measured, so one-time reads
 * (the persistence unit's start, the regions and the eligibility policy in the shared cache) are
 * not counted.
 *
 * <p>The data is loaded once, by the first test, and taken out by the last (other tests count the
 * nation's NGOs and bookings); the tests run in order.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffListsVolumeIT {

    private static final Logger LOG = Logger.getLogger(StaffListsVolumeIT.class.getName());

    /** The staff tables' page (NGOs, bookings, leases); the audit trail shows 25. */
    private static final int PAGE = 20;

    /**
     * A first page: the count, the page and one statement for what the page's rows need beside them
     * (the NGOs' filings); one spare for a lazily read reference that is not in the shared cache
     * yet.
     */
    private static final int STATEMENTS = 4;

    private static final Caller APPROVER =
            new Caller(
                    0,
                    "approver.volume@example.kz",
                    "Volume approver",
                    Language.RU,
                    List.of(new Caller.Grant(Role.AKIMAT_APPROVER, null, VolumeProbe.REGION)));

    private static final Caller ADMIN =
            new Caller(
                    0,
                    "admin.volume@example.kz",
                    "Volume administrator",
                    Language.EN,
                    List.of(new Caller.Grant(Role.NATIONAL_ADMIN, null, null)));

    @Inject private VolumeProbe volume;
    @Inject private PersistenceProbe probe;
    @Inject private Ngos ngos;
    @Inject private AuditLog audit;
    @Inject private StaffRoles roles;
    @Inject private Bookings bookings;
    @Inject private Leases leases;

    /** What one page cost. */
    record Cost(int statements, int rows, int largest, int size) {
        @Override
        public String toString() {
            return statements
                    + " statements, "
                    + rows
                    + " rows read (at most "
                    + largest
                    + " by one statement), "
                    + size
                    + " shown";
        }
    }

    @Test
    @Order(1)
    void theRegionHoldsTenThousandNgosAndAHundredThousandBookings() throws Exception {
        long millis = volume.ensure();
        volume.countRows();
        LOG.info(() -> "volume data: " + (millis == 0 ? "already there" : millis + " ms to load"));
        VolumeData.Summary expected = VolumeData.expected();
        String region = "'" + VolumeProbe.REGION + "'";
        assertEquals(
                VolumeData.NGOS,
                probe.number("SELECT COUNT(*) FROM ngo WHERE region_code = " + region));
        assertEquals(
                VolumeData.BOOKINGS,
                probe.number(
                        "SELECT COUNT(*) FROM booking b JOIN room r ON r.id = b.room_id JOIN house h ON h.id = r.house_id"
                                + " WHERE h.region_code = "
                                + region));
        assertEquals(
                expected.pendingAhead(),
                probe.number(
                        "SELECT COUNT(*) FROM booking WHERE status = 'PENDING' AND room_id BETWEEN "
                                + VolumeProbe.BASE
                                + " AND "
                                + (VolumeProbe.BASE + VolumeData.ROOMS)));
        assertEquals(
                expected.filings(),
                probe.number(
                        "SELECT COUNT(*) FROM annual_filing f JOIN ngo n ON n.id = f.ngo_id WHERE n.region_code = "
                                + region));
        assertEquals(
                VolumeData.AUDIT_LINES,
                probe.number("SELECT COUNT(*) FROM audit_entry WHERE region_code = " + region));
        assertEquals(
                VolumeData.LEASES,
                probe.number("SELECT COUNT(*) FROM lease WHERE house_id = " + VolumeProbe.BASE));
    }

    /**
     * Today the NGO list reads each shown NGO's activity areas on its own (a lazy collection that
     * eligibility asks for): one statement per row, bounded by the page, never by the data. The
     * bound is {@link #STATEMENTS} plus a page until the areas are read for the whole page at once.
     */
    @Test
    @Order(2)
    void theNgosFirstPageIsBoundedForTheApproverAndTheAdministrator() {
        for (Caller caller : List.of(APPROVER, ADMIN)) {
            for (Ngos.Filter filter : List.of(Ngos.Filter.none(), waiting())) {
                long[] total = new long[1];
                Cost cost =
                        firstPage(
                                "NGOs "
                                        + who(caller)
                                        + (filter.waiting() == null ? "" : ", waiting"),
                                () -> {
                                    total[0] = ngos.count(caller, filter);
                                    return ngos.list(caller, filter, 0, PAGE, "id", true);
                                });
                assertBounded(cost, STATEMENTS + PAGE, PAGE);
                assertEquals(PAGE, cost.size(), cost.toString());
                assertTrue(total[0] >= PAGE, "the list holds more than a page: " + total[0]);
            }
        }
        assertEquals(VolumeData.NGOS, ngos.count(APPROVER, Ngos.Filter.none()));
    }

    @Test
    @Order(3)
    void theAuditTrailsFirstPageIsBounded() {
        int page = 25;
        long[] total = new long[1];
        AuditLog.Filter none = new AuditLog.Filter(null, null, null, null, null);
        Cost cost =
                firstPage(
                        "audit trail, administrator",
                        () -> {
                            total[0] = audit.count(ADMIN, none);
                            return audit.search(ADMIN, none, 0, page);
                        });
        assertBounded(cost, STATEMENTS, page);
        assertEquals(page, cost.size(), cost.toString());
        assertTrue(total[0] >= VolumeData.AUDIT_LINES, "lines: " + total[0]);
        Cost region =
                firstPage(
                        "audit trail of " + VolumeProbe.REGION + ", administrator",
                        () -> {
                            AuditLog.Filter inRegion =
                                    new AuditLog.Filter(null, null, VolumeProbe.REGION, null, null);
                            total[0] = audit.count(ADMIN, inRegion);
                            return audit.search(ADMIN, inRegion, 0, page);
                        });
        assertBounded(region, STATEMENTS, page);
        assertEquals(VolumeData.AUDIT_LINES, total[0]);
    }

    @Test
    @Order(4)
    void theAccountsFirstPageIsBounded() {
        int page = 10;
        Cost cost =
                firstPage(
                        "staff accounts, administrator",
                        () -> {
                            roles.count(ADMIN, null);
                            return roles.search(ADMIN, null, 0, page);
                        });
        assertBounded(cost, STATEMENTS, page);
    }

    /**
     * The staff bookings and leases pages are not lazy yet: they read their whole queue (bookings
     * up to 500 each for the queue and the upcoming list, lease applications up to 2,000 of the
     * nation, filtered by scope in memory) and page in memory. Measured and logged here; their
     * bound is asserted once the lazy lists of issue 18 are in. The staff bookings list is for
     * House managers and approvers (the administrator is refused it).
     */
    @Test
    @Order(5)
    void theBookingsAndLeasesListsAreMeasured() {
        Cost queue = firstPage("bookings queue (approver)", () -> bookings.queue(APPROVER));
        Cost upcoming =
                firstPage("bookings upcoming (approver)", () -> bookings.upcoming(APPROVER));
        Cost applications = firstPage("lease queue (approver)", () -> leases.queue(APPROVER));
        Cost national = firstPage("lease queue (administrator)", () -> leases.queue(ADMIN));
        for (Cost cost : List.of(queue, upcoming, applications, national)) {
            assertTrue(cost.size() >= PAGE, "more than a page to show: " + cost);
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theVolumeDataLeavesNoTrace() throws Exception {
        volume.remove();
        assertEquals(
                0,
                probe.number(
                        "SELECT COUNT(*) FROM ngo WHERE region_code = '"
                                + VolumeProbe.REGION
                                + "'"));
        assertEquals(
                0,
                probe.number(
                        "SELECT COUNT(*) FROM booking WHERE id BETWEEN "
                                + VolumeProbe.BASE
                                + " AND "
                                + (VolumeProbe.BASE + 999_999)));
        assertEquals(0, probe.number("SELECT COUNT(*) FROM house WHERE id = " + VolumeProbe.BASE));
    }

    // ---

    private static Ngos.Filter waiting() {
        return new Ngos.Filter(null, null, null, null, null, null, null, null, null, true);
    }

    private static String who(Caller caller) {
        return caller.holds(Role.NATIONAL_ADMIN) ? "(administrator)" : "(approver)";
    }

    /** Asks once to warm up, then again counting statements and rows. */
    private static Cost firstPage(String what, Supplier<List<?>> page) {
        page.get();
        StatementCounter.reset();
        RowCounter.reset();
        List<?> rows = page.get();
        Cost cost =
                new Cost(
                        StatementCounter.count(),
                        RowCounter.rows(),
                        RowCounter.largest(),
                        rows.size());
        LOG.info(() -> "first page of " + what + ": " + cost);
        return cost;
    }

    /** At most so many statements, and no statement read more rows than a page. */
    private static void assertBounded(Cost cost, int statements, int page) {
        assertTrue(cost.statements() <= statements, cost.toString());
        assertTrue(cost.size() <= page, cost.toString());
        assertTrue(cost.largest() <= page, cost.toString());
    }
}
