package kz.housesofdemocracy.bookings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.persistence.StatementCounter;
import kz.housesofdemocracy.testing.DeskSlots;
import kz.housesofdemocracy.testing.PersistenceProbe;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly: thousands of overlapping requests from eight threads never leave two bookings
 * holding one room at once (checked by an SQL self-join), and a House's day costs the same number
 * of SQL statements with 20 rooms as with 2,000.
 */
@ExtendWith(ArquillianExtension.class)
class BookingIntegrityIT {

    private static final Logger LOG = Logger.getLogger(BookingIntegrityIT.class.getName());

    @Inject private Bookings bookings;
    @Inject private HouseCalendar calendar;
    @Inject private PersistenceProbe probe;
    @Inject private DeskSlots slots;

    @Test
    void fiveThousandRandomOverlappingRequestsFromEightThreadsLeaveNoOverlap() throws Exception {
        Caller representative = probe.demoRepresentative();
        long ngo =
                representative.ngos().stream()
                        .filter(id -> probe.isEligibleDemoAstanaNgo(id))
                        .findFirst()
                        .orElseThrow();
        probe.roomyQuotas();
        List<Long> rooms = probe.addRooms(1, 3);
        LocalDate day = slots.workingDay(10);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentHashMap<String, Integer> unexpected = new ConcurrentHashMap<>();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int seed = t;
            work.add(
                    threads.submit(
                            () -> {
                                Random random = new Random(seed);
                                for (int i = 0; i < 625; i++) {
                                    BookingForm form = new BookingForm();
                                    form.setNgoId(ngo);
                                    form.setRoomId(rooms.get(random.nextInt(rooms.size())));
                                    form.setDate(day);
                                    LocalTime start =
                                            LocalTime.of(9, 0)
                                                    .plusMinutes(30L * random.nextInt(20));
                                    form.setStart(start.toString());
                                    form.setEnd(
                                            start.plusMinutes(30L * (1 + random.nextInt(4)))
                                                    .toString());
                                    form.setPurpose("Race " + seed + "-" + i);
                                    form.setAttendees(5);
                                    try {
                                        bookings.request(representative, form);
                                        accepted.incrementAndGet();
                                    } catch (Refusal refusal) {
                                        if (refusal.status() == 409
                                                || (refusal.status() == 422
                                                        && refusal.key()
                                                                .equals(
                                                                        "booking.rule.openingHours"))) {
                                            refused.incrementAndGet();
                                        } else {
                                            unexpected.merge(refusal.key(), 1, Integer::sum);
                                        }
                                    } catch (RuntimeException other) {
                                        Throwable cause =
                                                other.getCause() instanceof Refusal r ? r : other;
                                        if (cause instanceof Refusal r
                                                && (r.status() == 409
                                                        || r.key()
                                                                .equals(
                                                                        "booking.rule.openingHours"))) {
                                            refused.incrementAndGet();
                                        } else {
                                            unexpected.merge(
                                                    String.valueOf(cause), 1, Integer::sum);
                                        }
                                    }
                                }
                            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        threads.shutdown();
        LOG.info(
                () ->
                        "5000 attempts: "
                                + accepted
                                + " accepted, "
                                + refused
                                + " refused as taken or closed, unexpected "
                                + unexpected);
        assertTrue(unexpected.isEmpty(), unexpected.toString());
        assertEquals(5000, accepted.get() + refused.get());
        assertTrue(accepted.get() >= 3, "some requests were accepted: " + accepted);
        assertEquals(
                0,
                probe.overlappingBookings(),
                "an SQL self-join finds no two holding bookings of one room that overlap");
        assertEquals(accepted.get(), rooms.stream().mapToLong(probe::bookingsOf).sum());
    }

    @Test
    void aHousesDayCostsTheSameStatementsWithTwentyRoomsAsWithTwoThousand() {
        LocalDate day = slots.workingDay(5);
        long small = slots.newHouse("Twenty rooms");
        long large = slots.newHouse("Two thousand rooms");
        probe.addRooms(small, 20);
        probe.addRooms(large, 2000);
        calendar.day(null, small, day); // warm up: the persistence unit's first queries
        StatementCounter.reset();
        HouseCalendar.Day twenty = calendar.day(DeskSlots.ADMIN, small, day);
        int forTwenty = StatementCounter.count();
        StatementCounter.reset();
        HouseCalendar.Day twoThousand = calendar.day(DeskSlots.ADMIN, large, day);
        int forTwoThousand = StatementCounter.count();
        LOG.info(
                () ->
                        "SQL statements for a day: "
                                + forTwenty
                                + " with 20 rooms, "
                                + forTwoThousand
                                + " with 2000 rooms");
        assertEquals(20, twenty.rooms().size());
        assertEquals(2000, twoThousand.rooms().size());
        assertEquals(forTwenty, forTwoThousand);
        assertTrue(forTwoThousand <= 10, "statements: " + forTwoThousand);
    }

    @Test
    void aBookingRequestCostsTheSameStatementsWhateverTheRoomAlreadyHolds() {
        Caller representative = probe.demoRepresentative();
        long ngo =
                representative.ngos().stream()
                        .filter(id -> probe.isEligibleDemoAstanaNgo(id))
                        .findFirst()
                        .orElseThrow();
        probe.roomyQuotas();
        List<Long> rooms = probe.addRooms(1, 2);
        LocalDate day = slots.workingDay(20);
        // The second room already holds a full day of bookings on each of 10 days.
        LocalDate busy = day;
        for (int d = 0; d < 10; d++) {
            busy =
                    slots.workingDay(
                            (int)
                                            java.time.temporal.ChronoUnit.DAYS.between(
                                                    LocalDate.now(ZoneId.of("Asia/Almaty")), busy)
                                    + 1);
            for (int h = 9; h < 19; h++) {
                bookings.request(representative, DeskSlots.form(ngo, rooms.get(1), busy, h));
            }
        }
        bookings.request(representative, DeskSlots.form(ngo, rooms.get(0), day, 9)); // warm up
        // The fewest of three requests per room: an id sequence hands out ids in blocks, and a
        // request that opens the next block costs one statement more, wherever it happens to fall.
        int emptyRoom = Integer.MAX_VALUE;
        int busyRoom = Integer.MAX_VALUE;
        for (int h = 11; h < 17; h += 2) {
            StatementCounter.reset();
            bookings.request(representative, DeskSlots.form(ngo, rooms.get(0), day, h));
            emptyRoom = Math.min(emptyRoom, StatementCounter.count());
            StatementCounter.reset();
            bookings.request(representative, DeskSlots.form(ngo, rooms.get(1), day, h));
            busyRoom = Math.min(busyRoom, StatementCounter.count());
        }
        String measured =
                "SQL statements for a booking request: "
                        + emptyRoom
                        + " in an empty room, "
                        + busyRoom
                        + " in a room with 100 bookings";
        LOG.info(() -> measured);
        assertEquals(emptyRoom, busyRoom);
        assertEquals(4, probe.bookingsOf(rooms.get(0)));
        assertEquals(103, probe.bookingsOf(rooms.get(1)));
    }
}
