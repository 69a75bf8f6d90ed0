package kz.housesofdemocracy.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.boundary.HouseSummary;
import kz.housesofdemocracy.premises.boundary.Premises;
import kz.housesofdemocracy.premises.boundary.RegionView;

/**
 * The public event calendar: a month, a week or a list, for the whole country or filtered by region
 * or House, with public holidays on every day they fall. Read with GET only, so every view has an
 * address to share.
 */
@Named
@RequestScoped
public class EventsPage {

    @Inject private Clock clock;

    /** How far the list view looks ahead. */
    static final int LIST_DAYS = 90;

    @Inject private Events events;
    @Inject private Holidays holidays;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;

    private String view;
    private String date;
    private String region;
    private String house;

    private LocalDate day;
    private LocalDate first;
    private LocalDate last;
    private List<EventView> found;
    private Map<LocalDate, LocalizedText> daysOff;

    /** A day of the calendar with its holiday and events. */
    public record Day(
            LocalDate date,
            boolean inPeriod,
            boolean today,
            LocalizedText holiday,
            List<EventView> events) {}

    public void load() {
        try {
            day =
                    date == null || date.isBlank()
                            ? Clocks.today(clock)
                            : LocalDate.parse(date.strip());
        } catch (DateTimeParseException wrong) {
            day = Clocks.today(clock);
        }
        if (!"week".equals(view) && !"list".equals(view)) {
            view = "month";
        }
        switch (view) {
            case "week" -> {
                first = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                last = first.plusDays(6);
            }
            case "list" -> {
                first = day;
                last = day.plusDays(LIST_DAYS - 1);
            }
            default -> {
                first = day.withDayOfMonth(1);
                last = day.with(TemporalAdjusters.lastDayOfMonth());
            }
        }
        Long houseId = EntityId.parse(house).orElse(null);
        String regionCode = houseId != null || region == null || region.isBlank() ? null : region;
        found = events.between(caller.get().orElse(null), first, last, regionCode, houseId);
        daysOff = holidays.daysOff(first, last);
    }

    /** The weeks of the month view, Monday first, with the neighbouring months' days greyed. */
    public List<List<Day>> getWeeks() {
        LocalDate from = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(7)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                week.add(dayOf(d.plusDays(i)));
            }
            weeks.add(week);
        }
        return weeks;
    }

    /** The days of the week view, or the days with something on in the list view. */
    public List<Day> getDays() {
        List<Day> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Day one = dayOf(d);
            if ("week".equals(view) || one.holiday() != null || !one.events().isEmpty()) {
                days.add(one);
            }
        }
        return days;
    }

    private Day dayOf(LocalDate d) {
        boolean inPeriod = !d.isBefore(first) && !d.isAfter(last);
        return new Day(
                d,
                inPeriod,
                d.equals(Clocks.today(clock)),
                inPeriod ? daysOff.get(d) : null,
                inPeriod
                        ? found.stream()
                                .filter(e -> !d.isBefore(e.date()) && !d.isAfter(e.endDate()))
                                .toList()
                        : List.of());
    }

    public LocalDate getPrevious() {
        return switch (view) {
            case "week" -> first.minusWeeks(1);
            case "list" -> first.minusDays(LIST_DAYS);
            default -> first.minusMonths(1);
        };
    }

    public LocalDate getNext() {
        return switch (view) {
            case "week" -> first.plusWeeks(1);
            case "list" -> first.plusDays(LIST_DAYS);
            default -> first.plusMonths(1);
        };
    }

    public List<RegionView> getRegions() {
        return premises.regions();
    }

    public List<HouseSummary> getHouses() {
        return premises.houses();
    }

    /** The feed address for the current filter, to subscribe to. */
    public String feedPath(String lang) {
        Long houseId = EntityId.parse(house).orElse(null);
        String query =
                houseId != null
                        ? "house=" + houseId + "&"
                        : region != null && !region.isBlank() ? "region=" + region + "&" : "";
        return "/api/events/feed.ics?" + query + "lang=" + lang;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalDate getFirst() {
        return first;
    }

    public LocalDate getLast() {
        return last;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getRegion() {
        return region == null ? "" : region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getHouse() {
        return house == null ? "" : house;
    }

    public void setHouse(String house) {
        this.house = house;
    }
}
