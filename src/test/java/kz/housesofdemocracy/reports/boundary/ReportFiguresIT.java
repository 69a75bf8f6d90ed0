package kz.housesofdemocracy.reports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.reports.control.Figures;
import kz.housesofdemocracy.reports.control.OccupancyReport;
import kz.housesofdemocracy.testing.PersistenceProbe;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside WildFly, on a small dataset whose figures are worked out by hand: a House open Monday to
 * Friday 09:00–18:00 in 2031 with one room and one office, a public holiday, a blackout, an event
 * hold, a checked-in booking, a no-show, a booking not checked in, a cancelled one, and a lease of
 * the office ended after six months. Every figure of the room and House is exact.
 *
 * <p>2031 starts on a Wednesday: 261 weekdays, less the holiday on Friday 21 March = 260 open days
 * of 540 minutes = 140,400 minutes; the blackout on Monday 2 June 09:00–13:00 takes 240: 140,160
 * available. Booked: 120 + 60 + 120 = 300 minutes; used: 120 checked in + 540 of the event on
 * Monday 1 September = 660. No-shows: 1 of 3. Office: 20 m² × 12 months available, × 6 leased; rent
 * 100,000 at 50 %: 300,000 paid and 300,000 subsidy. Bookings: market 20,000 + 10,000 + 20,000,
 * subsidy 20,000 + 10,000 + 20,000 (a 100 % House).
 */
@ExtendWith(ArquillianExtension.class)
class ReportFiguresIT {

    private static final long H = 900_000_001L;
    private static final long ROOM = 900_000_011L;
    private static final long OFFICE = 900_000_021L;

    @Inject private PersistenceProbe probe;
    @Inject private Reports reports;

    private static boolean loaded;

    @BeforeEach
    void dataset() {
        if (loaded || probe.number("SELECT COUNT(*) FROM house WHERE id = " + H) > 0) {
            return;
        }
        long ngo = probe.ngoWithBin("180340004563");
        long rep = probe.demoRepresentativeId();
        probe.run(
                "INSERT INTO house (id, region_code, name_kk, name_ru, name_en, address_en, time_zone, opened_on) VALUES ("
                        + H
                        + ", 'KZ-10', 'Сынақ үйі', 'Тестовый дом', 'Test House 2031', '1 Test Street', 'Asia/Almaty', DATE '2000-01-01')");
        for (String day : new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) {
            probe.run(
                    "INSERT INTO house_opening_hours (house_id, day_of_week, opens, closes) VALUES ("
                            + H
                            + ", '"
                            + day
                            + "', TIME '09:00:00', TIME '18:00:00')");
        }
        probe.run(
                "INSERT INTO room (id, house_id, kind, name_en, capacity, step_free, hourly_rate_kzt, needs_approval, opened_on) VALUES ("
                        + ROOM
                        + ", "
                        + H
                        + ", 'MEETING_ROOM', 'Room 2031', 10, TRUE, 10000, FALSE, DATE '2000-01-01')");
        probe.run(
                "INSERT INTO office (id, house_id, name_en, area_m2, floor, monthly_rent_kzt, available_from) VALUES ("
                        + OFFICE
                        + ", "
                        + H
                        + ", 'Office 2031', 20, 1, 100000, DATE '2030-06-01')");
        probe.run(
                "INSERT INTO holiday (id, holiday_date, name_en, transferable) VALUES (900000001, DATE '2031-03-21', 'Test holiday', FALSE)");
        probe.run(
                "INSERT INTO blackout (id, house_id, room_id, starts_at, ends_at, reason, created_at) VALUES (900000001, "
                        + H
                        + ", "
                        + ROOM
                        + ", TIMESTAMP WITH TIME ZONE '2031-06-02 09:00:00+05', TIMESTAMP WITH TIME ZONE '2031-06-02 13:00:00+05', 'Repairs', CURRENT_TIMESTAMP)");
        probe.run(
                "INSERT INTO event (id, scope, region_code, house_id, title_en, starts_at, ends_at, public_event, created_at) VALUES (900000001, 'HOUSE', 'KZ-10', "
                        + H
                        + ", 'Forum 2031', TIMESTAMP WITH TIME ZONE '2031-09-01 09:00:00+05', TIMESTAMP WITH TIME ZONE '2031-09-01 18:00:00+05', FALSE, CURRENT_TIMESTAMP)");
        probe.run(
                "INSERT INTO blackout (id, house_id, room_id, starts_at, ends_at, reason, created_at, event_id) VALUES (900000002, "
                        + H
                        + ", "
                        + ROOM
                        + ", TIMESTAMP WITH TIME ZONE '2031-09-01 09:00:00+05', TIMESTAMP WITH TIME ZONE '2031-09-01 18:00:00+05', 'event', CURRENT_TIMESTAMP, 900000001)");
        booking(
                900000001,
                ngo,
                rep,
                "2031-03-03 10:00",
                "2031-03-03 12:00",
                120,
                "CONFIRMED",
                "20000",
                true);
        booking(
                900000002,
                ngo,
                rep,
                "2031-03-04 10:00",
                "2031-03-04 11:00",
                60,
                "NO_SHOW",
                "10000",
                false);
        booking(
                900000003,
                ngo,
                rep,
                "2031-04-01 14:00",
                "2031-04-01 16:00",
                120,
                "CONFIRMED",
                "20000",
                false);
        booking(
                900000004,
                ngo,
                rep,
                "2031-05-05 10:00",
                "2031-05-05 12:00",
                120,
                "CANCELLED",
                "20000",
                false);
        probe.run(
                "INSERT INTO lease_window (id, region_code, opens_on, closes_on, lease_start, created_at) VALUES (900000001, 'KZ-10', DATE '2030-09-01', DATE '2030-11-01', DATE '2031-01-01', CURRENT_TIMESTAMP)");
        probe.run(
                "INSERT INTO lease (id, window_id, ngo_id, house_id, office_id, years, starts_on, ends_on, purpose, staff_count, status, monthly_rent_kzt, subsidy_percent, monthly_payment_kzt, terminated_on, termination_reason, created_by, created_at)"
                        + " VALUES (900000001, 900000001, "
                        + ngo
                        + ", "
                        + H
                        + ", "
                        + OFFICE
                        + ", 1, DATE '2031-01-01', DATE '2031-12-31', 'Test lease for the report', 2, 'TERMINATED', 100000, 50, 50000, DATE '2031-06-15', 'Moved', "
                        + rep
                        + ", CURRENT_TIMESTAMP)");
        for (int m = 1; m <= 6; m++) {
            probe.run(
                    "INSERT INTO lease_payment (lease_id, due_month, market_kzt, payment_kzt, subsidy_kzt) VALUES (900000001, DATE '2031-0"
                            + m
                            + "-01', 100000, 50000, 50000)");
        }
        loaded = true;
    }

    private void booking(
            long id,
            long ngo,
            long rep,
            String start,
            String end,
            int minutes,
            String status,
            String market,
            boolean checkedIn) {
        probe.run(
                "INSERT INTO booking (id, room_id, ngo_id, requested_by, starts_at, ends_at, purpose, attendees, status, market_value, subsidy_share, subsidy, charged, created_at, minutes"
                        + (checkedIn ? ", checked_in_at" : "")
                        + ") VALUES ("
                        + id
                        + ", "
                        + ROOM
                        + ", "
                        + ngo
                        + ", "
                        + rep
                        + ", TIMESTAMP WITH TIME ZONE '"
                        + start
                        + ":00+05', TIMESTAMP WITH TIME ZONE '"
                        + end
                        + ":00+05', 'Report test', 5, '"
                        + status
                        + "', "
                        + market
                        + ", 1, "
                        + market
                        + ", 0, CURRENT_TIMESTAMP, "
                        + minutes
                        + (checkedIn ? ", TIMESTAMP WITH TIME ZONE '" + start + ":00+05'" : "")
                        + ")");
    }

    @Test
    void everyFigureOfTheRoomAndTheHouseIsExact() {
        Caller admin = probe.demoAdministrator();
        Reports.Computed computed = reports.occupancy(admin, 2031, null, H);
        OccupancyReport report = computed.report();
        Figures room = report.place("room-" + ROOM).year();
        assertEquals(140_160, room.availableMinutes());
        assertEquals(300, room.bookedMinutes());
        assertEquals(660, room.usedMinutes());
        assertEquals(3, room.heldBookings());
        assertEquals(1, room.noShows());
        assertEquals(new BigDecimal("33.3"), room.noShowRate());
        assertEquals(new BigDecimal("0.2"), room.utilisation()); // 300 / 140,160 = 0.21 %
        assertEquals(0, new BigDecimal("50000").compareTo(room.marketValue()));
        assertEquals(0, new BigDecimal("50000").compareTo(room.subsidy()));

        // March: 21 weekdays, less the holiday: 20 × 540; 180 minutes booked, 120 used.
        Figures march = report.place("room-" + ROOM).months().get(2);
        assertEquals(20 * 540, march.availableMinutes());
        assertEquals(180, march.bookedMinutes());
        assertEquals(120, march.usedMinutes());
        // June: 21 weekdays × 540 less the 240-minute blackout; September has the event hold.
        assertEquals(
                21 * 540 - 240, report.place("room-" + ROOM).months().get(5).availableMinutes());
        assertEquals(540, report.place("room-" + ROOM).months().get(8).usedMinutes());

        Figures house = report.place("house-" + H).year();
        assertEquals(140_160, house.availableMinutes());
        assertEquals(0, new BigDecimal("240").compareTo(house.officeM2MonthsAvailable()));
        assertEquals(0, new BigDecimal("120").compareTo(house.officeM2MonthsLeased()));
        assertEquals(new BigDecimal("50.0"), house.officeOccupancy());
        assertEquals(0, new BigDecimal("600000").compareTo(house.leaseMarketValue()));
        assertEquals(0, new BigDecimal("300000").compareTo(house.leasePayments()));
        assertEquals(0, new BigDecimal("300000").compareTo(house.leaseSubsidy()));
        assertEquals(0, new BigDecimal("350000").compareTo(house.totalSubsidy()));
        assertEquals(0, new BigDecimal("650000").compareTo(house.totalMarketValue()));
        Figures july = report.place("house-" + H).months().get(6);
        assertEquals(0, BigDecimal.ZERO.compareTo(july.officeM2MonthsLeased()), "ended in June");

        // The NGO's money: bookings and the lease together.
        OccupancyReport.Money ngo = report.byNgo().get(0);
        assertEquals(0, new BigDecimal("650000").compareTo(ngo.marketValue()));
        assertEquals(0, new BigDecimal("350000").compareTo(ngo.subsidy()));
        assertEquals(0, new BigDecimal("300000").compareTo(ngo.payments()));
        assertEquals(300, ngo.bookedMinutes());

        // The statements do not grow with the data: a handful, whatever the bookings.
        assertTrue(computed.statements() <= 10, "statements: " + computed.statements());

        // The nation contains the House.
        Reports.Computed national = reports.occupancy(admin, 2031, null, null);
        assertEquals(
                computed.statements(),
                national.statements(),
                "the same for a House and the nation");
        OccupancyReport nation = national.report();
        assertTrue(nation.top().year().availableMinutes() >= 140_160);
        assertEquals(house.bookedMinutes(), nation.place("region-KZ-10").year().bookedMinutes());
    }
}
