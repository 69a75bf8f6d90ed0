package kz.housesofdemocracy.testing;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Bookable days and fresh rooms for booking tests: each test books its own room, so tests never
 * clash with each other whatever their order.
 */
public final class Slots {

    private static final AtomicInteger ROOMS = new AtomicInteger();

    private Slots() {}

    /**
     * The n-th working day (Monday–Friday, not a day off) at least 3 days from now in Kazakhstan.
     */
    public static LocalDate workingDay(URL base, int n) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(3);
        Set<LocalDate> off = holidays(base, day.getYear());
        off.addAll(holidays(base, day.getYear() + 1));
        int found = 0;
        while (true) {
            boolean weekend =
                    day.getDayOfWeek() == DayOfWeek.SATURDAY
                            || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            // a transferred day off follows a weekend holiday: keep clear of the days after
            // holidays too
            if (!weekend
                    && !off.contains(day)
                    && !off.contains(day.minusDays(1))
                    && !off.contains(day.minusDays(2))) {
                if (found++ == n) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    private static Set<LocalDate> holidays(URL base, int year) {
        return Api.anonymous(base)
                .get("api/holidays?year=" + year)
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(h -> LocalDate.parse(h.getString("date")))
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    /**
     * A new room in the Astana House (open 09:00–20:00 on working days), made by the administrator.
     */
    public static long freshRoom(URL base, boolean needsApproval, int capacity) {
        return freshRoom(base, 1, needsApproval, capacity);
    }

    private static volatile boolean roomyQuotas;

    /**
     * The demo Houses' quotas raised for the tests, which book far more than one NGO may in a month
     * (the quota tests use a House of their own).
     */
    public static void roomyQuotas(URL base) {
        if (!roomyQuotas) {
            Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
            for (int house = 1; house <= 2; house++) {
                Api.Reply set =
                        admin.put(
                                "api/houses/" + house + "/quotas",
                                "{\"hoursPerMonth\":744,\"futureBookings\":1000}");
                if (set.status() != 200) {
                    throw new AssertionError("quotas: " + set.status() + " " + set.body());
                }
            }
            roomyQuotas = true;
        }
    }

    /** A new room in the given House, made by the administrator. */
    public static long freshRoom(URL base, long house, boolean needsApproval, int capacity) {
        roomyQuotas(base);
        Api admin = Api.withToken(base, Demo.ADMIN.email(), Demo.password());
        String name =
                (needsApproval ? "Test hall " : "Test room ")
                        + ROOMS.incrementAndGet()
                        + "-"
                        + System.nanoTime() % 100_000;
        Api.Reply created =
                admin.post(
                        "api/houses/" + house + "/rooms",
                        "{\"kind\":\""
                                + (needsApproval ? "HALL" : "MEETING_ROOM")
                                + "\",\"name\":{\"kk\":\""
                                + name
                                + "\",\"en\":\""
                                + name
                                + "\"},\"capacity\":"
                                + capacity
                                + ",\"hourlyRateKzt\":10000,\"needsApproval\":"
                                + needsApproval
                                + "}");
        if (created.status() != 201) {
            throw new AssertionError("room: " + created.status() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A first day from which the House is open on the same weekday for the given weeks. */
    public static LocalDate openWeeks(URL base, long house, int weeks, int after) {
        LocalDate candidate = workingDay(base, after);
        while (true) {
            boolean open = true;
            for (int w = 0; w < weeks && open; w++) {
                open = isOpen(base, house, candidate.plusWeeks(w));
            }
            if (open) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
    }

    public static boolean isOpen(URL base, long house, LocalDate day) {
        return Api.anonymous(base)
                .get("api/houses/" + house + "/availability?date=" + day)
                .object()
                .getBoolean("open");
    }

    /** A room's name (the same in every language for the rooms made here). */
    public static String roomName(URL base, long room) {
        return Api.anonymous(base)
                .get("api/rooms/" + room)
                .object()
                .getJsonObject("name")
                .getString("en");
    }

    /** The id of the demo NGO representative's eligible NGO in Astana. */
    public static long astanaNgo(Api ngo) {
        return ngoWithBin(ngo, "150540001233");
    }

    /** The id of the demo NGO representative's eligible NGO in Almaty. */
    public static long almatyNgo(Api ngo) {
        return ngoWithBin(ngo, "180340004563");
    }

    private static long ngoWithBin(Api ngo, String bin) {
        return ngo.get("api/ngos/mine").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> bin.equals(n.getString("bin", "")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    public static String request(
            long ngo, long room, LocalDate date, String start, String end, int attendees) {
        return "{\"ngoId\":"
                + ngo
                + ",\"roomId\":"
                + room
                + ",\"date\":\""
                + date
                + "\",\"start\":\""
                + start
                + "\",\"end\":\""
                + end
                + "\",\"purpose\":\"Board meeting\",\"attendees\":"
                + attendees
                + "}";
    }
}
