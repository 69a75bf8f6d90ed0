package kz.housesofdemocracy.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import kz.housesofdemocracy.demo.CountryPlan.Hours;
import kz.housesofdemocracy.demo.CountryPlan.House;
import kz.housesofdemocracy.demo.CountryPlan.Office;
import kz.housesofdemocracy.demo.CountryPlan.Room;
import kz.housesofdemocracy.premises.entity.RoomKind;

/**
 * The country's places: a House per region (the demo's in Astana and Almaty kept), rooms and
 * offices in proportion to the region's population. Most Houses opened years ago; one in six opened
 * this spring, and the last room of a large House opened in May, so life dates matter.
 */
record CountryPlaces(List<House> houses, List<Room> rooms, List<Office> offices) {

    /** Thousands of people per room and per office (at least 4 rooms and 2 offices a House). */
    static final double PEOPLE_PER_ROOM = 130;

    static final double PEOPLE_PER_OFFICE = 300;

    /** The first id of a room or an office. */
    private static final long BASE_ROOM = CountryPlan.BASE + 1;

    /** What the demo's Houses have already (V4): rooms and offices. */
    private static final int DEMO_ROOMS = 5;

    private static final int[] DEMO_OFFICES = {4, 3};

    private static final String[][] MEETING_NAMES = {
        {"Алатау", "Alatau"}, {"Арай", "Arai"}, {"Бәйтерек", "Baiterek"}, {"Жұлдыз", "Zhuldyz"},
        {"Көктем", "Koktem"}, {"Самал", "Samal"}, {"Талап", "Talap"}, {"Шаңырақ", "Shanyraq"},
        {"Ұлытау", "Ulytau"}, {"Есіл", "Esil"}, {"Ертіс", "Ertis"}, {"Сарыарқа", "Saryarqa"}
    };

    static CountryPlaces make(CountryPlan.Input input) {
        SplittableRandom random = new SplittableRandom(input.seed() * 31 + 1);
        LocalDate first = CountryPlan.firstDay(input);
        List<House> houses = new ArrayList<>();
        List<Room> rooms = new ArrayList<>();
        List<Office> offices = new ArrayList<>();
        for (int i = 0; i < CountryRegions.ALL.size(); i++) {
            CountryRegions.Region region = CountryRegions.ALL.get(i);
            long demo = CountryRegions.demoHouse(region.code());
            int roomCount = Math.max(4, (int) Math.round(region.thousands() / PEOPLE_PER_ROOM));
            int officeCount = Math.max(2, (int) Math.round(region.thousands() / PEOPLE_PER_OFFICE));
            House house = demo > 0 ? demoHouse(demo, region) : newHouse(i, region, random, input);
            houses.add(house);
            int made = demo > 0 ? roomCount - DEMO_ROOMS : roomCount;
            for (int k = 0; k < made; k++) {
                LocalDate opened = demo > 0 ? first.minusYears(1) : house.openedOn();
                if (k == made - 1 && roomCount >= 8) {
                    LocalDate may = first.plusDays(125);
                    opened = may.isAfter(input.today()) || may.isBefore(opened) ? opened : may;
                }
                rooms.add(room(BASE_ROOM + rooms.size(), house, k, demo > 0, opened, random));
            }
            int officesMade =
                    demo > 0
                            ? Math.max(1, officeCount - DEMO_OFFICES[(int) demo - 1])
                            : officeCount;
            for (int k = 0; k < officesMade; k++) {
                offices.add(office(BASE_ROOM + offices.size(), house, k, first, random));
            }
        }
        return new CountryPlaces(List.copyOf(houses), List.copyOf(rooms), List.copyOf(offices));
    }

    List<Room> roomsOf(long houseId) {
        return rooms.stream().filter(r -> r.houseId() == houseId).toList();
    }

    List<Office> officesOf(long houseId) {
        return offices.stream().filter(o -> o.houseId() == houseId).toList();
    }

    House house(long id) {
        return houses.stream().filter(h -> h.id() == id).findFirst().orElseThrow();
    }

    House houseOf(String region) {
        return houses.stream().filter(h -> h.region().equals(region)).findFirst().orElseThrow();
    }

    /** The demo's House as V4 made it: its hours are the V4 hours, it opened in 2009 (V21). */
    private static House demoHouse(long id, CountryRegions.Region region) {
        boolean astana = id == 1;
        List<Hours> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d == DayOfWeek.SATURDAY) {
                hours.add(new Hours(d, LocalTime.of(10, 0), LocalTime.of(astana ? 18 : 16, 0)));
            } else if (d != DayOfWeek.SUNDAY) {
                hours.add(new Hours(d, LocalTime.of(9, 0), LocalTime.of(astana ? 20 : 19, 0)));
            }
        }
        return new House(
                id,
                true,
                region.code(),
                null,
                null,
                null,
                null,
                null,
                null,
                "Asia/Almaty",
                LocalDate.of(2009, 1, 1),
                List.copyOf(hours));
    }

    private static House newHouse(
            int index,
            CountryRegions.Region region,
            SplittableRandom random,
            CountryPlan.Input input) {
        LocalDate first = CountryPlan.firstDay(input);
        LocalDate opened = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365 * 7));
        LocalDate spring = first.plusDays(40 + random.nextInt(100));
        if (index % 6 == 5 && spring.isBefore(input.today())) {
            opened = spring;
        }
        boolean late = index % 3 == 0;
        boolean saturday = index % 2 == 0;
        List<Hours> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getValue() <= 5) {
                hours.add(new Hours(d, LocalTime.of(9, 0), LocalTime.of(late ? 20 : 19, 0)));
            } else if (d == DayOfWeek.SATURDAY && saturday) {
                hours.add(new Hours(d, LocalTime.of(10, 0), LocalTime.of(16, 0)));
            }
        }
        int number = 1 + random.nextInt(150);
        return new House(
                CountryPlan.BASE + index + 1,
                false,
                region.code(),
                "Демократия үйі, " + region.centreKk(),
                "Дом демократии, " + region.centreRu(),
                "House of Democracy, " + region.centreEn(),
                region.centreKk() + " қ., Абай даңғылы, " + number,
                "г. " + region.centreRu() + ", пр. Абая, " + number,
                number + " Abai Avenue, " + region.centreEn(),
                region.zone(),
                opened,
                List.copyOf(hours));
    }

    private static Room room(
            long id, House house, int k, boolean demo, LocalDate opened, SplittableRandom random) {
        RoomKind kind =
                demo
                        ? (k % 2 == 0 ? RoomKind.MEETING_ROOM : RoomKind.TRAINING_ROOM)
                        : k == 0 || k == 9
                                ? RoomKind.HALL
                                : k == 1
                                        ? RoomKind.COWORKING
                                        : k % 2 == 0
                                                ? RoomKind.MEETING_ROOM
                                                : RoomKind.TRAINING_ROOM;
        String[] word = MEETING_NAMES[(k + (int) (house.id() % 5)) % MEETING_NAMES.length];
        int n = k + 1;
        return switch (kind) {
            case HALL ->
                    new Room(
                            id,
                            house.id(),
                            kind,
                            k == 0 ? "Үлкен зал" : "Кіші зал",
                            k == 0 ? "Большой зал" : "Малый зал",
                            k == 0 ? "Main hall" : "Small hall",
                            (k == 0 ? 90 : 50) + random.nextInt(60),
                            true,
                            money(15_000 + 1_000 * random.nextInt(11)),
                            true,
                            opened,
                            List.of("microphones", "projector", "screen", "sound-system", "wifi"));
            case COWORKING ->
                    new Room(
                            id,
                            house.id(),
                            kind,
                            "Коворкинг",
                            "Коворкинг",
                            "Co-working space",
                            20 + random.nextInt(12),
                            true,
                            money(2_000 + 500 * random.nextInt(3)),
                            false,
                            opened,
                            List.of("kitchenette", "wifi"));
            case TRAINING_ROOM ->
                    new Room(
                            id,
                            house.id(),
                            kind,
                            "№" + n + " оқу сыныбы",
                            "Учебный класс № " + n,
                            "Training room " + n,
                            24 + random.nextInt(17),
                            random.nextInt(4) != 0,
                            money(8_000 + 500 * random.nextInt(9)),
                            false,
                            opened,
                            List.of("flipchart", "projector", "screen", "whiteboard", "wifi"));
            default ->
                    new Room(
                            id,
                            house.id(),
                            RoomKind.MEETING_ROOM,
                            "«" + word[0] + "» келіссөз бөлмесі",
                            "Переговорная «" + word[0] + "»",
                            word[1] + " meeting room",
                            8 + random.nextInt(15),
                            random.nextInt(5) != 0,
                            money(4_000 + 500 * random.nextInt(9)),
                            false,
                            opened,
                            List.of("tv-panel", "whiteboard", "wifi"));
        };
    }

    private static Office office(
            long id, House house, int k, LocalDate first, SplittableRandom random) {
        int floor = 1 + k % 3;
        String number = floor + String.format("%02d", 10 + k);
        BigDecimal area = BigDecimal.valueOf(32 + random.nextInt(59)).divide(BigDecimal.valueOf(2));
        BigDecimal perSquareMetre = BigDecimal.valueOf(3_000 + 250 * random.nextInt(7));
        LocalDate from = house.openedOn().isAfter(first) ? house.openedOn() : first.minusYears(1);
        return new Office(
                id,
                house.id(),
                "№" + number + " кеңсе",
                "Офис № " + number,
                "Office " + number,
                area.setScale(1),
                floor,
                area.multiply(perSquareMetre).setScale(2),
                from);
    }

    private static BigDecimal money(int kzt) {
        return BigDecimal.valueOf(kzt).setScale(2);
    }
}
