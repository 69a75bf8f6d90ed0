package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.bookings.control.BookingQueries;
import kz.housesofdemocracy.bookings.control.BookingQueries.Hold;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.closures.control.InternalClosures;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.platform.Period;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.DailyHours;
import kz.housesofdemocracy.premises.entity.Equipment;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.OpeningHours;
import kz.housesofdemocracy.premises.entity.Room;
import kz.housesofdemocracy.premises.entity.RoomKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A House's calendar: every room against the day's half-hours (or the week's days), free and taken,
 * closed hours, holidays and blackouts. A fixed handful of queries whatever the number of rooms.
 * Visitors see that a slot is taken; the House's staff see by whom.
 */
@Stateless
public class HouseCalendar {

    @Inject private Clock clock;
    @Inject private Holidays holidays;
    @Inject private BookingQueries queries;

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @Schema(
            description =
                    "FREE; PENDING or TAKEN by a booking; BLACKOUT: the House closed it; PAST: over.")
    public enum State {
        FREE,
        PENDING,
        TAKEN,
        BLACKOUT,
        PAST
    }

    @Schema(description = "One half-hour of one room.")
    public record Cell(
            @Schema(
                            description =
                                    "Start of the half-hour, HH:mm:ss in the House's local time.",
                            type = SchemaType.STRING,
                            format = "time",
                            example = "14:00:00")
                    LocalTime start,
            State state,
            @Schema(
                            description =
                                    "The booking holding it, for staff who see the House's bookings; absent otherwise.")
                    Long bookingId,
            @Schema(
                            description =
                                    "The NGO holding it, for staff who see the House's bookings; absent otherwise.")
                    LocalizedText ngoName,
            @Schema(
                            description =
                                    "A BLACKOUT's reason (not for an internal closure seen from outside the House's staff); absent otherwise.")
                    LocalizedText note)
            implements Serializable {}

    @Schema(description = "A room against the day's half-hours.")
    public record RoomRow(
            long roomId,
            LocalizedText name,
            RoomKind kind,
            @Schema(description = "How many people the room seats.") int capacity,
            @Schema(description = "true: its bookings wait for approval (PENDING).")
                    boolean needsApproval,
            @Schema(description = "One cell per slot of the day, in order; empty on a closed day.")
                    List<Cell> cells)
            implements Serializable {
        public RoomRow {
            cells = List.copyOf(cells);
        }
    }

    /** One day: closed (with the holiday's name when it is one) or the grid of half-hours. */
    @Schema(description = "A House's rooms against one day's half-hours.")
    public record Day(
            long houseId,
            LocalizedText houseName,
            @Schema(description = "The day (ISO 8601).") LocalDate date,
            @Schema(description = "false on a day the House is closed (weekly hours or a holiday).")
                    boolean open,
            @Schema(description = "The holiday's name when the day is one; absent otherwise.")
                    LocalizedText holiday,
            @Schema(
                            description =
                                    "The starts of the day's half-hours, HH:mm:ss in the House's local time.")
                    List<LocalTime> slots,
            @Schema(description = "Every active room with its cells.") List<RoomRow> rooms,
            @Schema(
                            description =
                                    "true when the caller may see who holds each slot (bookingId, ngoName).")
                    boolean showsWho)
            implements Serializable {
        public Day {
            slots = List.copyOf(slots);
            rooms = List.copyOf(rooms);
        }
    }

    /** One week: per room and day, the spans taken ("10:00–12:00"), closed days marked. */
    @Schema(description = "A day of the week: open or closed, and its holiday.")
    public record WeekDay(
            @Schema(description = "The day (ISO 8601).") LocalDate date,
            @Schema(description = "false when the House is closed that day.") boolean open,
            @Schema(description = "The holiday's name when the day is one; absent otherwise.")
                    LocalizedText holiday)
            implements Serializable {}

    @Schema(description = "A room on one day of the week.")
    public record WeekCell(
            @Schema(description = "The day (ISO 8601).") LocalDate date,
            @Schema(description = "false when the House is closed that day.") boolean open,
            @Schema(
                            description =
                                    "The spans taken, HH:mm–HH:mm in the House's local time, in order.",
                            example = "[\"10:00–12:00\"]")
                    List<String> taken)
            implements Serializable {}

    @Schema(description = "A room against the seven days of a week.")
    public record WeekRow(
            long roomId,
            LocalizedText name,
            @Schema(description = "Monday to Sunday.") List<WeekCell> days)
            implements Serializable {
        public WeekRow {
            days = List.copyOf(days);
        }
    }

    @Schema(description = "A House's rooms against the days of one week.")
    public record Week(
            long houseId,
            LocalizedText houseName,
            @Schema(description = "The week's Monday (ISO 8601).") LocalDate monday,
            @Schema(description = "Monday to Sunday.") List<WeekDay> days,
            @Schema(description = "Every active room.") List<WeekRow> rooms)
            implements Serializable {
        public Week {
            days = List.copyOf(days);
            rooms = List.copyOf(rooms);
        }
    }

    public Day day(Caller caller, long houseId, LocalDate date) {
        House house = house(houseId);
        boolean showsWho =
                caller != null
                        && AccessPolicy.may(
                                caller,
                                Action.VIEW_HOUSE_BOOKINGS,
                                Scope.house(house.id(), house.region().code()));
        Map<LocalDate, LocalizedText> off = holidays.daysOff(date, date);
        Optional<DailyHours> hours = house.openingHours().on(date.getDayOfWeek());
        List<Room> rooms = queries.activeRooms(house);
        if (hours.isEmpty() || off.containsKey(date)) {
            List<RoomRow> closed = rooms.stream().map(r -> row(r, List.of())).toList();
            return new Day(
                    house.id(),
                    house.name(),
                    date,
                    false,
                    off.get(date),
                    List.of(),
                    closed,
                    showsWho);
        }
        List<LocalTime> slots = new ArrayList<>();
        for (LocalTime t = hours.get().opens();
                t.isBefore(hours.get().closes());
                t = t.plusMinutes(30)) {
            slots.add(t);
        }
        ZoneId zone = house.timeZone();
        Period open =
                Period.of(
                        date.atTime(hours.get().opens()).atZone(zone).toInstant(),
                        date.atTime(hours.get().closes()).atZone(zone).toInstant());
        Taken taken = taken(house, open, showsWho);
        Instant now = clock.instant();
        List<RoomRow> rows = new ArrayList<>();
        for (Room room : rooms) {
            List<Cell> cells = new ArrayList<>(slots.size());
            for (LocalTime slot : slots) {
                Instant start = date.atTime(slot).atZone(zone).toInstant();
                Period half = Period.of(start, start.plusSeconds(1800));
                cells.add(taken.cell(room, slot, half, now, showsWho));
            }
            rows.add(row(room, cells));
        }
        return new Day(house.id(), house.name(), date, true, null, slots, rows, showsWho);
    }

    private static RoomRow row(Room r, List<Cell> cells) {
        return new RoomRow(
                r.id(), r.name(), r.kind(), r.capacity().people(), r.needsApproval(), cells);
    }

    public Week week(Caller caller, long houseId, LocalDate anyDay) {
        House house = house(houseId);
        ZoneId zone = house.timeZone();
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        Map<LocalDate, LocalizedText> off = holidays.daysOff(monday, sunday);
        OpeningHours hours = house.openingHours();
        List<WeekDay> days = new ArrayList<>();
        for (LocalDate d = monday; !d.isAfter(sunday); d = d.plusDays(1)) {
            days.add(
                    new WeekDay(
                            d, hours.isOpen(d.getDayOfWeek()) && !off.containsKey(d), off.get(d)));
        }
        Map<Long, List<Hold>> byRoom =
                byRoom(
                        queries.holds(
                                house,
                                Period.of(
                                        monday.atStartOfDay(zone).toInstant(),
                                        sunday.plusDays(1).atStartOfDay(zone).toInstant()),
                                false));
        List<WeekRow> rows = new ArrayList<>();
        for (Room room : queries.activeRooms(house)) {
            List<Hold> ofRoom = byRoom.getOrDefault(room.id(), List.of());
            List<WeekCell> cells = new ArrayList<>();
            for (WeekDay day : days) {
                List<String> taken =
                        ofRoom.stream()
                                .filter(
                                        b ->
                                                b.start()
                                                        .atZone(zone)
                                                        .toLocalDate()
                                                        .equals(day.date()))
                                .map(b -> span(b, zone))
                                .toList();
                cells.add(new WeekCell(day.date(), day.open(), taken));
            }
            rows.add(new WeekRow(room.id(), room.name(), cells));
        }
        return new Week(house.id(), house.name(), monday, days, rows);
    }

    /** "10:00–12:00", with " ?" when it waits for approval. */
    private static String span(Hold b, ZoneId zone) {
        return HOURS.format(b.start().atZone(zone))
                + "–"
                + HOURS.format(b.end().atZone(zone))
                + (b.pending() ? " ?" : "");
    }

    private static Map<Long, List<Hold>> byRoom(List<Hold> holds) {
        Map<Long, List<Hold>> byRoom = new HashMap<>();
        for (Hold hold : holds) {
            byRoom.computeIfAbsent(hold.roomId(), id -> new ArrayList<>()).add(hold);
        }
        return byRoom;
    }

    /**
     * What holds the rooms; with the staff's view (who booked) the reasons of internal closures
     * too, else their notes left out (the cell says only "closed").
     */
    private Taken taken(House house, Period period, boolean withWho) {
        List<Blackout> blackouts = queries.blackouts(house, period);
        return new Taken(
                byRoom(queries.holds(house, period, withWho)),
                blackouts,
                withWho ? Set.of() : InternalClosures.internal(blackouts));
    }

    /** What "find a room" asks: a time in the House's local time and what the room must have. */
    public record Wish(
            LocalDate date,
            LocalTime start,
            LocalTime end,
            int people,
            Set<String> equipment,
            boolean stepFree)
            implements java.io.Serializable {}

    @Schema(description = "A room free for the whole span asked for that fits the wish.")
    public record FreeRoom(
            long roomId,
            LocalizedText name,
            RoomKind kind,
            @Schema(description = "How many people the room seats.") int capacity,
            @Schema(description = "true: step-free access.") boolean stepFree,
            @Schema(description = "true: a booking waits for approval (PENDING).")
                    boolean needsApproval,
            @Schema(description = "The room's equipment, by name.") List<LocalizedText> equipment)
            implements Serializable {}

    /** The rooms of a House that are free for the whole span and fit the wish. */
    public List<FreeRoom> free(long houseId, Wish wish) {
        House house = house(houseId);
        ZoneId zone = house.timeZone();
        if (!wish.start().isBefore(wish.end())
                || !house.openingHours()
                        .covers(wish.date().getDayOfWeek(), wish.start(), wish.end())
                || !holidays.daysOff(wish.date(), wish.date()).isEmpty()) {
            return List.of();
        }
        Period span =
                Period.of(
                        wish.date().atTime(wish.start()).atZone(zone).toInstant(),
                        wish.date().atTime(wish.end()).atZone(zone).toInstant());
        Taken taken = taken(house, span, false);
        return queries.activeRoomsEquipped(house).stream()
                .filter(r -> r.capacity().seats(wish.people()))
                .filter(r -> !wish.stepFree() || r.stepFree())
                .filter(
                        r ->
                                r.equipment().stream()
                                        .map(Equipment::code)
                                        .toList()
                                        .containsAll(wish.equipment()))
                .filter(r -> r.livesThrough(span.start(), span.end()))
                .filter(r -> taken.free(r, span))
                .map(
                        r ->
                                new FreeRoom(
                                        r.id(),
                                        r.name(),
                                        r.kind(),
                                        r.capacity().people(),
                                        r.stepFree(),
                                        r.needsApproval(),
                                        r.equipment().stream().map(Equipment::name).toList()))
                .toList();
    }

    /** What holds a House's rooms over a span: its bookings (by room) and blackouts, read once. */
    private record Taken(
            Map<Long, List<Hold>> holds, List<Blackout> blackouts, Set<Long> hiddenReasons) {

        Optional<Hold> booking(Room room, Period period) {
            for (Hold hold : holds.getOrDefault(room.id(), List.of())) {
                if (hold.overlaps(period)) {
                    return Optional.of(hold);
                }
            }
            return Optional.empty();
        }

        Optional<Blackout> blackout(Room room, Period period) {
            return blackouts.stream().filter(b -> b.blocks(room.id(), period)).findFirst();
        }

        boolean free(Room room, Period period) {
            return booking(room, period).isEmpty() && blackout(room, period).isEmpty();
        }

        Cell cell(Room room, LocalTime slot, Period half, Instant now, boolean showsWho) {
            Optional<Hold> booking = booking(room, half);
            if (booking.isPresent()) {
                Hold b = booking.get();
                return new Cell(
                        slot,
                        b.pending() ? State.PENDING : State.TAKEN,
                        showsWho ? b.bookingId() : null,
                        showsWho ? b.ngoName() : null,
                        null);
            }
            return blackout(room, half)
                    .map(
                            b ->
                                    new Cell(
                                            slot,
                                            State.BLACKOUT,
                                            null,
                                            null,
                                            hiddenReasons.contains(b.id()) ? null : b.describe()))
                    .orElseGet(
                            () ->
                                    new Cell(
                                            slot,
                                            half.end().isAfter(now) ? State.FREE : State.PAST,
                                            null,
                                            null,
                                            null));
        }
    }

    private House house(long id) {
        return queries.house(id).orElseThrow(() -> Refusal.notFound("problem.house.notFound", id));
    }
}
