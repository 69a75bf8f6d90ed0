package kz.housesofdemocracy.bookings.boundary;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.bookings.control.Recurrence;
import kz.housesofdemocracy.platform.InputCheck;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recurring series request: the room, NGO, times and purpose of every occurrence, and the rule
 * (kind WEEKLY with weekdays such as "MONDAY"; MONTHLY_DAY with a day of the month; or
 * MONTHLY_WEEKDAY with the week of the month 1–4 or -1 for the last, and a weekday), from a first
 * day until a date or for a count.
 */
@Schema(
        description =
                "A recurring series: the room, NGO, times, purpose and attendees of every"
                        + " occurrence, and the rule that gives the days, from a first day until a"
                        + " date or for a count, within a year.")
public class SeriesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(
            description = "The NGO the series is for; the caller must represent it.",
            required = true,
            example = "7")
    private Long ngoId;

    @Schema(description = "The room wanted.", required = true, example = "14")
    private Long roomId;

    @Schema(
            description =
                    "Start of each occurrence, HH:mm in the House's local time, on the half-hour grid.",
            required = true,
            example = "10:00")
    private String start;

    @Schema(
            description =
                    "End of each occurrence, HH:mm in the House's local time, after the start.",
            required = true,
            example = "12:00")
    private String end;

    @Schema(
            description = "What the room is used for, up to 500 characters.",
            required = true,
            example = "Weekly volunteer meeting")
    private String purpose;

    @Schema(
            description = "How many people come; at most the room's capacity.",
            required = true,
            example = "12")
    private Integer attendees;

    @Schema(
            description =
                    "WEEKLY (on weekdays), MONTHLY_DAY (on a day of the month) or MONTHLY_WEEKDAY (on a weekday of a week of the month). WEEKLY when left out.",
            enumeration = {"WEEKLY", "MONTHLY_DAY", "MONTHLY_WEEKDAY"},
            defaultValue = "WEEKLY")
    private String kind = "WEEKLY";

    @Schema(
            description = "For WEEKLY: the weekdays, MONDAY to SUNDAY.",
            example = "[\"TUESDAY\", \"THURSDAY\"]")
    private java.util.List<String> weekdays = new java.util.ArrayList<>();

    @Schema(description = "For MONTHLY_DAY: the day of the month, 1–31.", example = "15")
    private Integer dayOfMonth;

    @Schema(
            description = "For MONTHLY_WEEKDAY: the week of the month, 1–4, or -1 for the last.",
            example = "-1")
    private Integer weekOfMonth;

    @Schema(
            description = "For MONTHLY_WEEKDAY: the weekday, MONDAY to SUNDAY.",
            enumeration = {
                "MONDAY",
                "TUESDAY",
                "WEDNESDAY",
                "THURSDAY",
                "FRIDAY",
                "SATURDAY",
                "SUNDAY"
            })
    private String weekday;

    @Schema(
            description = "The first day the rule may give, ISO 8601 (YYYY-MM-DD).",
            required = true,
            example = "2026-12-08")
    private LocalDate first;

    @Schema(
            description = "The last day, ISO 8601, within a year of first; give this or count.",
            example = "2027-03-30")
    private LocalDate until;

    @Schema(description = "How many occurrences; give this or until.", example = "10")
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
