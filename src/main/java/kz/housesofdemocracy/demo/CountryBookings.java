package kz.housesofdemocracy.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.demo.CountryPlan.Booking;
import kz.housesofdemocracy.demo.CountryPlan.Event;
import kz.housesofdemocracy.demo.CountryPlan.Hours;
import kz.housesofdemocracy.demo.CountryPlan.House;
import kz.housesofdemocracy.demo.CountryPlan.Ngo;
import kz.housesofdemocracy.demo.CountryPlan.Room;
import kz.housesofdemocracy.premises.entity.BookingRules;
import kz.housesofdemocracy.premises.entity.RoomKind;

/**
 * The year's bookings in the country's rooms, room by room and half-hour by half-hour: afternoons
 * busier than mornings, Saturdays quiet, summer slower, a peak in the week of World NGO Day. Each
 * one keeps the rules the product enforces on a request: inside the House's hours and the room's
 * life, never on a day off or under an event's hold, never over another booking, the room's default
 * lengths, notice and horizon, by an NGO of the region eligible on the day it asked and the day it
 * meets, within the House's quotas (20 hours a month, 10 bookings ahead; counted here over every
 * booking, cancelled ones too, so the plan never relies on a cancellation). Past ones: 8 %
 * cancelled, of the rest one in ten a no-show and the others checked in; halls needing approval
 * reject some; ahead, two in five hall requests still wait.
 */
final class CountryBookings {

    static final int QUOTA_MINUTES = 20 * 60;
    static final int QUOTA_AHEAD = 10;
    static final BookingRules RULES = BookingRules.DEFAULT;

    private static final int[] LENGTHS = {60, 60, 60, 90, 90, 120, 120, 120, 180, 240};
    private static final String[] PURPOSES = {
        "Жалпы жиналыс",
        "Общее собрание членов",
        "Волонтёрларға арналған тренинг",
        "Тренинг для волонтёров",
        "Круглый стол по инклюзивному образованию",
        "Ата-аналарға арналған семинар",
        "Заседание правления",
        "Board meeting",
        "Жобалық кездесу",
        "Мастер-класс для молодёжи",
        "Азаматтарға тегін заң кеңесі",
        "Бесплатные юридические консультации",
        "Встреча с донорами",
        "Press conference",
        "Қыздарға арналған көшбасшылық мектебі",
        "Экологический субботник: подготовка"
    };

    private final CountryPlan.Input input;
    private final CountryEligibleDays eligible;
    private final SplittableRandom random;
    private final Map<String, Integer> monthMinutes = new HashMap<>();
    private final Map<String, Integer> ahead = new HashMap<>();
    private final List<Booking> bookings = new ArrayList<>();

    private CountryBookings(CountryPlan.Input input, CountryEligibleDays eligible) {
        this.input = input;
        this.eligible = eligible;
        this.random = new SplittableRandom(input.seed() * 31 + 4);
    }

    static List<Booking> make(
            CountryPlan.Input input,
            CountryPlaces places,
            List<Ngo> ngos,
            CountryEligibleDays eligible,
            List<Event> events) {
        CountryBookings maker = new CountryBookings(input, eligible);
        for (House house : places.houses()) {
            List<Ngo> local = ngos.stream().filter(n -> n.region().equals(house.region())).toList();
            for (LocalDate day = CountryPlan.firstDay(input);
                    !day.isAfter(CountryPlan.lastDay(input));
                    day = day.plusDays(1)) {
                Optional<Hours> hours = CountryCalendar.hours(house, day, input);
                if (hours.isEmpty()) {
                    continue;
                }
                for (Room room : places.roomsOf(house.id())) {
                    if (!day.isBefore(room.openedOn())) {
                        maker.day(house, room, day, hours.get(), local, events);
                    }
                }
            }
        }
        return List.copyOf(maker.bookings);
    }

    /** One room's day, walked half-hour by half-hour. */
    private void day(
            House house,
            Room room,
            LocalDate day,
            Hours hours,
            List<Ngo> local,
            List<Event> events) {
        ZoneId zone = ZoneId.of(house.zone());
        double factor = factor(day);
        LocalTime t = hours.opens();
        while (!t.plusMinutes(60).isAfter(hours.closes())
                && t.isAfter(hours.opens().minusMinutes(1))) {
            if (random.nextDouble() >= chance(t) * factor) {
                t = t.plusMinutes(BookingRules.GRID_MINUTES);
                continue;
            }
            int minutes = LENGTHS[random.nextInt(LENGTHS.length)];
            LocalTime end = t.plusMinutes(minutes);
            if (end.isAfter(hours.closes()) || end.isBefore(t)) {
                end = hours.closes();
                minutes = (int) Duration.between(t, end).toMinutes();
            }
            Instant start = day.atTime(t).atZone(zone).toInstant();
            Instant finish = day.atTime(end).atZone(zone).toInstant();
            boolean past = !finish.isAfter(input.now());
            boolean later = !start.isBefore(input.now().plus(RULES.notice()));
            if ((past || later) && !held(room, start, finish, events)) {
                Booking made = book(house, room, local, start, finish, minutes, past);
                if (made != null) {
                    t = end.plusMinutes(random.nextInt(3) == 0 ? 30 : 0);
                    continue;
                }
            }
            t = t.plusMinutes(BookingRules.GRID_MINUTES);
        }
    }

    /** An NGO of the region that may book then (a few tries), and the booking it made. */
    private Booking book(
            House house,
            Room room,
            List<Ngo> local,
            Instant start,
            Instant finish,
            int minutes,
            boolean past) {
        if (local.isEmpty()) {
            return null;
        }
        ZoneId zone = ZoneId.of(house.zone());
        LocalDate day = start.atZone(zone).toLocalDate();
        Instant created = created(start, past);
        LocalDate asked = created.atZone(CountryNgos.ZONE).toLocalDate();
        YearMonth month = YearMonth.from(start.atZone(zone));
        for (int attempt = 0; attempt < 6; attempt++) {
            Ngo ngo = local.get(random.nextInt(local.size()));
            String monthKey = ngo.id() + ":" + house.id() + ":" + month;
            String aheadKey = ngo.id() + ":" + house.id();
            int used = monthMinutes.getOrDefault(monthKey, 0);
            int waiting = ahead.getOrDefault(aheadKey, 0);
            if (!eligible.on(ngo.id(), day)
                    || !eligible.on(ngo.id(), asked)
                    || used + minutes > QUOTA_MINUTES
                    || (!past && waiting + 1 > QUOTA_AHEAD)) {
                continue;
            }
            monthMinutes.put(monthKey, used + minutes);
            if (!past) {
                ahead.put(aheadKey, waiting + 1);
            }
            Booking booking = booking(house, room, ngo, start, finish, minutes, created, past);
            bookings.add(booking);
            return booking;
        }
        return null;
    }

    private Booking booking(
            House house,
            Room room,
            Ngo ngo,
            Instant start,
            Instant finish,
            int minutes,
            Instant created,
            boolean past) {
        int roll = random.nextInt(100);
        boolean hall = room.needsApproval();
        BookingStatus status;
        Instant decided = hall ? between(created, past ? start : input.now()) : null;
        Instant cancelled = null;
        Instant checkedIn = null;
        if (roll < 8) {
            status = BookingStatus.CANCELLED;
            cancelled = between(created, past ? start : input.now());
            decided = null;
        } else if (past) {
            int show = random.nextInt(100);
            if (hall && roll >= 92) {
                status = BookingStatus.REJECTED;
            } else if (show < 10) {
                status = BookingStatus.NO_SHOW;
            } else {
                status = BookingStatus.CONFIRMED;
                checkedIn = start.plusSeconds(60L * random.nextInt(15));
            }
        } else if (hall && random.nextInt(5) < 2) {
            status = BookingStatus.PENDING;
            decided = null;
        } else {
            status = BookingStatus.CONFIRMED;
        }
        int capacity = Math.max(2, room.capacity());
        int attendees =
                room.kind() == RoomKind.HALL
                        ? Math.min(capacity, 20 + random.nextInt(capacity))
                        : 2 + random.nextInt(capacity - 1);
        return new Booking(
                CountryPlan.BASE + bookings.size(),
                room.id(),
                house.id(),
                ngo.id(),
                start,
                finish,
                minutes,
                PURPOSES[random.nextInt(PURPOSES.length)],
                attendees,
                status,
                room.hourlyRate()
                        .multiply(BigDecimal.valueOf(minutes))
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
                created,
                decided,
                cancelled,
                checkedIn);
    }

    /**
     * When it was asked for: 1 to 21 days before (inside the horizon, past the notice); a booking
     * ahead was asked for before now.
     */
    private Instant created(Instant start, boolean past) {
        Instant created =
                start.minus(Duration.ofDays(1 + random.nextInt(21)))
                        .minusSeconds(60L * random.nextInt(600));
        if (!past && created.isAfter(input.now().minusSeconds(3600))) {
            created = input.now().minusSeconds(3600L + 60L * random.nextInt(3 * 24 * 60));
        }
        return created;
    }

    private Instant between(Instant from, Instant to) {
        long seconds = Math.max(1, Duration.between(from, to).getSeconds());
        return from.plusSeconds(1 + random.nextLong(seconds));
    }

    private static boolean held(Room room, Instant start, Instant finish, List<Event> events) {
        for (Event e : events) {
            if (e.roomId() == room.id()
                    && e.startsAt().isBefore(finish)
                    && start.isBefore(e.endsAt())) {
                return true;
            }
        }
        return false;
    }

    /** The chance a booking starts at a half-hour: afternoons busy, mornings quieter. */
    static double chance(LocalTime t) {
        int hour = t.getHour();
        return hour < 12 ? 0.05 : hour < 14 ? 0.09 : hour < 18 ? 0.16 : 0.07;
    }

    /** Saturdays quiet, July and August slow, the week of World NGO Day at its peak. */
    static double factor(LocalDate day) {
        long fromNgoDay =
                Math.abs(
                        day.toEpochDay()
                                - CountryEvents.WORLD_NGO_DAY.atYear(day.getYear()).toEpochDay());
        double f = day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.3 : 1.0;
        if (day.getMonth() == Month.JULY || day.getMonth() == Month.AUGUST) {
            f *= 0.6;
        }
        return fromNgoDay <= 4 ? f * 2.2 : f;
    }
}
