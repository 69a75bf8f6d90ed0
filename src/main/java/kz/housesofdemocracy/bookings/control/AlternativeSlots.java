package kz.housesofdemocracy.bookings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.premises.entity.DailyHours;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * The nearest free slots for a displaced booking: the same length, in the House's rooms that seat
 * it, same day first (nearest start first), then the days after and before, up to two weeks away,
 * never in the past or inside the minimum notice, never in a room the displacing event holds. One
 * query per day looked at.
 */
@Dependent
public class AlternativeSlots {

    /** How many alternatives each displaced booking is offered. */
    public static final int OFFERED = 3;

    private static final int DAYS_AROUND = 14;
    private static final Duration NOTICE = Duration.ofHours(2);

    @Inject private BookingQueries queries;

    /** A free slot of a room, with how far it is from what was displaced. */
    public record Slot(Room room, Period period, long distance) {}

    /** The rooms an event holds, and for how long: no alternative falls there. */
    public record Held(Set<Long> rooms, Period period) {
        boolean holds(Room room, Period slot) {
            return rooms.contains(room.id()) && period.overlaps(slot);
        }
    }

    public List<Slot> nearestFree(
            Booking booking, Held held, BookingDesk.DaysOff daysOff, Instant now) {
        House house = booking.room().house();
        LocalDate day0 = booking.startsAt().atZone(house.timeZone()).toLocalDate();
        List<Room> rooms = seating(booking);
        List<Slot> found = new ArrayList<>();
        for (int offset = 0; offset <= DAYS_AROUND && found.size() < OFFERED; offset++) {
            for (LocalDate day :
                    offset == 0
                            ? List.of(day0)
                            : List.of(day0.plusDays(offset), day0.minusDays(offset))) {
                if (found.size() >= OFFERED) {
                    break;
                }
                Optional<DailyHours> hours = house.openingHours().on(day.getDayOfWeek());
                if (hours.isEmpty() || !daysOff.between(day, day).isEmpty()) {
                    continue;
                }
                for (Slot s : freeOn(day, hours.get(), booking, rooms, held, now)) {
                    if (found.size() < OFFERED) {
                        found.add(s);
                    }
                }
            }
        }
        return found;
    }

    /** The House's rooms in use that seat the booking: its own room first, then the smallest. */
    private static List<Room> seating(Booking booking) {
        return booking.room().house().rooms().stream()
                .filter(Room::isActive)
                .filter(r -> r.capacity().people() >= booking.attendees())
                .sorted(
                        Comparator.comparing((Room r) -> !r.id().equals(booking.room().id()))
                                .thenComparing(r -> r.capacity().people()))
                .toList();
    }

    /** The free slots of a day every half-hour within its opening hours, nearest first. */
    private List<Slot> freeOn(
            LocalDate day,
            DailyHours hours,
            Booking booking,
            List<Room> rooms,
            Held held,
            Instant now) {
        House house = booking.room().house();
        ZoneId zone = house.timeZone();
        Duration length = booking.period().length();
        Period whole =
                Period.of(
                        day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant());
        List<BookingQueries.Hold> taken = queries.holds(house, whole, false);
        List<Blackout> closed = queries.blackouts(house, whole);
        LocalTime wanted = booking.startsAt().atZone(zone).toLocalTime();
        List<Slot> candidates = new ArrayList<>();
        for (LocalTime t = hours.opens();
                !t.plus(length).isAfter(hours.closes());
                t = t.plusMinutes(30)) {
            Instant start = day.atTime(t).atZone(zone).toInstant();
            Period slot = Period.of(start, start.plus(length));
            if (!start.isBefore(now.plus(NOTICE))) {
                for (Room room : rooms) {
                    boolean busy =
                            taken.stream()
                                    .anyMatch(b -> b.roomId() == room.id() && b.overlaps(slot));
                    boolean blacked = closed.stream().anyMatch(b -> b.blocks(room.id(), slot));
                    if (!held.holds(room, slot) && !busy && !blacked) {
                        long distance =
                                Math.abs(Duration.between(wanted, t).toMinutes())
                                        + (room.id().equals(booking.room().id()) ? 0 : 1);
                        candidates.add(new Slot(room, slot, distance));
                    }
                }
            }
            if (t.equals(LocalTime.of(23, 30))) {
                break;
            }
        }
        candidates.sort(Comparator.comparingLong(Slot::distance));
        return candidates;
    }
}
