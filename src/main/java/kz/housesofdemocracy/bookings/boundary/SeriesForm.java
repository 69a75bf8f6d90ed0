package kz.housesofdemocracy.bookings.boundary;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.bookings.control.Recurrence;
import kz.housesofdemocracy.platform.InputCheck;

/**
 * A recurring series request: the room, NGO, times and purpose of every occurrence, and the rule
 * (kind WEEKLY with weekdays such as "MONDAY"; MONTHLY_DAY with a day of the month; or
 * MONTHLY_WEEKDAY with the week of the month 1–4 or -1 for the last, and a weekday), from a first
 * day until a date or for a count.
 */
public class SeriesForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private Long ngoId;
    private Long roomId;
    private String start;
    private String end;
    private String purpose;
    private Integer attendees;
    private String kind = "WEEKLY";
    private java.util.List<String> weekdays = new java.util.ArrayList<>();
    private Integer dayOfMonth;
    private Integer weekOfMonth;
    private String weekday;
    private LocalDate first;
    private LocalDate until;
    private Integer count;

    public Long getNgoId() {
        return ngoId;
    }

    public void setNgoId(Long ngoId) {
        this.ngoId = ngoId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Integer getAttendees() {
        return attendees;
    }

    public void setAttendees(Integer attendees) {
        this.attendees = attendees;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public java.util.List<String> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(java.util.List<String> weekdays) {
        this.weekdays = weekdays;
    }

    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(Integer dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public Integer getWeekOfMonth() {
        return weekOfMonth;
    }

    public void setWeekOfMonth(Integer weekOfMonth) {
        this.weekOfMonth = weekOfMonth;
    }

    public String getWeekday() {
        return weekday;
    }

    public void setWeekday(String weekday) {
        this.weekday = weekday;
    }

    public LocalDate getFirst() {
        return first;
    }

    public void setFirst(LocalDate first) {
        this.first = first;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    /**
     * The recurrence the form describes; each unreadable part is a problem in the check (the rule
     * returned then is a placeholder).
     */
    Recurrence rule(InputCheck check, LocalDate today) {
        Recurrence.Kind kind;
        try {
            kind = Recurrence.Kind.valueOf(String.valueOf(getKind()));
        } catch (IllegalArgumentException unknown) {
            check.problem("kind", "series.problem.kind");
            return Recurrence.weekly(Set.of(), today, null, 0);
        }
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (String d : getWeekdays() == null ? List.<String>of() : getWeekdays()) {
            try {
                weekdays.add(DayOfWeek.valueOf(d));
            } catch (IllegalArgumentException unknown) {
                check.problem("weekdays", "series.problem.weekdays");
            }
        }
        DayOfWeek weekday = null;
        if (getWeekday() != null && !getWeekday().isBlank()) {
            try {
                weekday = DayOfWeek.valueOf(getWeekday());
            } catch (IllegalArgumentException unknown) {
                check.problem("weekday", "series.problem.weekOfMonth");
            }
        }
        int count = getCount() == null ? 0 : getCount();
        Recurrence rule =
                switch (kind) {
                    case WEEKLY -> Recurrence.weekly(weekdays, getFirst(), getUntil(), count);
                    case MONTHLY_DAY ->
                            Recurrence.monthlyOnDay(
                                    getDayOfMonth() == null ? 0 : getDayOfMonth(),
                                    getFirst(),
                                    getUntil(),
                                    count);
                    case MONTHLY_WEEKDAY ->
                            Recurrence.monthlyOnWeekday(
                                    getWeekOfMonth() == null ? 0 : getWeekOfMonth(),
                                    weekday,
                                    getFirst(),
                                    getUntil(),
                                    count);
                };
        if (getFirst() != null) {
            rule.problem().ifPresent(key -> check.problem(field(key), key));
        }
        return rule;
    }

    private static String field(String problemKey) {
        return switch (problemKey) {
            case "series.problem.untilOrCount", "series.problem.year" -> "until";
            case "series.problem.weekdays" -> "weekdays";
            case "series.problem.dayOfMonth" -> "dayOfMonth";
            case "series.problem.weekOfMonth" -> "weekOfMonth";
            default -> "first";
        };
    }
}
