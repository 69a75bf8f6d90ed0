package kz.housesofdemocracy.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.demo.CountryPlan.Booking;
import kz.housesofdemocracy.demo.CountryPlan.Event;
import kz.housesofdemocracy.demo.CountryPlan.Filing;
import kz.housesofdemocracy.demo.CountryPlan.Hours;
import kz.housesofdemocracy.demo.CountryPlan.House;
import kz.housesofdemocracy.demo.CountryPlan.Lease;
import kz.housesofdemocracy.demo.CountryPlan.Ngo;
import kz.housesofdemocracy.demo.CountryPlan.Office;
import kz.housesofdemocracy.demo.CountryPlan.Room;
import kz.housesofdemocracy.demo.CountryPlan.Window;
import kz.housesofdemocracy.leases.entity.LeaseTerms;

/**
 * Writes a {@link CountryPlan} in JDBC batches with portable SQL (H2 and PostgreSQL), on the
 * caller's connection and transaction. The demo's people act in it: the NGO representative asked
 * for the bookings and leases, the national administrator decided.
 */
final class CountryRows {

    private static final int BATCH = 2_000;

    private final Connection c;
    private final long requester;
    private final long decider;

    CountryRows(Connection c, long requester, long decider) {
        this.c = c;
        this.requester = requester;
        this.decider = decider;
    }

    void write(CountryPlan plan) throws SQLException {
        houses(plan.houses());
        rooms(plan.rooms());
        offices(plan.offices());
        ngos(plan.ngos());
        filings(plan.filings());
        events(plan.events());
        bookings(plan.bookings());
        leases(plan.windows(), plan.leases());
    }

    private void houses(List<House> houses) throws SQLException {
        try (PreparedStatement h =
                        c.prepareStatement(
                                "INSERT INTO house (id, region_code, name_kk, name_ru, name_en, address_kk, address_ru, address_en,"
                                        + " phone, email, time_zone, opened_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement o =
                        c.prepareStatement(
                                "INSERT INTO house_opening_hours (house_id, day_of_week, opens, closes) VALUES (?, ?, ?, ?)")) {
            for (House house : houses) {
                if (house.existing()) {
                    continue;
                }
                int i = 1;
                h.setLong(i++, house.id());
                h.setString(i++, house.region());
                h.setString(i++, house.nameKk());
                h.setString(i++, house.nameRu());
                h.setString(i++, house.nameEn());
                h.setString(i++, house.addressKk());
                h.setString(i++, house.addressRu());
                h.setString(i++, house.addressEn());
                h.setString(i++, "+7 700 " + (house.id() % 1000 + 100) + " 00 00");
                h.setString(
                        i++,
                        house.region().toLowerCase(java.util.Locale.ROOT)
                                + "@houses-of-democracy.example");
                h.setString(i++, house.zone());
                h.setObject(i, house.openedOn());
                h.addBatch();
                for (Hours d : house.hours()) {
                    o.setLong(1, house.id());
                    o.setString(2, d.day().name());
                    o.setObject(3, d.opens());
                    o.setObject(4, d.closes());
                    o.addBatch();
                }
            }
            h.executeBatch();
            o.executeBatch();
        }
    }

    private void rooms(List<Room> rooms) throws SQLException {
        try (PreparedStatement r =
                        c.prepareStatement(
                                "INSERT INTO room (id, house_id, kind, name_kk, name_ru, name_en, capacity, step_free, hourly_rate_kzt,"
                                        + " needs_approval, opened_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement e =
                        c.prepareStatement(
                                "INSERT INTO room_equipment (room_id, equipment_code) VALUES (?, ?)")) {
            for (Room room : rooms) {
                int i = 1;
                r.setLong(i++, room.id());
                r.setLong(i++, room.houseId());
                r.setString(i++, room.kind().name());
                r.setString(i++, room.nameKk());
                r.setString(i++, room.nameRu());
                r.setString(i++, room.nameEn());
                r.setInt(i++, room.capacity());
                r.setBoolean(i++, room.stepFree());
                r.setBigDecimal(i++, room.hourlyRate());
                r.setBoolean(i++, room.needsApproval());
                r.setObject(i, room.openedOn());
                r.addBatch();
                for (String code : room.equipment()) {
                    e.setLong(1, room.id());
                    e.setString(2, code);
                    e.addBatch();
                }
            }
            r.executeBatch();
            e.executeBatch();
        }
    }

    private void offices(List<Office> offices) throws SQLException {
        try (PreparedStatement o =
                c.prepareStatement(
                        "INSERT INTO office (id, house_id, name_kk, name_ru, name_en, area_m2, floor, monthly_rent_kzt, available_from)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Office office : offices) {
                o.setLong(1, office.id());
                o.setLong(2, office.houseId());
                o.setString(3, office.nameKk());
                o.setString(4, office.nameRu());
                o.setString(5, office.nameEn());
                o.setBigDecimal(6, office.areaM2());
                o.setInt(7, office.floor());
                o.setBigDecimal(8, office.monthlyRent());
                o.setObject(9, office.availableFrom());
                o.addBatch();
            }
            o.executeBatch();
        }
    }

    private void ngos(List<Ngo> ngos) throws SQLException {
        try (PreparedStatement n =
                        c.prepareStatement(
                                "INSERT INTO ngo (id, name_kk, name_ru, name_en, bin, legal_form, region_code, address, registered_on,"
                                        + " youth_led, contact_email, identity, operating, created_at)"
                                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement a =
                        c.prepareStatement(
                                "INSERT INTO ngo_area (ngo_id, area_code) VALUES (?, ?)");
                PreparedStatement l =
                        c.prepareStatement(
                                "INSERT INTO ngo_language (ngo_id, language) VALUES (?, ?)");
                PreparedStatement f =
                        c.prepareStatement(
                                "INSERT INTO ngo_funding (ngo_id, source) VALUES (?, ?)")) {
            for (Ngo ngo : ngos) {
                int i = 1;
                n.setLong(i++, ngo.id());
                n.setString(i++, ngo.nameKk());
                n.setString(i++, ngo.nameRu());
                n.setString(i++, ngo.nameEn());
                n.setString(i++, ngo.bin());
                n.setString(i++, ngo.form().name());
                n.setString(i++, ngo.region());
                n.setString(i++, ngo.address());
                n.setObject(i++, ngo.registeredOn());
                n.setBoolean(i++, ngo.youthLed());
                n.setString(i++, ngo.email());
                n.setString(i++, ngo.identity().name());
                n.setString(i++, ngo.operating().name());
                n.setObject(i, at(ngo.createdAt()));
                n.addBatch();
                for (String area : ngo.areas()) {
                    a.setLong(1, ngo.id());
                    a.setString(2, area);
                    a.addBatch();
                }
                for (var language : ngo.languages()) {
                    l.setLong(1, ngo.id());
                    l.setString(2, language.name());
                    l.addBatch();
                }
                for (var source : ngo.funding()) {
                    f.setLong(1, ngo.id());
                    f.setString(2, source.name());
                    f.addBatch();
                }
            }
            n.executeBatch();
            a.executeBatch();
            l.executeBatch();
            f.executeBatch();
        }
    }

    private void filings(List<Filing> filings) throws SQLException {
        try (PreparedStatement f =
                c.prepareStatement(
                        "INSERT INTO annual_filing (id, ngo_id, filing_year, filed_on, reference, status, created_at, decided_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Filing filing : filings) {
                f.setLong(1, filing.id());
                f.setLong(2, filing.ngoId());
                f.setInt(3, filing.year());
                f.setObject(4, filing.filedOn());
                f.setString(5, filing.reference());
                f.setString(6, filing.status().name());
                f.setObject(7, at(filing.createdAt()));
                f.setObject(8, at(filing.decidedAt()));
                f.addBatch();
            }
            f.executeBatch();
        }
    }

    /** The events, each with the hold on its room (a blackout that belongs to the event). */
    private void events(List<Event> events) throws SQLException {
        try (PreparedStatement e =
                        c.prepareStatement(
                                "INSERT INTO event (id, scope, region_code, house_id, title_kk, title_ru, title_en, starts_at, ends_at,"
                                        + " all_day, public_event, registration, created_by, created_at)"
                                        + " VALUES (?, 'HOUSE', ?, ?, ?, ?, ?, ?, ?, FALSE, ?, FALSE, ?, ?)");
                PreparedStatement b =
                        c.prepareStatement(
                                "INSERT INTO blackout (id, house_id, room_id, starts_at, ends_at, reason, created_at, event_id,"
                                        + " label_kk, label_ru, label_en, internal_hold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event event : events) {
                int i = 1;
                e.setLong(i++, event.id());
                e.setString(i++, event.region());
                e.setLong(i++, event.houseId());
                e.setString(i++, event.titleKk());
                e.setString(i++, event.titleRu());
                e.setString(i++, event.titleEn());
                e.setObject(i++, at(event.startsAt()));
                e.setObject(i++, at(event.endsAt()));
                e.setBoolean(i++, event.publicEvent());
                e.setLong(i++, decider);
                e.setObject(i, at(event.createdAt()));
                e.addBatch();
                i = 1;
                b.setLong(i++, event.id());
                b.setLong(i++, event.houseId());
                b.setLong(i++, event.roomId());
                b.setObject(i++, at(event.startsAt()));
                b.setObject(i++, at(event.endsAt()));
                b.setString(i++, "event " + event.id() + ": " + event.titleEn());
                b.setObject(i++, at(event.createdAt()));
                b.setLong(i++, event.id());
                b.setString(i++, event.titleKk());
                b.setString(i++, event.titleRu());
                b.setString(i++, event.titleEn());
                b.setBoolean(i, !event.publicEvent());
                b.addBatch();
            }
            e.executeBatch();
            b.executeBatch();
        }
    }

    private void bookings(List<Booking> bookings) throws SQLException {
        try (PreparedStatement b =
                c.prepareStatement(
                        "INSERT INTO booking (id, room_id, ngo_id, requested_by, starts_at, ends_at, purpose, attendees, status,"
                                + " market_value, subsidy_share, subsidy, charged, decided_by, decided_at, decision_reason,"
                                + " cancelled_by, cancelled_at, cancel_reason, created_at, minutes, checked_in_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int count = 0;
            for (Booking booking : bookings) {
                boolean rejected = booking.status() == BookingStatus.REJECTED;
                boolean cancelled = booking.status() == BookingStatus.CANCELLED;
                int i = 1;
                b.setLong(i++, booking.id());
                b.setLong(i++, booking.roomId());
                b.setLong(i++, booking.ngoId());
                b.setLong(i++, requester);
                b.setObject(i++, at(booking.startsAt()));
                b.setObject(i++, at(booking.endsAt()));
                b.setString(i++, booking.purpose());
                b.setInt(i++, booking.attendees());
                b.setString(i++, booking.status().name());
                b.setBigDecimal(i++, booking.marketValue());
                b.setBigDecimal(i++, booking.marketValue());
                b.setObject(i++, booking.decidedAt() == null ? null : decider);
                b.setObject(i++, at(booking.decidedAt()));
                b.setString(i++, rejected ? "Зал нужен акимату для публичных слушаний" : null);
                b.setObject(i++, cancelled ? requester : null);
                b.setObject(i++, at(booking.cancelledAt()));
                b.setString(i++, cancelled ? "Планы изменились" : null);
                b.setObject(i++, at(booking.createdAt()));
                b.setInt(i++, booking.minutes());
                b.setObject(i, at(booking.checkedInAt()));
                b.addBatch();
                if (++count % BATCH == 0) {
                    b.executeBatch();
                }
            }
            b.executeBatch();
        }
    }

    private void leases(List<Window> windows, List<Lease> leases) throws SQLException {
        try (PreparedStatement w =
                c.prepareStatement(
                        "INSERT INTO lease_window (id, region_code, opens_on, closes_on, lease_start, created_by, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Window window : windows) {
                w.setLong(1, window.id());
                w.setString(2, window.region());
                w.setObject(3, window.opensOn());
                w.setObject(4, window.closesOn());
                w.setObject(5, window.leaseStart());
                w.setLong(6, decider);
                w.setObject(7, at(startOf(window.opensOn().minusDays(14))));
                w.addBatch();
            }
            w.executeBatch();
        }
        try (PreparedStatement l =
                        c.prepareStatement(
                                "INSERT INTO lease (id, window_id, ngo_id, house_id, office_id, years, starts_on, ends_on, purpose,"
                                        + " staff_count, status, monthly_rent_kzt, subsidy_percent, monthly_payment_kzt, recommendation,"
                                        + " recommended_by, recommended_at, council_number, council_date, decided_by, decided_at,"
                                        + " created_by, created_at, submitted_at)"
                                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement p =
                        c.prepareStatement(
                                "INSERT INTO lease_payment (lease_id, due_month, market_kzt, payment_kzt, subsidy_kzt) VALUES (?, ?, ?, ?, ?)")) {
            for (Lease lease : leases) {
                int i = 1;
                l.setLong(i++, lease.id());
                l.setLong(i++, lease.windowId());
                l.setLong(i++, lease.ngoId());
                l.setLong(i++, lease.houseId());
                l.setLong(i++, lease.officeId());
                l.setInt(i++, lease.years());
                l.setObject(i++, lease.startsOn());
                l.setObject(i++, lease.endsOn());
                l.setString(i++, "Офис для ежедневной работы организации и приёма граждан");
                l.setInt(i++, lease.staffCount());
                l.setBigDecimal(i++, lease.monthlyRent());
                l.setInt(i++, lease.subsidyPercent());
                l.setBigDecimal(i++, lease.monthlyPayment());
                l.setString(i++, "Рекомендовано Домом демократии");
                l.setLong(i++, decider);
                l.setObject(i++, at(lease.submittedAt().plusSeconds(7L * 24 * 3600)));
                l.setString(i++, lease.councilNumber());
                l.setObject(i++, lease.councilDate());
                l.setLong(i++, decider);
                l.setObject(i++, at(lease.decidedAt()));
                l.setLong(i++, requester);
                l.setObject(i++, at(lease.submittedAt().minusSeconds(3600)));
                l.setObject(i, at(lease.submittedAt()));
                l.addBatch();
                for (LeaseTerms.Month m : lease.schedule()) {
                    p.setLong(1, lease.id());
                    p.setObject(2, m.month().atDay(1));
                    p.setBigDecimal(3, m.market());
                    p.setBigDecimal(4, m.payment());
                    p.setBigDecimal(5, m.subsidy());
                    p.addBatch();
                }
            }
            l.executeBatch();
            p.executeBatch();
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CountryNgos.ZONE).toInstant();
    }

    /** An instant as the driver takes it, in Kazakhstan's offset; null stays null. */
    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(CountryNgos.ZONE).toOffsetDateTime();
    }
}
