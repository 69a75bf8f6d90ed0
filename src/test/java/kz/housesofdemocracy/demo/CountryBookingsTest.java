package kz.housesofdemocracy.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.housesofdemocracy.bookings.control.BookingRulesCheck;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.demo.CountryPlan.Booking;
import kz.housesofdemocracy.demo.CountryPlan.Filing;
import kz.housesofdemocracy.demo.CountryPlan.House;
import kz.housesofdemocracy.demo.CountryPlan.Ngo;
import kz.housesofdemocracy.demo.CountryPlan.Room;
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.BookingRules;
import kz.housesofdemocracy.premises.entity.DailyHours;
import kz.housesofdemocracy.premises.entity.OpeningHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every generated booking keeps the rules the product enforces on a request, checked with the
 * product's own rule classes, for a plan made in December and one made in June.
 */
class CountryBookingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-07", "2026-06-15"})
    void everyBookingKeepsTheRequestRules(String day) {
        LocalDate today = LocalDate.parse(day);
        CountryPlan.Input input = CountryPlanTest.input(2026, today);
        CountryPlan plan = CountryPlan.make(input);
        Map<Long, Room> rooms = byId(plan.rooms(), Room::id);
        Map<Long, House> houses = byId(plan.houses(), House::id);
        Map<Long, Ngo> ngos = byId(plan.ngos(), Ngo::id);
        Map<Long, List<Filing>> filings =
                plan.filings().stream().collect(Collectors.groupingBy(Filing::ngoId));
        for (Booking b : plan.bookings()) {
            Room room = rooms.get(b.roomId());
            House house = houses.get(room.houseId());
            Ngo ngo = ngos.get(b.ngoId());
            ZoneId zone = ZoneId.of(house.zone());
            ZonedDateTime start = b.startsAt().atZone(zone);
            ZonedDateTime end = b.endsAt().atZone(zone);
            assertEquals(start.toLocalDate(), end.toLocalDate(), "one day");
            assertEquals(house.region(), ngo.region(), "an NGO of the region");
            assertEquals(b.minutes(), (end.toEpochSecond() - start.toEpochSecond()) / 60);
            assertFalse(start.toLocalDate().isBefore(room.openedOn()), "inside the room's life");
            assertFalse(start.toLocalDate().isBefore(house.openedOn()), "inside the House's life");
            boolean eligibleAsked = eligible(ngo, filings, input, dayOf(b.createdAt()));
            Map<LocalDate, LocalizedText> daysOff = input.daysOff();
            BookingRulesCheck.Request request =
                    new BookingRulesCheck.Request(
                            start.toLocalDate(),
                            start.toLocalTime(),
                            end.toLocalTime(),
                            b.attendees(),
                            room.capacity(),
                            BookingRules.DEFAULT,
                            hours(house),
                            zone,
                            daysOff,
                            holds(plan, room, b),
                            eligibleAsked,
                            b.createdAt());
            assertEquals(
                    java.util.Optional.empty(),
                    BookingRulesCheck.firstBroken(request).map(BookingRulesCheck.Broken::key),
                    b.toString());
            assertTrue(
                    eligible(ngo, filings, input, start.toLocalDate()),
                    "eligible on the day: " + b);
            assertFalse(b.createdAt().isAfter(input.now()), "asked for before now");
        }
        noOverlap(plan);
        quotas(plan, houses, rooms, input.now());
        shares(plan, input.now());
    }

    @org.junit.jupiter.api.Test
    void leasesRunFromFirstJanuaryHeldByEligibleNgosOneOfficeEach() {
        CountryPlan.Input input = CountryPlanTest.input(2026, CountryPlanTest.TODAY);
        CountryPlan plan = CountryPlan.make(input);
        Map<Long, Ngo> ngos = byId(plan.ngos(), Ngo::id);
        Map<Long, CountryPlan.Office> offices = byId(plan.offices(), CountryPlan.Office::id);
        Map<Long, List<Filing>> filings =
                plan.filings().stream().collect(Collectors.groupingBy(Filing::ngoId));
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (CountryPlan.Lease lease : plan.leases()) {
            Ngo ngo = ngos.get(lease.ngoId());
            CountryPlan.Office office = offices.get(lease.officeId());
            assertEquals(first, lease.startsOn());
            assertEquals(lease.houseId(), office.houseId());
            assertFalse(office.availableFrom().isAfter(first), "office available by then");
            assertTrue(eligible(ngo, filings, input, lease.councilDate()), "eligible when decided");
            assertTrue(eligible(ngo, filings, input, input.today()), "eligible today");
            assertEquals(lease.years() * 12, lease.schedule().size());
        }
        assertEquals(
                plan.leases().size(),
                plan.leases().stream().map(CountryPlan.Lease::officeId).distinct().count());
        assertEquals(
                plan.leases().size(),
                plan.leases().stream().map(CountryPlan.Lease::ngoId).distinct().count());
    }

    private static void noOverlap(CountryPlan plan) {
        List<Booking> sorted = new ArrayList<>(plan.bookings());
        sorted.sort(Comparator.comparing(Booking::roomId).thenComparing(Booking::startsAt));
        for (int i = 1; i < sorted.size(); i++) {
            Booking a = sorted.get(i - 1);
            Booking b = sorted.get(i);
            if (a.roomId() == b.roomId()) {
                assertFalse(b.startsAt().isBefore(a.endsAt()), a + " / " + b);
            }
        }
    }

    /** Minutes a month (what holds the room, and more) and bookings ahead, per NGO and House. */
    private static void quotas(
            CountryPlan plan, Map<Long, House> houses, Map<Long, Room> rooms, Instant now) {
        Map<String, Integer> minutes = new HashMap<>();
        Map<String, Integer> ahead = new HashMap<>();
        for (Booking b : plan.bookings()) {
            if (b.status() == BookingStatus.CANCELLED || b.status() == BookingStatus.REJECTED) {
                continue;
            }
            House house = houses.get(rooms.get(b.roomId()).houseId());
            YearMonth month = YearMonth.from(b.startsAt().atZone(ZoneId.of(house.zone())));
            minutes.merge(b.ngoId() + ":" + house.id() + ":" + month, b.minutes(), Integer::sum);
            if (b.startsAt().isAfter(now) && BookingStatus.HOLDING.contains(b.status())) {
                ahead.merge(b.ngoId() + ":" + house.id(), 1, Integer::sum);
            }
        }
        minutes.values().forEach(m -> assertTrue(m <= 20 * 60, "hours a month: " + m));
        ahead.values().forEach(n -> assertTrue(n <= 10, "bookings ahead: " + n));
    }

    private static void shares(CountryPlan plan, Instant now) {
        long pastHeld = 0;
        long noShows = 0;
        long cancelled = 0;
        for (Booking b : plan.bookings()) {
            cancelled += b.status() == BookingStatus.CANCELLED ? 1 : 0;
            if (!b.endsAt().isAfter(now)) {
                assertFalse(BookingStatus.PENDING == b.status(), "nothing past waits");
                if (b.status() == BookingStatus.CONFIRMED) {
                    assertTrue(b.checkedInAt() != null, "past confirmed ones checked in");
                    pastHeld++;
                } else if (b.status() == BookingStatus.NO_SHOW) {
                    noShows++;
                }
            }
        }
        double noShowShare = (double) noShows / (pastHeld + noShows);
        assertTrue(noShowShare > 0.08 && noShowShare < 0.12, "no-shows: " + noShowShare);
        double cancelledShare = (double) cancelled / plan.bookings().size();
        assertTrue(cancelledShare > 0.06 && cancelledShare < 0.10, "cancelled: " + cancelledShare);
    }

    private static boolean eligible(
            Ngo ngo, Map<Long, List<Filing>> filings, CountryPlan.Input input, LocalDate day) {
        Set<Integer> verified = new TreeSet<>();
        for (Filing f : filings.getOrDefault(ngo.id(), List.of())) {
            if (f.status() == FilingStatus.VERIFIED && !dayOf(f.decidedAt()).isAfter(day)) {
                verified.add(f.year());
            }
        }
        boolean significant =
                ngo.areas().stream().anyMatch(a -> !a.equals("professional") && !a.equals("hobby"));
        return Eligibility.evaluate(
                        new Eligibility.Facts(
                                ngo.identity(),
                                ngo.registeredOn(),
                                verified,
                                ngo.operating(),
                                significant),
                        input.policy(),
                        day)
                .eligible();
    }

    private static List<LocalizedText> holds(CountryPlan plan, Room room, Booking b) {
        return plan.events().stream()
                .filter(e -> e.roomId() == room.id())
                .filter(e -> e.startsAt().isBefore(b.endsAt()) && b.startsAt().isBefore(e.endsAt()))
                .map(e -> new LocalizedText(e.titleKk(), e.titleRu(), e.titleEn()))
                .toList();
    }

    private static OpeningHours hours(House house) {
        return new OpeningHours(
                house.hours().stream()
                        .map(h -> new DailyHours(h.day(), h.opens(), h.closes()))
                        .toList());
    }

    private static LocalDate dayOf(Instant instant) {
        return instant.atZone(kz.housesofdemocracy.platform.Clocks.KAZAKHSTAN).toLocalDate();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
