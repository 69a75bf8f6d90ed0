package kz.housesofdemocracy.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.boundary.StaffRoles;
import kz.housesofdemocracy.accounts.control.AccountSearch;
import kz.housesofdemocracy.audit.boundary.AuditLog;
import kz.housesofdemocracy.bookings.boundary.Bookings;
import kz.housesofdemocracy.bookings.control.BookingSearch;
import kz.housesofdemocracy.leases.boundary.Leases;
import kz.housesofdemocracy.leases.control.LeaseSearch;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.ngos.control.FilingSearch;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.persistence.StatementCounter;
import kz.housesofdemocracy.testing.PersistenceProbe;
import kz.housesofdemocracy.testing.RowCounter;
import kz.housesofdemocracy.testing.VolumeData;
import kz.housesofdemocracy.testing.VolumeProbe;
import kz.housesofdemocracy.workspace.boundary.Inbox;
import kz.housesofdemocracy.workspace.control.InboxCounts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly, with 10,000 NGOs, 100,000 bookings, 20,000 audit lines and 200 lease applications
 * in one region (Pavlodar, KZ-55: no demo House and no test counts its rows): the first page of
 * each staff list (NGOs, filings, bookings queue and list, lease applications and leases, audit
 * trail, staff accounts) and the inbox (its counts and its items), as the region's approver, the
 * manager of the volume House and the national administrator, runs a bounded number of SQL
 * statements and reads no more rows than a page.
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
     * A first page: the count, the page (its references fetched with it) and at most two statements
     * for what the page's rows need beside them, each for the whole page at once (the NGOs' filings
     * and activity areas; the accounts' grants). Nothing per row: a per-row read would cost a page.
     */
    private static final int STATEMENTS = 4;

    private static final Caller APPROVER =
            new Caller(
                    0,
                    "approver.volume@example.kz",
                    "Volume approver",
                    Language.RU,
                    List.of(new Caller.Grant(Role.AKIMAT_APPROVER, null, VolumeProbe.REGION)));

    /** The manager of the volume House (its 20 rooms hold the 100,000 bookings). */
    private static final Caller MANAGER =
            new Caller(
                    0,
                    "manager.volume@example.kz",
                    "Volume manager",
                    Language.KK,
                    List.of(new Caller.Grant(Role.HOUSE_MANAGER, VolumeProbe.BASE, null)));

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
    @Inject private Inbox inbox;

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
     * The NGO list: the count, the page, the filings of the page's NGOs and their activity areas
     * (eligibility asks each for a socially significant area; {@code Ngo.areas} is batch-read with
     * an {@code IN} for the whole page, before one per row: 24 statements), and the eligibility
     * policy (one row, read by {@code em.find} and not in the shared cache, since an administrator
     * changes it): {@link #STATEMENTS} + 1, whatever the data. Every statement reads at most a
     * page, but the areas' one: the page's NGOs' areas, at most a page times the areas there are
     * (the demo's NGOs hold several; each volume NGO one).
     */
    @Test
    @Order(2)
    void theNgosFirstPageIsBoundedForTheApproverAndTheAdministrator() {
        int areas = ngos.areas().size();
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
                assertBounded(cost, STATEMENTS + 1, PAGE * areas);
                assertTrue(cost.size() <= PAGE, cost.toString());
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
     * The staff bookings: the queue (pending, not yet over) and the list (from today on), as the
     * region's approver, the manager of the volume House and the administrator (all of the nation).
     * A page: the count and the page (room, House and NGO fetched with it); the regions of the page
     * are in the shared cache.
     */
    @Test
    @Order(5)
    void theBookingsFirstPagesAreBounded() {
        LocalDate today = LocalDate.now(Clocks.KAZAKHSTAN);
        for (Caller caller : List.of(APPROVER, MANAGER, ADMIN)) {
            for (boolean queue : List.of(true, false)) {
                BookingSearch.Criteria criteria =
                        new BookingSearch.Criteria(
                                queue, null, null, queue ? null : today, null, null);
                long[] total = new long[1];
                Cost cost =
                        firstPage(
                                "bookings " + (queue ? "queue " : "list ") + who(caller),
                                () -> {
                                    total[0] = bookings.staffCount(caller, criteria);
                                    return bookings.staffPage(
                                            caller, criteria, 0, PAGE, "when", true, Language.RU);
                                });
                assertBounded(cost, STATEMENTS, PAGE);
                assertEquals(PAGE, cost.size(), cost.toString());
                assertTrue(total[0] > PAGE, "more than a page: " + total[0]);
            }
        }
    }

    /** Lease applications (waiting and refused) and leases, by the staff leases page's defaults. */
    @Test
    @Order(6)
    void theLeaseListsFirstPagesAreBounded() {
        Set<LeaseStatus> applications =
                EnumSet.of(
                        LeaseStatus.SUBMITTED,
                        LeaseStatus.UNDER_REVIEW,
                        LeaseStatus.REJECTED,
                        LeaseStatus.WITHDRAWN);
        Set<LeaseStatus> held =
                EnumSet.of(
                        LeaseStatus.APPROVED,
                        LeaseStatus.ACTIVE,
                        LeaseStatus.ENDED,
                        LeaseStatus.TERMINATED);
        for (Caller caller : List.of(APPROVER, MANAGER, ADMIN)) {
            for (Set<LeaseStatus> shown : List.of(applications, held)) {
                LeaseSearch.Criteria criteria =
                        new LeaseSearch.Criteria(shown, null, null, null, null, null);
                String sort = shown == applications ? "submittedAt" : "startsOn";
                Cost cost =
                        firstPage(
                                (shown == applications ? "lease applications " : "leases ")
                                        + who(caller),
                                () -> {
                                    leases.staffCount(caller, criteria);
                                    return leases.staffPage(
                                            caller, criteria, 0, PAGE, sort, true, Language.RU);
                                });
                assertBounded(cost, STATEMENTS, PAGE);
            }
        }
        LeaseSearch.Criteria waiting =
                new LeaseSearch.Criteria(applications, null, null, null, null, null);
        assertTrue(leases.staffCount(APPROVER, waiting) > PAGE, "more than a page of applications");
    }

    /** The filings, by the page's default: those waiting, by filing day. */
    @Test
    @Order(7)
    void theFilingsFirstPageIsBounded() {
        for (FilingStatus status : new FilingStatus[] {FilingStatus.PENDING, null}) {
            FilingSearch.Criteria criteria = new FilingSearch.Criteria(status, null, null);
            for (Caller caller : List.of(APPROVER, ADMIN)) {
                long[] total = new long[1];
                Cost cost =
                        firstPage(
                                "filings " + (status == null ? "" : "waiting ") + who(caller),
                                () -> {
                                    total[0] = ngos.countFilings(caller, criteria);
                                    return ngos.filings(
                                            caller,
                                            criteria,
                                            0,
                                            PAGE,
                                            "filedOn",
                                            true,
                                            Language.KK);
                                });
                assertBounded(cost, STATEMENTS, PAGE);
                assertEquals(PAGE, cost.size(), cost.toString());
                assertTrue(total[0] > PAGE, "more than a page: " + total[0]);
            }
        }
    }

    /**
     * The staff accounts as the administrator's page lists them: the count, the page and the grants
     * of the page's accounts in one query. That query reads the grants of the shown accounts only
     * (the demo's hold up to a few each: 11 for 6 accounts), so its rows are bounded by a page of
     * accounts times the roles, never by the table; every other statement reads at most a page.
     */
    @Test
    @Order(8)
    void theAccountListsFirstPageIsBounded() {
        int page = 10;
        AccountSearch.Criteria none = new AccountSearch.Criteria(null, null, null, null);
        Cost cost =
                firstPage(
                        "staff accounts (list), administrator",
                        () -> {
                            roles.countAccounts(ADMIN, none);
                            return roles.list(ADMIN, none, 0, page, "email", true);
                        });
        assertBounded(cost, STATEMENTS, page * Role.values().length);
        assertTrue(cost.size() <= page, cost.toString());
    }

    /**
     * The inbox: its counts (the menu asks for them on every staff page) are one {@code SELECT
     * COUNT} per queue, nothing for the administrator (no House or region grant); its items are one
     * query per queue cut to {@link Inbox#LIMIT} in the database (the series' queue one more for
     * the series it shows), merged oldest first. The bound is a statement per queue plus one, and
     * no statement reads more than the inbox shows.
     */
    @Test
    @Order(9)
    void theInboxIsBounded() {
        int queues = inbox.kinds().size();
        for (Caller caller : List.of(APPROVER, MANAGER, ADMIN)) {
            InboxCounts[] counts = new InboxCounts[1];
            Cost counted =
                    firstPage(
                            "inbox counts " + who(caller),
                            () -> {
                                counts[0] = inbox.counts(caller);
                                return List.of();
                            });
            assertTrue(counted.statements() <= queues, counted.toString());
            assertTrue(counted.largest() <= 1, counted.toString());
            Cost items =
                    firstPage(
                            "inbox items " + who(caller),
                            () -> inbox.oldest(caller, null, Inbox.LIMIT));
            assertBounded(items, queues + 1, Inbox.LIMIT);
            if (caller == ADMIN) {
                assertEquals(0, counts[0].total(), "nothing national waits");
                assertEquals(0, items.size());
            } else {
                assertTrue(counts[0].total() > Inbox.LIMIT, "more waits than shown: " + counts[0]);
                assertEquals(Inbox.LIMIT, items.size(), items.toString());
            }
            for (String kind : inbox.kinds()) {
                Cost one =
                        firstPage(
                                "inbox " + kind + " " + who(caller),
                                () -> inbox.oldest(caller, kind, Inbox.LIMIT));
                assertBounded(one, 2, Inbox.LIMIT);
            }
        }
        assertTrue(inbox.counts(APPROVER).of("booking") > Inbox.LIMIT, "the region's bookings");
        assertTrue(inbox.counts(MANAGER).of("booking") > Inbox.LIMIT, "the House's bookings");
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
        return caller.holds(Role.NATIONAL_ADMIN)
                ? "(administrator)"
                : caller.holds(Role.HOUSE_MANAGER) ? "(manager)" : "(approver)";
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
