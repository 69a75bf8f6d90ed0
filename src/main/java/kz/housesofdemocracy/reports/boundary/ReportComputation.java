package kz.housesofdemocracy.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.closures.boundary.Holidays;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.DateSpan;
import kz.housesofdemocracy.reports.control.Blackout;
import kz.housesofdemocracy.reports.control.Figures;
import kz.housesofdemocracy.reports.control.NgoBreakdown;
import kz.housesofdemocracy.reports.control.NgoCounts;
import kz.housesofdemocracy.reports.control.OccupancyReport;
import kz.housesofdemocracy.reports.control.OccupancyReport.NgoCount;
import kz.housesofdemocracy.reports.control.OccupancyReport.Place;
import kz.housesofdemocracy.reports.control.OfficeFigures;
import kz.housesofdemocracy.reports.control.PlaceRollup;
import kz.housesofdemocracy.reports.control.ReportPlaces;
import kz.housesofdemocracy.reports.control.ReportQueries;
import kz.housesofdemocracy.reports.control.ReportScope;
import kz.housesofdemocracy.reports.control.RoomFigures;

/**
 * Computes a report: the database sums bookings and lease payments, the places' open time and the
 * roll-up from rooms to the nation are worked out here from reference data (see {@link
 * ReportQueries}). The statements run in a fixed order, counted by {@link Reports#occupancy}.
 */
@Stateless
public class ReportComputation {

    @Inject private ReportQueries queries;
    @Inject private Holidays holidays;
    @Inject private Ngos ngos;
    @Inject private Clock clock;

    public OccupancyReport compute(int year, String regionCode, Long houseId) {
        ReportScope scope = new ReportScope(year, regionCode, houseId);
        ReportPlaces places = queries.places(scope);
        List<Place> figures = figures(scope, places);
        NgoBreakdown money =
                NgoBreakdown.of(
                        queries.moneyByNgo(scope), queries.ngoAttributes(), places.regions());
        Instant now = clock.instant();
        List<NgoCount> counts = counts(scope, places, now);
        return new OccupancyReport(
                year,
                regionCode,
                houseId,
                now,
                figures,
                money.byNgo(),
                money.byArea(),
                money.byRegion(),
                money.byLanguage(),
                money.byYouth(),
                money.byFunding(),
                counts);
    }

    /** Rooms (open time less blackouts, plus bookings), offices, and their roll-up. */
    private List<Place> figures(ReportScope scope, ReportPlaces places) {
        DateSpan days = scope.days();
        Set<LocalDate> daysOff = holidays.daysOff(days.first(), days.last()).keySet();
        List<Blackout> blackouts = queries.blackouts(scope);
        Map<Long, Figures[]> bookings = queries.bookingsByRoomAndMonth(scope);
        Map<Long, Figures[]> rooms =
                RoomFigures.byRoom(scope, places, daysOff, blackouts, bookings);
        Map<Long, Figures[]> offices = OfficeFigures.byHouse(scope, places, queries.offices(scope));
        return PlaceRollup.places(scope, places, rooms, offices);
    }

    /** NGOs registered, verified and active by the report's SQL, eligible by the registry's. */
    private List<NgoCount> counts(ReportScope scope, ReportPlaces places, Instant now) {
        Map<String, long[]> counts = queries.ngoCountsByRegion(now, Clocks.today(clock));
        return NgoCounts.perRegion(
                places.regions(), counts, ngos.eligibleByRegion(), scope.national());
    }
}
