package kz.housesofdemocracy.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import kz.housesofdemocracy.bookings.control.BookingLedger;

/**
 * A region's volume in plain JDBC batches (issue 18): 10,000 NGOs with their areas, languages,
 * funding and last year's filings, 100,000 one-hour bookings in 20 rooms (4 halls that need
 * approval), 20,000 audit lines and 200 lease applications. Every id lies in one block far above
 * the sequences' reach ({@link Plan#base} … base + 999,999), so {@link #remove} takes it all out
 * again by id.
 *
 * <p>Plain JDBC and portable SQL (H2 and PostgreSQL) with no server classes, so the same data is
 * loaded inside WildFly by {@link VolumeProbe} for the integration test and on a stopped H2 file by
 * {@code bench/WorkspaceBench.java}.
 *
 * <p>The bookings: booking x is in room x mod 20, at 09:00 + (k mod 8) hours on day k / 8 counted
 * from {@link #PAST_DAYS} + 3 days ago, where k = x / 20: one room never holds two bookings at once
 * (PostgreSQL's exclusion constraint holds), 80 % lie in the past (confirmed and checked in, every
 * tenth a no-show, every tenth cancelled, in halls some rejected) and 20 % from three days ahead
 * (halls: two in three pending approval, the rest confirmed or cancelled; meeting rooms confirmed,
 * every tenth cancelled). Nothing lies within two days of now, so the minute chores (no-shows,
 * reminders) leave the data alone.
 */
public final class VolumeData {

    public static final int NGOS = 10_000;
    public static final int BOOKINGS = 100_000;
    public static final int ROOMS = 20;
    public static final int HALLS = 4;
    public static final int AUDIT_LINES = 20_000;
    public static final int LEASES = 200;
    public static final int OFFICES = 5;

    /** Per room: 4,000 bookings in the past (500 days of 8), 1,000 ahead (125 days). */
    static final int PER_DAY = 8;

    static final int PAST_DAYS = 500;
    private static final int BATCH = 5_000;
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String[] AREAS = {
        "education",
        "health",
        "social-support",
        "children-youth",
        "culture",
        "sport",
        "environment",
        "human-rights",
        "family-gender",
        "interethnic",
        "civic",
        "professional",
        "hobby"
    };
    private static final String[] ACTIONS = {
        "booking.requested",
        "booking.approved",
        "booking.rejected",
        "booking.cancelled",
        "ngo.registered",
        "ngo.identityVerified",
        "ngo.filingVerified",
        "account.signedIn"
    };

    /**
     * Where the data goes: a region, a House (made here when {@code newHouse}, else an existing one
     * that gets 20 more rooms), the first id of the block, and today (Kazakhstan).
     */
    public record Plan(String region, long houseId, boolean newHouse, long base, LocalDate today) {

        public long room(int i) {
            return base + 1 + i;
        }

        public long ngo(int i) {
            return base + i;
        }

        public long last() {
            return base + 999_999;
        }
    }

    /** What was loaded, with the counts the lists must show. */
    public record Summary(
            int ngos,
            int bookings,
            int pendingAhead,
            int holdingAhead,
            int filings,
            int pendingFilings,
            int auditLines,
            int leases,
            int openLeases) {}

    private VolumeData() {}

    /** Whether the block already holds the data (its first NGO is there). */
    public static boolean present(Connection c, Plan plan) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ngo WHERE id = ?")) {
            s.setLong(1, plan.ngo(0));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    /** Loads everything, committing table by table (auto-commit is switched off here). */
    public static Summary load(Connection c, Plan plan) throws SQLException {
        c.setAutoCommit(false);
        long account = single(c, "SELECT MIN(id) FROM account");
        premises(c, plan);
        ngos(c, plan);
        filings(c, plan);
        bookings(c, plan, account);
        BookingLedger.rebuild(c); // the kept booking figures (V22) follow the raw inserts
        c.commit();
        audit(c, plan, account);
        leases(c, plan, account);
        c.commit();
        return expected();
    }

    /** What {@link #load} writes, counted by the same rules without a database. */
    public static Summary expected() {
        int filings = 0;
        int pendingFilings = 0;
        for (int i = 0; i < NGOS; i++) {
            if (identity(i).equals("VERIFIED")) {
                filings++;
                pendingFilings += filingStatus(i).equals("PENDING") ? 1 : 0;
            }
        }
        int pendingAhead = 0;
        int holdingAhead = 0;
        for (int x = 0; x < BOOKINGS; x++) {
            boolean past = x / ROOMS / PER_DAY < PAST_DAYS;
            String status = status(past, x % ROOMS < HALLS, x);
            if (!past) {
                pendingAhead += status.equals("PENDING") ? 1 : 0;
                holdingAhead += status.equals("PENDING") || status.equals("CONFIRMED") ? 1 : 0;
            }
        }
        int openLeases = 0;
        for (int i = 0; i < LEASES; i++) {
            openLeases += leaseStatus(i).equals("REJECTED") ? 0 : 1;
        }
        return new Summary(
                NGOS,
                BOOKINGS,
                pendingAhead,
                holdingAhead,
                filings,
                pendingFilings,
                AUDIT_LINES,
                LEASES,
                openLeases);
    }

    /** Takes the block out again, children first (and the House when the plan made it). */
    public static void remove(Connection c, Plan plan) throws SQLException {
        c.setAutoCommit(false);
        String[][] byId = {
            {"lease_payment", "lease_id"},
            {"blackout", "lease_id"},
            {"lease", "id"},
            {"lease_window", "id"},
            {"audit_entry", "id"},
            {"booking", "id"},
            {"annual_filing", "id"},
            {"ngo_area", "ngo_id"},
            {"ngo_language", "ngo_id"},
            {"ngo_funding", "ngo_id"},
            {"ngo", "id"},
            {"office", "id"},
            {"room", "id"},
        };
        for (String[] table : byId) {
            try (PreparedStatement s =
                    c.prepareStatement(
                            "DELETE FROM "
                                    + table[0]
                                    + " WHERE "
                                    + table[1]
                                    + " BETWEEN ? AND ?")) {
                s.setLong(1, plan.base());
                s.setLong(2, plan.last());
                s.executeUpdate();
            }
            if (table[0].equals("booking")) {
                // the kept figures follow, before their rooms and NGOs go
                BookingLedger.rebuild(c);
            }
            c.commit();
        }
        if (plan.newHouse()) {
            for (String table : new String[] {"house_opening_hours", "house"}) {
                try (PreparedStatement s =
                        c.prepareStatement(
                                "DELETE FROM "
                                        + table
                                        + (table.equals("house")
                                                ? " WHERE id = ?"
                                                : " WHERE house_id = ?"))) {
                    s.setLong(1, plan.houseId());
                    s.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private static void premises(Connection c, Plan plan) throws SQLException {
        if (plan.newHouse()) {
            try (PreparedStatement h =
                    c.prepareStatement(
                            "INSERT INTO house (id, region_code, name_kk, name_ru, name_en, address_kk, address_ru, address_en, time_zone, opened_on)"
                                    + " VALUES (?, ?, 'Көлем үйі', 'Дом объёма', 'Volume House', 'Көлем к-сі 1', 'ул. Объёма, 1', '1 Volume Street', 'Asia/Almaty', DATE '2000-01-01')")) {
                h.setLong(1, plan.houseId());
                h.setString(2, plan.region());
                h.executeUpdate();
            }
            try (PreparedStatement o =
                    c.prepareStatement(
                            "INSERT INTO house_opening_hours (house_id, day_of_week, opens, closes) VALUES (?, ?, TIME '09:00:00', TIME '18:00:00')")) {
                for (DayOfWeek d : DayOfWeek.values()) {
                    o.setLong(1, plan.houseId());
                    o.setString(2, d.name());
                    o.addBatch();
                }
                o.executeBatch();
            }
        }
        try (PreparedStatement r =
                c.prepareStatement(
                        "INSERT INTO room (id, house_id, kind, name_kk, name_ru, name_en, capacity, step_free, hourly_rate_kzt, needs_approval, opened_on)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, 10000, ?, DATE '2000-01-01')")) {
            for (int i = 0; i < ROOMS; i++) {
                boolean hall = i < HALLS;
                r.setLong(1, plan.room(i));
                r.setLong(2, plan.houseId());
                r.setString(3, hall ? "HALL" : "MEETING_ROOM");
                r.setString(4, (hall ? "Көлем залы " : "Көлем бөлмесі ") + (i + 1));
                r.setString(5, (hall ? "Зал объёма " : "Комната объёма ") + (i + 1));
                r.setString(6, (hall ? "Volume hall " : "Volume room ") + (i + 1));
                r.setInt(7, hall ? 120 : 12);
                r.setBoolean(8, hall);
                r.addBatch();
            }
            r.executeBatch();
        }
        try (PreparedStatement o =
                c.prepareStatement(
                        "INSERT INTO office (id, house_id, name_kk, name_ru, name_en, area_m2, floor, monthly_rent_kzt, available_from)"
                                + " VALUES (?, ?, ?, ?, ?, 20, 2, 100000, ?)")) {
            for (int i = 0; i < OFFICES; i++) {
                o.setLong(1, plan.base() + 1 + i);
                o.setLong(2, plan.houseId());
                o.setString(3, "Көлем кеңсесі " + (i + 1));
                o.setString(4, "Офис объёма " + (i + 1));
                o.setString(5, "Volume office " + (i + 1));
                o.setObject(6, plan.today().minusYears(1));
                o.addBatch();
            }
            o.executeBatch();
        }
        c.commit();
    }

    private static void ngos(Connection c, Plan plan) throws SQLException {
        OffsetDateTime created = plan.today().minusYears(2).atStartOfDay(ALMATY).toOffsetDateTime();
        try (PreparedStatement n =
                        c.prepareStatement(
                                "INSERT INTO ngo (id, name_kk, name_ru, name_en, bin, legal_form, region_code, address, registered_on, youth_led,"
                                        + " contact_email, identity, operating, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement a =
                        c.prepareStatement(
                                "INSERT INTO ngo_area (ngo_id, area_code) VALUES (?, ?)");
                PreparedStatement l =
                        c.prepareStatement(
                                "INSERT INTO ngo_language (ngo_id, language) VALUES (?, ?)");
                PreparedStatement f =
                        c.prepareStatement(
                                "INSERT INTO ngo_funding (ngo_id, source) VALUES (?, ?)")) {
            int serial = 0;
            for (int i = 0; i < NGOS; i++) {
                String bin = null;
                while (bin == null) {
                    bin = Bins.withCheckDigit("110341" + String.format("%05d", serial++));
                }
                long id = plan.ngo(i);
                n.setLong(1, id);
                n.setString(2, "Көлем ҮЕҰ " + (i + 1));
                n.setString(3, "НПО объёма " + (i + 1));
                n.setString(4, "Volume NGO " + (i + 1));
                n.setString(5, bin);
                n.setString(6, i % 7 == 0 ? "PUBLIC_FOUNDATION" : "PUBLIC_ASSOCIATION");
                n.setString(7, plan.region());
                n.setString(8, "Volume street " + (i % 300 + 1));
                n.setObject(9, LocalDate.of(2012, 1, 1).plusDays(i % 3000));
                n.setBoolean(10, i % 5 == 0);
                n.setString(11, "ngo" + i + "@volume.example.kz");
                n.setString(12, identity(i));
                n.setString(13, i % 100 == 7 ? "LIQUIDATED" : i % 50 == 3 ? "SUSPENDED" : "ACTIVE");
                n.setObject(14, created);
                n.addBatch();
                a.setLong(1, id);
                a.setString(2, AREAS[i % AREAS.length]);
                a.addBatch();
                l.setLong(1, id);
                l.setString(2, i % 3 == 0 ? "RU" : "KK");
                l.addBatch();
                f.setLong(1, id);
                f.setString(2, i % 4 == 0 ? "STATE" : "MEMBERS_FEES");
                f.addBatch();
                if (i % BATCH == BATCH - 1) {
                    n.executeBatch();
                    a.executeBatch();
                    l.executeBatch();
                    f.executeBatch();
                }
            }
            n.executeBatch();
            a.executeBatch();
            l.executeBatch();
            f.executeBatch();
        }
        c.commit();
    }

    /** One NGO in twenty waits for its identity to be verified, one in a hundred was refused. */
    private static String identity(int i) {
        return i % 20 == 1 ? "UNVERIFIED" : i % 100 == 2 ? "REFUSED" : "VERIFIED";
    }

    /** Last year's filing of every verified NGO: one in thirty waits, one in a hundred refused. */
    private static String filingStatus(int i) {
        return i % 30 == 4 ? "PENDING" : i % 100 == 5 ? "REFUSED" : "VERIFIED";
    }

    private static void filings(Connection c, Plan plan) throws SQLException {
        int year = plan.today().getYear() - 1;
        OffsetDateTime created =
                plan.today().minusMonths(2).atStartOfDay(ALMATY).toOffsetDateTime();
        int count = 0;
        try (PreparedStatement f =
                c.prepareStatement(
                        "INSERT INTO annual_filing (id, ngo_id, filing_year, filed_on, reference, status, created_at, decided_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < NGOS; i++) {
                if (!identity(i).equals("VERIFIED")) {
                    continue;
                }
                String status = filingStatus(i);
                f.setLong(1, plan.ngo(i));
                f.setLong(2, plan.ngo(i));
                f.setInt(3, year);
                f.setObject(4, plan.today().minusMonths(2).minusDays(i % 30));
                f.setString(5, "VOL-" + year + "-" + i);
                f.setString(6, status);
                f.setObject(7, created.plusMinutes(i));
                f.setObject(8, status.equals("PENDING") ? null : created.plusDays(3));
                f.addBatch();
                count++;
                if (count % BATCH == 0) {
                    f.executeBatch();
                }
            }
            f.executeBatch();
        }
        c.commit();
    }

    /** The 100,000 bookings. */
    private static void bookings(Connection c, Plan plan, long account) throws SQLException {
        OffsetDateTime firstDay =
                plan.today().minusDays(PAST_DAYS + 3L).atStartOfDay(ALMATY).toOffsetDateTime();
        OffsetDateTime yesterday =
                plan.today().minusDays(1).atStartOfDay(ALMATY).toOffsetDateTime();
        try (PreparedStatement b =
                c.prepareStatement(
                        "INSERT INTO booking (id, room_id, ngo_id, requested_by, starts_at, ends_at, purpose, attendees, status,"
                                + " market_value, subsidy_share, subsidy, charged, decided_by, decided_at, decision_reason,"
                                + " cancelled_by, cancelled_at, cancel_reason, created_at, minutes, checked_in_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 10000, 1, 10000, 0, ?, ?, ?, ?, ?, ?, ?, 60, ?)")) {
            for (int x = 0; x < BOOKINGS; x++) {
                int room = x % ROOMS;
                int k = x / ROOMS;
                boolean hall = room < HALLS;
                int day = k / PER_DAY;
                boolean past = day < PAST_DAYS;
                int day0 = past ? day : day + 6; // a gap of six days around today
                OffsetDateTime start = firstDay.plusDays(day0).plusHours(9 + k % PER_DAY);
                // Requested a week or more before, and never later than yesterday.
                OffsetDateTime created =
                        past
                                ? start.minusDays(7 + x % 20)
                                : yesterday.minusDays(k % 60).plusMinutes(x % 600);
                String status = status(past, hall, x);
                b.setLong(1, plan.base() + x);
                b.setLong(2, plan.room(room));
                b.setLong(3, plan.ngo((int) ((x * 7919L) % NGOS)));
                b.setLong(4, account);
                b.setObject(5, start);
                b.setObject(6, start.plusHours(1));
                b.setString(7, "Volume meeting " + x);
                b.setInt(8, hall ? 60 : 8);
                b.setString(9, status);
                boolean decided = hall && !status.equals("PENDING");
                boolean rejected = status.equals("REJECTED");
                boolean cancelled = status.equals("CANCELLED");
                b.setObject(10, decided ? account : null);
                b.setObject(11, decided ? created.plusDays(1) : null);
                b.setString(12, rejected ? "The hall is needed for a public hearing" : null);
                b.setObject(13, cancelled ? account : null);
                b.setObject(14, cancelled ? created.plusDays(2) : null);
                b.setString(15, cancelled ? "Plans changed" : null);
                b.setObject(16, created);
                b.setObject(17, past && status.equals("CONFIRMED") ? start.plusMinutes(5) : null);
                b.addBatch();
                if (x % BATCH == BATCH - 1) {
                    b.executeBatch();
                    c.commit();
                }
            }
            b.executeBatch();
        }
        c.commit();
    }

    private static String status(boolean past, boolean hall, int x) {
        if (x % 10 == 9) {
            return "CANCELLED";
        }
        if (past) {
            return x % 10 == 8 ? "NO_SHOW" : hall && x % 10 == 7 ? "REJECTED" : "CONFIRMED";
        }
        return hall && x % 3 != 0 ? "PENDING" : "CONFIRMED";
    }

    private static void audit(Connection c, Plan plan, long account) throws SQLException {
        OffsetDateTime start = plan.today().minusDays(365).atStartOfDay(ALMATY).toOffsetDateTime();
        try (PreparedStatement a =
                c.prepareStatement(
                        "INSERT INTO audit_entry (id, occurred_at, actor_id, actor_email, action, object_type, object_id, region_code, detail, source_address)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '127.0.0.1')")) {
            for (int i = 0; i < AUDIT_LINES; i++) {
                String action = ACTIONS[i % ACTIONS.length];
                a.setLong(1, plan.base() + i);
                a.setObject(2, start.plusMinutes(26L * i));
                a.setLong(3, account);
                a.setString(4, "volume" + (i % 40) + "@volume.example.kz");
                a.setString(5, action);
                a.setString(6, action.substring(0, action.indexOf('.')));
                a.setString(7, Long.toString(plan.base() + i % BOOKINGS));
                a.setString(8, plan.region());
                a.setString(9, i % 4 == 0 ? "Volume line " + i : null);
                a.addBatch();
                if (i % BATCH == BATCH - 1) {
                    a.executeBatch();
                }
            }
            a.executeBatch();
        }
        c.commit();
    }

    /**
     * A window for next January, and 200 applications to it: 60 % submitted, 25 % under review
     * (recommended), the rest rejected.
     */
    private static void leases(Connection c, Plan plan, long account) throws SQLException {
        LocalDate start = LocalDate.of(plan.today().getYear() + 1, 1, 1);
        long window = plan.base();
        // The region's own window for that January if it has one (the demo's in Astana), else ours.
        try (PreparedStatement q =
                c.prepareStatement(
                        "SELECT MIN(id) FROM lease_window WHERE region_code = ? AND lease_start = ?")) {
            q.setString(1, plan.region());
            q.setObject(2, start);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                long existing = r.getLong(1);
                window = r.wasNull() ? window : existing;
            }
        }
        if (window == plan.base()) {
            window(c, plan, start, account);
        }
        try (PreparedStatement l =
                c.prepareStatement(
                        "INSERT INTO lease (id, window_id, ngo_id, house_id, office_id, years, starts_on, ends_on, purpose, staff_count, status,"
                                + " recommendation, recommended_by, recommended_at, decision_reason, decided_by, decided_at, created_by, created_at, submitted_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            OffsetDateTime first =
                    plan.today().minusDays(29).atStartOfDay(ALMATY).toOffsetDateTime();
            for (int i = 0; i < LEASES; i++) {
                int years = 1 + i % 3;
                String status = leaseStatus(i);
                boolean recommended = !status.equals("SUBMITTED");
                OffsetDateTime submitted = first.plusHours(3L * i);
                l.setLong(1, plan.base() + i);
                l.setLong(2, window);
                l.setLong(3, plan.ngo(i * 37 % NGOS));
                l.setLong(4, plan.houseId());
                l.setObject(5, i % 4 == 0 ? null : plan.base() + 1 + i % OFFICES);
                l.setInt(6, years);
                l.setObject(7, start);
                l.setObject(8, start.plusYears(years).minusDays(1));
                l.setString(9, "Volume application " + i + ": a home for the NGO's weekly work");
                l.setInt(10, 1 + i % 12);
                l.setString(11, status);
                l.setString(12, recommended ? "Recommended by the House" : null);
                l.setObject(13, recommended ? account : null);
                l.setObject(14, recommended ? submitted.plusDays(2) : null);
                l.setString(
                        15, status.equals("REJECTED") ? "Another application fits better" : null);
                l.setObject(16, status.equals("REJECTED") ? account : null);
                l.setObject(17, status.equals("REJECTED") ? submitted.plusDays(5) : null);
                l.setLong(18, account);
                l.setObject(19, submitted.minusHours(1));
                l.setObject(20, submitted);
                l.addBatch();
            }
            l.executeBatch();
        }
        c.commit();
    }

    private static void window(Connection c, Plan plan, LocalDate start, long account)
            throws SQLException {
        try (PreparedStatement w =
                c.prepareStatement(
                        "INSERT INTO lease_window (id, region_code, opens_on, closes_on, lease_start, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            w.setLong(1, plan.base());
            w.setString(2, plan.region());
            w.setObject(3, plan.today().minusDays(30));
            w.setObject(4, start.minusDays(15));
            w.setObject(5, start);
            w.setLong(6, account);
            w.setObject(7, plan.today().minusDays(31).atStartOfDay(ALMATY).toOffsetDateTime());
            w.executeUpdate();
        }
    }

    private static String leaseStatus(int i) {
        return i % 20 < 12 ? "SUBMITTED" : i % 20 < 17 ? "UNDER_REVIEW" : "REJECTED";
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
