package kz.housesofdemocracy.bookings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import kz.housesofdemocracy.bookings.entity.BookingFigures;

/**
 * The kept booking figures (V22: {@code room_month_figures}, {@code ngo_month_figures}), moved by
 * differences in the booking's own transaction: {@code x = x + ?}, so two transactions that count
 * into one row both count (the row's lock orders them). It writes by JDBC on the persistence unit's
 * JTA datasource: inside a transaction WildFly hands back the connection EclipseLink writes on, so
 * the figures commit or roll back with the booking.
 *
 * <p>A missing row is inserted. On PostgreSQL by {@code INSERT … ON CONFLICT DO UPDATE}, atomic
 * under concurrency. On H2 by UPDATE, then INSERT when no row was there, then UPDATE again if a
 * concurrent transaction inserted the row first: H2 makes the second INSERT wait for the first
 * transaction and then refuses it as a duplicate (23505) without aborting the transaction.
 */
@ApplicationScoped
public class BookingLedger implements BookingFigures.Ledger {

    /** The month of a booking's start in Kazakhstan, as the first day (see V22). */
    private static final String YEAR =
            "CAST(EXTRACT(YEAR FROM b.starts_at AT TIME ZONE 'Asia/Almaty') AS INTEGER)";

    private static final String MONTH =
            "CAST(EXTRACT(MONTH FROM b.starts_at AT TIME ZONE 'Asia/Almaty') AS INTEGER)";

    private static final String MONTH_START =
            "CAST(CONCAT(CAST(t.y AS VARCHAR(4)), '-', LPAD(CAST(t.m AS VARCHAR(2)), 2, '0'), '-01') AS DATE)";

    /**
     * The figures recomputed from every booking, as V22 filled them: for loaders that write {@code
     * booking} rows in SQL (tests, benchmarks), run after their inserts. Idempotent.
     */
    public static final List<String> REBUILD_SQL =
            List.of(
                    "DELETE FROM room_month_figures",
                    "DELETE FROM ngo_month_figures",
                    "INSERT INTO room_month_figures (room_id, month_start, booked_minutes, used_minutes, held_bookings, no_shows, market_value, subsidy, charged)"
                            + " SELECT t.room_id, "
                            + MONTH_START
                            + ", SUM(t.minutes), SUM(t.used), COUNT(*), SUM(t.no_show), SUM(t.market_value), SUM(t.subsidy), SUM(t.charged)"
                            + " FROM (SELECT b.room_id, "
                            + YEAR
                            + " AS y, "
                            + MONTH
                            + " AS m, b.minutes,"
                            + " CASE WHEN b.checked_in_at IS NOT NULL THEN b.minutes ELSE 0 END AS used,"
                            + " CASE WHEN b.status = 'NO_SHOW' THEN 1 ELSE 0 END AS no_show,"
                            + " b.market_value, b.subsidy, b.charged"
                            + " FROM booking b WHERE b.status IN ('CONFIRMED', 'NO_SHOW')) t"
                            + " GROUP BY t.room_id, t.y, t.m",
                    "INSERT INTO ngo_month_figures (ngo_id, house_id, month_start, booked_minutes, market_value, subsidy, charged)"
                            + " SELECT t.ngo_id, t.house_id, "
                            + MONTH_START
                            + ", SUM(t.minutes), SUM(t.market_value), SUM(t.subsidy), SUM(t.charged)"
                            + " FROM (SELECT b.ngo_id, r.house_id, "
                            + YEAR
                            + " AS y, "
                            + MONTH
                            + " AS m, b.minutes, b.market_value, b.subsidy, b.charged"
                            + " FROM booking b JOIN room r ON r.id = b.room_id"
                            + " WHERE b.status IN ('CONFIRMED', 'NO_SHOW')) t"
                            + " GROUP BY t.ngo_id, t.house_id, t.y, t.m");

    /** Recomputes the kept figures from every booking, on the caller's connection. */
    public static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : REBUILD_SQL) {
                statement.executeUpdate(sql);
            }
        }
    }

    @Resource(lookup = "java:jboss/datasources/HodDS")
    private DataSource dataSource;

    private volatile LedgerSql sql;

    @Override
    public void apply(long roomId, long ngoId, List<BookingFigures> changes) {
        try (Connection connection = dataSource.getConnection()) {
            LedgerSql statements = sql(connection);
            for (BookingFigures change : changes) {
                if (change.movesNgoFigures()) {
                    statements.both(connection, roomId, ngoId, change);
                } else {
                    statements.room(connection, roomId, change);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the booking figures could not be kept", e);
        }
    }

    private LedgerSql sql(Connection connection) throws SQLException {
        LedgerSql found = sql;
        if (found == null) {
            found = LedgerSql.of(connection.getMetaData().getDatabaseProductName());
            sql = found;
        }
        return found;
    }

    /** Binds a difference's figures, from the given parameter index on; answers the next. */
    static int bindRoom(PreparedStatement statement, int from, BookingFigures change)
            throws SQLException {
        statement.setLong(from, change.bookedMinutes());
        statement.setLong(from + 1, change.usedMinutes());
        statement.setLong(from + 2, change.heldBookings());
        statement.setLong(from + 3, change.noShows());
        return bindMoney(statement, from + 4, change);
    }

    static int bindNgo(PreparedStatement statement, int from, BookingFigures change)
            throws SQLException {
        statement.setLong(from, change.bookedMinutes());
        return bindMoney(statement, from + 1, change);
    }

    private static int bindMoney(PreparedStatement statement, int from, BookingFigures change)
            throws SQLException {
        statement.setBigDecimal(from, change.marketValue());
        statement.setBigDecimal(from + 1, change.subsidy());
        statement.setBigDecimal(from + 2, change.charged());
        return from + 3;
    }
}
