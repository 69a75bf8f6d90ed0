package kz.housesofdemocracy.bookings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.accounts.boundary.Accounts;
import kz.housesofdemocracy.closures.boundary.Blackouts;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.demo.DemoPeople;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.persistence.StatementCounter;
import kz.housesofdemocracy.testing.DeskSlots;
import kz.housesofdemocracy.testing.PersistenceProbe;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly, on H2 and on PostgreSQL: what one booking request costs in SQL statements (a
 * count, never a time: the benchmark's lever is round trips), and the quotas hold when two requests
 * of one NGO race in two rooms. Each test books in a House of its own, so that the quotas of the
 * demo Houses and their rooms stay as the other tests expect, and cancels what it booked.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BookingStatementsIT {

    /**
     * At most this many statements (EclipseLink's, counted by {@link StatementCounter}) for one
     * confirmed booking in a free slot: 17 before issue 22, 13 after its first round, 10 after its
     * second (the blackouts, the overlaps, the waitlist offers and the holidays counted in one
     * statement, {@code Clearance}); 9 now that the same statement sums the NGO's quota use, one
     * more when a holiday fell in the week before the day. The kept figures add one JDBC statement
     * on PostgreSQL, one or two (three for a new month) on H2, outside this count.
     */
    static final int MOST_STATEMENTS = 10;

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Inject private Bookings bookings;
    @Inject private Accounts accounts;
    @Inject private Holidays holidays;
    @Inject private Blackouts blackouts;
    @Inject private PersistenceProbe probe;
    @Inject private DeskSlots slots;

    @Test
    @Order(1)
    void oneBookingRequestCostsAtMostTenStatements() {
        Caller representative = probe.demoRepresentative();
        long ngo = eligibleNgo(representative);
        long room = probe.addRooms(slots.newHouse("Statements"), 1).get(0);
        LocalDate day = slots.workingDay(4);
        List<Long> made = new ArrayList<>();
        made.add(
                bookings.request(representative, DeskSlots.form(ngo, room, day, 9))
                        .id()); // warm-up
        // The fewest of three: an id sequence hands out ids in blocks, and the request that opens
        // the next block costs one statement more, wherever it falls.
        int fewest = Integer.MAX_VALUE;
        List<String> statements = List.of();
        for (int hour = 11; hour < 17; hour += 2) {
            StatementCounter.reset();
            made.add(bookings.request(representative, DeskSlots.form(ngo, room, day, hour)).id());
            if (StatementCounter.count() < fewest) {
                fewest = StatementCounter.count();
                statements = StatementCounter.statements();
            }
        }
        System.out.println(
                "BookingStatementsIT on "
                        + database()
                        + ": "
                        + fewest
                        + " statements for one booking request:\n  "
                        + String.join("\n  ", statements));
        assertTrue(
                fewest <= MOST_STATEMENTS,
                fewest + " statements, more than " + MOST_STATEMENTS + ": " + statements);
        assertEquals(4, probe.bookingsOf(room), "the four bookings are there");
        for (long id : made) {
            bookings.cancel(representative, id, "statement count done");
        }
    }

    @Test
    @Order(2)
    void twoRequestsOfOneNgoInTwoRoomsAtOnceNearTheQuotaOnlyOnePasses() throws Exception {
        Caller representative = probe.demoRepresentative();
        long ngo = eligibleNgo(representative);
        List<Long> rooms = probe.addRooms(slots.newHouse("Quota race"), 3);
        LocalDate day = slots.workingDay(5);
        // The House's default quota: 10 bookings ahead per NGO. Nine are taken.
        List<Long> made = new ArrayList<>();
        for (int hour = 9; hour < 18; hour++) {
            made.add(
                    bookings.request(representative, DeskSlots.form(ngo, rooms.get(0), day, hour))
                            .id());
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                int hour = 10 + 2 * round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Object>> two = new ArrayList<>();
                for (int r = 1; r <= 2; r++) {
                    BookingForm form = DeskSlots.form(ngo, rooms.get(r), day, hour);
                    two.add(
                            threads.submit(
                                    () -> {
                                        start.await();
                                        try {
                                            return bookings.request(representative, form);
                                        } catch (RuntimeException refused) {
                                            return refused;
                                        }
                                    }));
                }
                start.countDown();
                List<BookingView> passed = new ArrayList<>();
                List<String> refusals = new ArrayList<>();
                for (Future<Object> answer : two) {
                    Object outcome = answer.get();
                    if (outcome instanceof BookingView view) {
                        passed.add(view);
                    } else {
                        refusals.add(key((RuntimeException) outcome));
                    }
                }
                assertEquals(1, passed.size(), "round " + round + ": one passes, " + refusals);
                assertEquals(List.of("booking.rule.quotaFuture"), refusals, "round " + round);
                // Back to nine ahead for the next round.
                bookings.cancel(representative, passed.get(0).id(), "quota race round done");
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(
                9,
                probe.number(
                        "SELECT COUNT(*) FROM booking b JOIN room r ON r.id = b.room_id"
                                + " WHERE r.id IN ("
                                + rooms.get(0)
                                + ", "
                                + rooms.get(1)
                                + ", "
                                + rooms.get(2)
                                + ") AND b.status IN ('PENDING', 'CONFIRMED')"),
                "nine bookings hold the House's rooms, never eleven");
        for (long id : made) {
            bookings.cancel(representative, id, "quota race done");
        }
    }

    /**
     * The one-statement clearance only skips reads that would find nothing: a slot taken, a
     * blackout over the span and a holiday on the day are each still refused with their reason, and
     * a free slot beside them still books.
     */
    @Test
    @Order(3)
    void whatStandsInTheWayIsStillFoundAfterTheClearance() {
        Caller representative = probe.demoRepresentative();
        long ngo = eligibleNgo(representative);
        long house = slots.newHouse("Clearance");
        long room = probe.addRooms(house, 1).get(0);
        LocalDate day = slots.workingDay(6);
        List<Long> made = new ArrayList<>();
        made.add(bookings.request(representative, DeskSlots.form(ngo, room, day, 10)).id());

        RuntimeException taken =
                assertThrows(
                        RuntimeException.class,
                        () -> bookings.request(representative, DeskSlots.form(ngo, room, day, 10)));
        assertEquals("refusal.booking.slotTaken", key(taken));

        blackouts.add(
                DeskSlots.ADMIN,
                house,
                room,
                day.atTime(14, 0),
                day.atTime(16, 0),
                "Clearance test: painting");
        RuntimeException closed =
                assertThrows(
                        RuntimeException.class,
                        () -> bookings.request(representative, DeskSlots.form(ngo, room, day, 14)));
        assertEquals("booking.rule.blackout", key(closed));

        LocalDate holiday = nextWeekdayHoliday(day);
        RuntimeException dayOff =
                assertThrows(
                        RuntimeException.class,
                        () ->
                                bookings.request(
                                        representative, DeskSlots.form(ngo, room, holiday, 10)));
        assertEquals("booking.rule.holiday", key(dayOff));

        made.add(bookings.request(representative, DeskSlots.form(ngo, room, day, 12)).id());
        assertEquals(2, probe.bookingsOf(room), "the two free slots are booked, nothing else");
        for (long id : made) {
            bookings.cancel(representative, id, "clearance done");
        }
    }

    /**
     * Who is calling, before every request that comes with a token or a session: one statement
     * reads the token (or the session's account and epoch), the account, its grants and its NGOs; a
     * revoked token and an ended session find nobody.
     */
    @Test
    @Order(4)
    void theCallerBehindATokenOrASessionIsOneStatement() {
        Caller representative = probe.demoRepresentative();
        Accounts.TokenView token =
                accounts.createApiToken(
                        representative, "Statements " + System.nanoTime(), DemoPeople.PASSWORD);
        accounts.callerForApiToken(token.secret()).orElseThrow(); // its first use is noted

        StatementCounter.reset();
        Caller byToken = accounts.callerForApiToken(token.secret()).orElseThrow();
        assertEquals(1, StatementCounter.count(), StatementCounter.statements().toString());
        assertCaller(representative, byToken);

        int epoch =
                (int)
                        probe.number(
                                "SELECT session_epoch FROM account WHERE id = "
                                        + representative.accountId());
        StatementCounter.reset();
        Caller bySession = accounts.callerFor(representative.accountId(), epoch).orElseThrow();
        assertEquals(1, StatementCounter.count(), StatementCounter.statements().toString());
        assertCaller(representative, bySession);
        assertTrue(
                accounts.callerFor(representative.accountId(), epoch + 1).isEmpty(),
                "a session of an ended epoch finds nobody");

        accounts.revokeApiToken(representative, token.id());
        assertTrue(accounts.callerForApiToken(token.secret()).isEmpty(), "revoked: nobody");
    }

    private static void assertCaller(Caller expected, Caller actual) {
        assertEquals(expected.accountId(), actual.accountId());
        assertEquals(expected.email(), actual.email());
        assertEquals(expected.displayName(), actual.displayName());
        assertEquals(expected.language(), actual.language());
        assertEquals(expected.ngos(), actual.ngos());
        assertEquals(Set.copyOf(expected.grants()), Set.copyOf(actual.grants()));
    }

    /** A weekday holiday within the House's booking horizon (the demo's calendar has them). */
    private LocalDate nextWeekdayHoliday(LocalDate from) {
        return holidays.daysOff(from, from.plusDays(80)).keySet().stream()
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY)
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no weekday holiday within 80 days"));
    }

    private static String key(RuntimeException refused) {
        if (refused instanceof Refusal refusal) {
            return refusal.key();
        }
        if (refused.getCause() instanceof Refusal refusal) {
            return refusal.key();
        }
        throw refused;
    }

    private long eligibleNgo(Caller representative) {
        return representative.ngos().stream()
                .filter(probe::isEligibleDemoAstanaNgo)
                .findFirst()
                .orElseThrow();
    }

    private String database() {
        try {
            return probe.databaseProduct();
        } catch (java.sql.SQLException e) {
            return "?";
        }
    }
}
