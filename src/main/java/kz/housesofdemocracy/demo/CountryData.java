package kz.housesofdemocracy.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.housesofdemocracy.bookings.control.BookingLedger;
import kz.housesofdemocracy.closures.control.HolidayCalendar;
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * "A year in the life" at start-up of the embedded run with {@code -Dhod.demo=country}: after the
 * demo's people and NGOs ({@link DemoData}), writes the {@link CountryPlan} of the seed ({@code
 * -Dhod.demo.seed}, 2026 by default) in one transaction of JDBC batches, unless the country is
 * there already (its last House is the marker). Then the kept booking figures are rebuilt from the
 * bookings, and the kept open time of the Houses it touched is dropped, so that the reports compute
 * it afresh on first demand (a year is kept only while every room has its twelve months).
 *
 * <p>Synchronous, inside the deployment: the load takes seconds (the counts and the time are
 * logged), far below WildFly's deployment timeout of 300 s, and the server says it is up only once
 * the country is there, which is what a benchmark waiting for the deployment wants.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionManagement(TransactionManagementType.BEAN)
public class CountryData {

    private static final Logger LOG = Logger.getLogger(CountryData.class.getName());

    /** The seed's switch, and its default. */
    public static final String SEED = "hod.demo.seed";

    public static final long DEFAULT_SEED = 2026;

    /** The last House the country makes: when it exists, so does the country. */
    static final long MARKER_HOUSE = CountryPlan.BASE + CountryRegions.ALL.size();

    @Resource(lookup = "java:jboss/datasources/HodDS")
    private DataSource dataSource;

    @Inject private Clock clock;

    @PostConstruct
    void load() {
        if (!DemoPeople.country()) {
            return;
        }
        long seed = Long.getLong(SEED, DEFAULT_SEED);
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (count(c, "SELECT COUNT(*) FROM house WHERE id = " + MARKER_HOUSE) > 0) {
                    String summary = counts(c, "already there");
                    CountrySummary.set(summary);
                    LOG.info(() -> "Country data " + summary);
                    return;
                }
                CountryPlan plan = CountryPlan.make(input(c, seed));
                LOG.info(
                        () ->
                                "Country data (seed "
                                        + seed
                                        + "): planned in "
                                        + millis(started)
                                        + " ms, writing "
                                        + plan.bookings().size()
                                        + " bookings…");
                new CountryRows(c, account(c, "ngo"), account(c, "admin")).write(plan);
                BookingLedger.rebuild(c);
                forgetOpenTime(c, plan);
                c.commit();
                String summary =
                        counts(c, "seed " + seed + ", loaded in " + millis(started) + " ms");
                CountrySummary.set(summary);
                LOG.info(() -> "Country data " + summary);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true); // the pool gets its connection back as it gave it
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the country data could not be written", e);
        }
    }

    private CountryPlan.Input input(Connection c, long seed) throws SQLException {
        List<HolidayCalendar.Entry> holidays = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT holiday_date, name_kk, name_ru, name_en, transferable FROM holiday ORDER BY holiday_date")) {
            while (r.next()) {
                holidays.add(
                        new HolidayCalendar.Entry(
                                r.getObject(1, LocalDate.class),
                                new LocalizedText(r.getString(2), r.getString(3), r.getString(4)),
                                r.getBoolean(5)));
            }
        }
        Eligibility.Parameters policy;
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT min_months_registered, filing_grace_until FROM eligibility_policy WHERE id = 1")) {
            r.next();
            policy = new Eligibility.Parameters(r.getInt(1), MonthDay.parse("--" + r.getString(2)));
        }
        Instant now = clock.instant();
        return new CountryPlan.Input(
                seed, Clocks.today(clock), now, HolidayCalendar.daysOff(holidays), policy);
    }

    /** The demo account that acts in the country's rows (see {@link DemoPeople}). */
    private static long account(Connection c, String login) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM account WHERE email = ?")) {
            s.setString(1, login + DemoPeople.DOMAIN);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no demo account " + login);
                }
                return r.getLong(1);
            }
        }
    }

    /** The Houses the country touched lose their kept open time; the reports recompute it. */
    private static void forgetOpenTime(Connection c, CountryPlan plan) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "DELETE FROM room_month_open WHERE room_id IN (SELECT id FROM room WHERE house_id = ?)")) {
            for (CountryPlan.House house : plan.houses()) {
                s.setLong(1, house.id());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static String counts(Connection c, String how) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM house")
                + " Houses, "
                + count(c, "SELECT COUNT(*) FROM room")
                + " rooms, "
                + count(c, "SELECT COUNT(*) FROM office")
                + " offices, "
                + count(c, "SELECT COUNT(*) FROM ngo")
                + " NGOs, "
                + count(c, "SELECT COUNT(*) FROM booking")
                + " bookings, "
                + count(c, "SELECT COUNT(*) FROM lease WHERE status = 'ACTIVE'")
                + " active leases, "
                + count(c, "SELECT COUNT(*) FROM event")
                + " events ("
                + how
                + ")";
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
