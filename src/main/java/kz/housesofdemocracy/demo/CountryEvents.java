package kz.housesofdemocracy.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import kz.housesofdemocracy.demo.CountryPlan.Event;
import kz.housesofdemocracy.demo.CountryPlan.House;
import kz.housesofdemocracy.demo.CountryPlan.Room;
import kz.housesofdemocracy.premises.entity.RoomKind;

/**
 * The Houses' own events, each holding its largest room for the day: a fair for World NGO Day (27
 * February, the sector's observance in V10), a regional NGO forum between spring and autumn, and in
 * every fourth House a staff meeting in the coming two weeks (not public: its hold reads "closed").
 */
final class CountryEvents {

    static final MonthDay WORLD_NGO_DAY = MonthDay.of(2, 27);

    private CountryEvents() {}

    static List<Event> make(CountryPlan.Input input, CountryPlaces places) {
        SplittableRandom random = new SplittableRandom(input.seed() * 31 + 3);
        LocalDate first = CountryPlan.firstDay(input);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < places.houses().size(); i++) {
            House house = places.houses().get(i);
            List<Room> rooms = places.roomsOf(house.id());
            if (rooms.isEmpty()) {
                continue;
            }
            Room room =
                    rooms.stream()
                            .filter(r -> r.kind() == RoomKind.HALL)
                            .findFirst()
                            .orElse(rooms.get(rooms.size() / 2));
            add(
                    events,
                    input,
                    house,
                    room,
                    WORLD_NGO_DAY.atYear(first.getYear()),
                    new String[] {
                        "Дүниежүзілік ҮЕҰ күніне арналған жәрмеңке",
                        "Ярмарка ко Всемирному дню НПО",
                        "World NGO Day fair"
                    },
                    true);
            add(
                    events,
                    input,
                    house,
                    room,
                    first.plusDays(100 + random.nextInt(150)),
                    new String[] {
                        "Өңірлік ҮЕҰ форумы", "Региональный форум НПО", "Regional NGO forum"
                    },
                    true);
            if (i % 4 == 0) {
                add(
                        events,
                        input,
                        house,
                        room,
                        input.today().plusDays(3 + random.nextInt(9)),
                        new String[] {
                            "Жылдық қорытынды жиналыс",
                            "Итоговое собрание года",
                            "Year-end staff meeting"
                        },
                        false);
            }
        }
        return List.copyOf(events);
    }

    /** An event from 10:00 to 16:00 on the first working day from the one asked for. */
    private static void add(
            List<Event> events,
            CountryPlan.Input input,
            House house,
            Room room,
            LocalDate wanted,
            String[] title,
            boolean publicEvent) {
        LocalDate day = wanted;
        while (!CountryCalendar.openWeekday(house, day, input)) {
            day = day.plusDays(1);
        }
        if (day.isBefore(room.openedOn()) || day.isAfter(CountryPlan.lastDay(input))) {
            return;
        }
        ZoneId zone = ZoneId.of(house.zone());
        Instant start = day.atTime(10, 0).atZone(zone).toInstant();
        Instant created = start.minusSeconds(30L * 24 * 3600);
        if (created.isAfter(input.now())) {
            created = input.now().minusSeconds(3600);
        }
        events.add(
                new Event(
                        CountryPlan.BASE + events.size(),
                        house.region(),
                        house.id(),
                        room.id(),
                        title[0],
                        title[1],
                        title[2],
                        start,
                        day.atTime(16, 0).atZone(zone).toInstant(),
                        publicEvent,
                        created));
    }
}
