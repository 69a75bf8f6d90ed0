package kz.housesofdemocracy.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.events.control.CalendarSheet;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
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

    @Inject private CurrentLanguage language;
    @Inject private Clock clock;
    @Inject private Events events;
    @Inject private Holidays holidays;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;

    private String view;
    private String date;
    private String region;
    private String house;

    private LocalDate day;
    private CalendarSheet sheet;

    public void load() {
        LocalDate today = Clocks.today(clock);
        try {
            day = date == null || date.isBlank() ? today : LocalDate.parse(date.strip());
        } catch (DateTimeParseException wrong) {
            day = today;
        }
        view = CalendarSheet.view(view);
        DateSpan days = CalendarSheet.days(view, day);
        Long houseId = EntityId.parse(house).orElse(null);
        String regionCode = houseId != null || region == null || region.isBlank() ? null : region;
        sheet =
                new CalendarSheet(
                        view,
                        days,
                        today,
                        events.between(caller.get().orElse(null), days, regionCode, houseId),
                        holidays.daysOff(days));
    }

    /** The weeks of the month view, Monday first, with the neighbouring months' days greyed. */
    public List<List<CalendarSheet.Day>> getWeeks() {
        return sheet.weeks();
    }

    /** The days of the week view, or the days with something on in the list view. */
    public List<CalendarSheet.Day> getDays() {
        return sheet.list();
    }

    public LocalDate getPrevious() {
        return sheet.previous();
    }

    public LocalDate getNext() {
        return sheet.next();
    }

    public List<RegionView> getRegions() {
        return language.sorted(premises.regions(), RegionView::name);
    }

    public List<HouseSummary> getHouses() {
        return language.sorted(premises.houses(), HouseSummary::name);
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
        return sheet.days().first();
    }

    public LocalDate getLast() {
        return sheet.days().last();
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
