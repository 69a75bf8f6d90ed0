package kz.housesofdemocracy.premises.control;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.premises.entity.BookingRules;
import kz.housesofdemocracy.premises.entity.Capacity;
import kz.housesofdemocracy.premises.entity.DailyHours;
import kz.housesofdemocracy.premises.entity.RoomKind;

/**
 * Checks of what people type about premises, each adding a named, translated problem to the form's
 * check instead of failing on the first. Values come back parsed for the entities.
 */
public final class PremisesRules {

    /** Kazakhstan's time zones in the tz database; all are UTC+5 since 1 March 2024. */
    public static final Set<String> TIME_ZONES =
            Set.of(
                    "Asia/Almaty",
                    "Asia/Qostanay",
                    "Asia/Qyzylorda",
                    "Asia/Aqtobe",
                    "Asia/Aqtau",
                    "Asia/Atyrau",
                    "Asia/Oral");

    public static final BigDecimal MAX_RATE = new BigDecimal("10000000");
    public static final BigDecimal MAX_AREA = new BigDecimal("10000");

    private PremisesRules() {}

    public static RoomKind kind(InputCheck check, String kind) {
        try {
            return RoomKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            check.problem("kind", "validation.room.kind");
            return null;
        }
    }

    public static Capacity capacity(InputCheck check, Integer people) {
        if (people == null || people < 1 || people > Capacity.MAX) {
            check.problem("capacity", "validation.room.capacity", Capacity.MAX);
            return null;
        }
        return new Capacity(people);
    }

    /** An amount of tenge: present, not negative, at most two decimals, below a sanity limit. */
    public static BigDecimal amount(
            InputCheck check, String field, BigDecimal amount, BigDecimal max) {
        if (amount == null) {
            check.problem(field, "validation.required");
            return null;
        }
        if (amount.signum() < 0
                || amount.compareTo(max) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            check.problem(field, "validation.amount", max.toPlainString());
            return null;
        }
        return amount;
    }

    public static BigDecimal area(InputCheck check, BigDecimal area) {
        if (area == null
                || area.signum() <= 0
                || area.compareTo(MAX_AREA) > 0
                || area.stripTrailingZeros().scale() > 1) {
            check.problem("areaSquareMetres", "validation.office.area");
            return null;
        }
        return area;
    }

    public static Integer floor(InputCheck check, Integer floor) {
        if (floor == null || floor < -5 || floor > 100) {
            check.problem("floor", "validation.office.floor");
            return null;
        }
        return floor;
    }

    public static BookingRules bookingRules(
            InputCheck check, Integer min, Integer max, Integer horizonDays, Integer notice) {
        if (min == null || max == null || horizonDays == null || notice == null) {
            check.problem("minMinutes", "validation.room.rules");
            return null;
        }
        try {
            return new BookingRules(min, max, horizonDays, notice);
        } catch (IllegalArgumentException wrong) {
            check.problem("minMinutes", "validation.room.rules");
            return null;
        }
    }

    public static ZoneId timeZone(InputCheck check, String zone) {
        if (zone == null || !TIME_ZONES.contains(zone.strip())) {
            check.problem("timeZone", "validation.house.timeZone");
            return null;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException unknown) {
            check.problem("timeZone", "validation.house.timeZone");
            return null;
        }
    }

    /** One span per open day, on the half-hour grid, opening before closing. */
    public static List<DailyHours> week(InputCheck check, List<String[]> days) {
        List<DailyHours> week = new ArrayList<>();
        for (String[] day : days) {
            try {
                DayOfWeek weekday = DayOfWeek.valueOf(day[0]);
                LocalTime opens = LocalTime.parse(day[1]);
                LocalTime closes = LocalTime.parse(day[2]);
                if (opens.getMinute() % 30 != 0
                        || closes.getMinute() % 30 != 0
                        || !opens.isBefore(closes)) {
                    check.problem("openingHours", "validation.house.hours", day[0]);
                    continue;
                }
                if (week.stream().anyMatch(h -> h.day() == weekday)) {
                    check.problem("openingHours", "validation.house.hours", day[0]);
                    continue;
                }
                week.add(new DailyHours(weekday, opens, closes));
            } catch (IllegalArgumentException
                    | NullPointerException
                    | DateTimeParseException wrong) {
                check.problem(
                        "openingHours", "validation.house.hours", day[0] == null ? "?" : day[0]);
            }
        }
        return week;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
