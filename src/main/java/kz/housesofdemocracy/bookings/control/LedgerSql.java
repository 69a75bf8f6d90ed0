package kz.housesofdemocracy.bookings.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import kz.housesofdemocracy.bookings.entity.BookingFigures;

/** How {@link BookingLedger} adds a difference to a row, inserting it if absent, per database. */
abstract class LedgerSql {

    static final String ROOM_FIGURES =
            "booked_minutes, used_minutes, held_bookings, no_shows, market_value, subsidy, charged";

    static final String NGO_FIGURES = "booked_minutes, market_value, subsidy, charged";

    static LedgerSql of(String databaseProduct) {
        return databaseProduct.toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? new PostgreSql()
                : new H2();
    }

    abstract void room(Connection connection, long roomId, BookingFigures change)
            throws SQLException;

    abstract void ngo(Connection connection, long ngoId, long roomId, BookingFigures change)
            throws SQLException;

    /** The room's and the NGO's rows of one change; by default two statements. */
    void both(Connection connection, long roomId, long ngoId, BookingFigures change)
            throws SQLException {
        room(connection, roomId, change);
        ngo(connection, ngoId, roomId, change);
    }

    /** {@code a = a + ?, b = b + ?…} over the given columns; {@code source} "" or "EXCLUDED.". */
    static String increments(String columns, String table, String source) {
        StringBuilder set = new StringBuilder();
        for (String column : columns.split(", ")) {
            if (!set.isEmpty()) {
                set.append(", ");
            }
            set.append(column).append(" = ").append(table).append(column).append(" + ");
            set.append(source.isEmpty() ? "?" : source + column);
        }
        return set.toString();
    }

    /** One statement each: INSERT … ON CONFLICT DO UPDATE adds to the row or makes it. */
    static final class PostgreSql extends LedgerSql {

        private static final String ROOM =
                "INSERT INTO room_month_figures AS f (room_id, month_start, "
                        + ROOM_FIGURES
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (room_id, month_start) DO UPDATE SET "
                        + increments(ROOM_FIGURES, "f.", "EXCLUDED.");

        private static final String NGO =
                "INSERT INTO ngo_month_figures AS f (ngo_id, house_id, month_start, "
                        + NGO_FIGURES
                        + ") SELECT ?, r.house_id, ?, ?, ?, ?, ? FROM room r WHERE r.id = ?"
                        + " ON CONFLICT (ngo_id, house_id, month_start) DO UPDATE SET "
                        + increments(NGO_FIGURES, "f.", "EXCLUDED.");

        /**
         * Both rows in one round trip: the room's upsert as a data-modifying WITH, which PostgreSQL
         * runs to completion whether or not the main statement reads it.
         */
        private static final String BOTH = "WITH room_row AS (" + ROOM + " RETURNING 1) " + NGO;

        @Override
        void both(Connection connection, long roomId, long ngoId, BookingFigures change)
                throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(BOTH)) {
                statement.setLong(1, roomId);
                statement.setObject(2, change.month());
                int next = BookingLedger.bindRoom(statement, 3, change);
                statement.setLong(next, ngoId);
                statement.setObject(next + 1, change.month());
                next = BookingLedger.bindNgo(statement, next + 2, change);
                statement.setLong(next, roomId);
                statement.executeUpdate();
            }
        }

        @Override
        void room(Connection connection, long roomId, BookingFigures change) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(ROOM)) {
                statement.setLong(1, roomId);
                statement.setObject(2, change.month());
                BookingLedger.bindRoom(statement, 3, change);
                statement.executeUpdate();
            }
        }

        @Override
        void ngo(Connection connection, long ngoId, long roomId, BookingFigures change)
                throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(NGO)) {
                statement.setLong(1, ngoId);
                statement.setObject(2, change.month());
                int next = BookingLedger.bindNgo(statement, 3, change);
                statement.setLong(next, roomId);
                statement.executeUpdate();
            }
        }
    }

    /**
     * UPDATE; if no row, INSERT; if a concurrent transaction inserted it first (H2 waits for it,
     * then refuses the duplicate without aborting ours), UPDATE again.
     */
    static final class H2 extends LedgerSql {

        private static final String DUPLICATE = "23505";
        private static final int ATTEMPTS = 3;

        private static final String ROOM_UPDATE =
                "UPDATE room_month_figures SET "
                        + increments(ROOM_FIGURES, "", "")
                        + " WHERE room_id = ? AND month_start = ?";

        private static final String ROOM_INSERT =
                "INSERT INTO room_month_figures (room_id, month_start, "
                        + ROOM_FIGURES
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

        private static final String NGO_UPDATE =
                "UPDATE ngo_month_figures SET "
                        + increments(NGO_FIGURES, "", "")
                        + " WHERE ngo_id = ? AND house_id = (SELECT r.house_id FROM room r WHERE r.id = ?) AND month_start = ?";

        private static final String NGO_INSERT =
                "INSERT INTO ngo_month_figures (ngo_id, house_id, month_start, "
                        + NGO_FIGURES
                        + ") SELECT ?, r.house_id, ?, ?, ?, ?, ? FROM room r WHERE r.id = ?";

        @Override
        void room(Connection connection, long roomId, BookingFigures change) throws SQLException {
            for (int attempt = 1; ; attempt++) {
                try (PreparedStatement update = connection.prepareStatement(ROOM_UPDATE)) {
                    int next = BookingLedger.bindRoom(update, 1, change);
                    update.setLong(next, roomId);
                    update.setObject(next + 1, change.month());
                    if (update.executeUpdate() > 0) {
                        return;
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(ROOM_INSERT)) {
                    insert.setLong(1, roomId);
                    insert.setObject(2, change.month());
                    BookingLedger.bindRoom(insert, 3, change);
                    insert.executeUpdate();
                    return;
                } catch (SQLException e) {
                    if (!DUPLICATE.equals(e.getSQLState()) || attempt == ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }

        @Override
        void ngo(Connection connection, long ngoId, long roomId, BookingFigures change)
                throws SQLException {
            for (int attempt = 1; ; attempt++) {
                try (PreparedStatement update = connection.prepareStatement(NGO_UPDATE)) {
                    int next = BookingLedger.bindNgo(update, 1, change);
                    update.setLong(next, ngoId);
                    update.setLong(next + 1, roomId);
                    update.setObject(next + 2, change.month());
                    if (update.executeUpdate() > 0) {
                        return;
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(NGO_INSERT)) {
                    insert.setLong(1, ngoId);
                    insert.setObject(2, change.month());
                    int next = BookingLedger.bindNgo(insert, 3, change);
                    insert.setLong(next, roomId);
                    insert.executeUpdate();
                    return;
                } catch (SQLException e) {
                    if (!DUPLICATE.equals(e.getSQLState()) || attempt == ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }
}
