package kz.housesofdemocracy.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.persistence.StatementCounter;
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
import kz.housesofdemocracy.reports.control.ReportQueries.KeptRooms;
import kz.housesofdemocracy.reports.control.ReportQueries.NgoFigures;
import kz.housesofdemocracy.reports.control.ReportScope;

/**
 * Computes a report from kept figures only, in five statements whatever the bookings: the places
 * with each room's kept months (open time and booking figures), the offices with their lease
 * payments, the NGOs (money, attributes and counts), and the registry's eligible NGOs (its policy
 * and its count). The roll-up from rooms to the nation is worked out here. A year never asked for
 * is kept first, once, in its own transaction ({@link OpenTimeKeeping#keepYear}).
 */
@Stateless
public class ReportComputation {

    private static final Logger LOG = Logger.getLogger(ReportComputation.class.getName());

    @Inject private ReportQueries queries;
    @Inject private OpenTimeKeeping keeping;
    @Inject private Ngos ngos;
    @Inject private Clock clock;

    /** A report, and the statements spent keeping a year on its first demand (not the report's). */
    public record Computation(OccupancyReport report, int keepingStatements) {}

    public OccupancyReport compute(int year, String regionCode, Long houseId) {
        return computeCounted(year, regionCode, houseId).report();
    }

    public Computation computeCounted(int year, String regionCode, Long houseId) {
        ReportScope scope = new ReportScope(year, regionCode, houseId);
        KeptRooms rooms = queries.rooms(scope);
        int keepingStatements = 0;
        if (!rooms.housesNotKept().isEmpty()) {
            // First demand of the year for these Houses: keep it, then read it again.
            int before = StatementCounter.count();
            keeping.keepYear(year, rooms.housesNotKept());
            rooms = queries.rooms(scope);
            keepingStatements = StatementCounter.count() - before;
            LOG.info(
                    () ->
                            "Open time of "
                                    + year
                                    + " kept for Houses "
                                    + scope.houseId()
                                    + "/"
                                    + scope.regionCode()
                                    + " on first demand");
        }
        ReportPlaces places = rooms.places();
        Map<Long, Figures[]> offices = OfficeFigures.byHouse(scope, places, queries.offices(scope));
        List<Place> figures = PlaceRollup.places(scope, places, rooms.months(), offices);
        Instant now = clock.instant();
        NgoFigures ngoFigures = queries.ngos(scope, now, Clocks.today(clock));
        NgoBreakdown money =
                NgoBreakdown.of(ngoFigures.money(), ngoFigures.attributes(), places.regions());
        List<NgoCount> counts = counts(scope, places, ngoFigures.counts());
        return new Computation(
                new OccupancyReport(
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
                        counts),
                keepingStatements);
    }

    /** NGOs registered, verified and active by the report's SQL, eligible by the registry's. */
    private List<NgoCount> counts(
            ReportScope scope, ReportPlaces places, Map<String, long[]> counts) {
        return NgoCounts.perRegion(
                places.regions(), counts, ngos.eligibleByRegion(), scope.national());
    }
}
