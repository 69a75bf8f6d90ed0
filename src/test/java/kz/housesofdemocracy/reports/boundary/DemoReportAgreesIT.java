package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.reports.control.Figures;
import kz.housesofdemocracy.reports.control.LegacyReportFigures;
import kz.housesofdemocracy.reports.control.OccupancyReport;
import kz.housesofdemocracy.testing.PersistenceProbe;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On the demo data (its two Houses opened in 2009, so opening dates change nothing there), the
 * report read from kept figures gives every room the same twelve months as the old computation from
 * every booking, hour, holiday and blackout.
 */
@ExtendWith(ArquillianExtension.class)
class DemoReportAgreesIT {

    @Inject private PersistenceProbe probe;
    @Inject private Reports reports;
    @Inject private LegacyReportFigures legacy;

    @Test
    void keptFiguresGiveTheOldFiguresOnTheDemoData() {
        Caller admin = probe.demoAdministrator();
        int compared = 0;
        for (int year : new int[] {2025, 2026, 2027}) {
            for (long house : new long[] {1, 2}) {
                Reports.Computed computed = reports.occupancy(admin, year, null, house);
                assertTrue(computed.statements() <= 5, "statements: " + computed.statements());
                OccupancyReport report = computed.report();
                Map<Long, Figures[]> old = legacy.rooms(year, house);
                assertFalse(old.isEmpty());
                for (Map.Entry<Long, Figures[]> room : old.entrySet()) {
                    // Rooms added by other tests open today: only the demo's own are compared.
                    if (probe.number(
                                    "SELECT COUNT(*) FROM room r JOIN house h ON h.id = r.house_id WHERE r.id = "
                                            + room.getKey()
                                            + " AND r.opened_on <= h.opened_on")
                            == 0) {
                        continue;
                    }
                    List<Figures> months = report.place("room-" + room.getKey()).months();
                    for (int m = 0; m < 12; m++) {
                        assertEquals(
                                normal(room.getValue()[m]),
                                normal(months.get(m)),
                                "room " + room.getKey() + ", " + year + "-" + (m + 1));
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared >= 6, "rooms compared: " + compared);
    }

    /** Money compared by value, whatever its scale. */
    private static String normal(Figures f) {
        return f.availableMinutes()
                + "/"
                + f.bookedMinutes()
                + "/"
                + f.usedMinutes()
                + "/"
                + f.heldBookings()
                + "/"
                + f.noShows()
                + "/"
                + f.marketValue().stripTrailingZeros().toPlainString()
                + "/"
                + f.subsidy().stripTrailingZeros().toPlainString()
                + "/"
                + f.charged().stripTrailingZeros().toPlainString();
    }
}
