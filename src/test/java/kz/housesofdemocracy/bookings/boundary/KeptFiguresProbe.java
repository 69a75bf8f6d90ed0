package kz.housesofdemocracy.bookings.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.housesofdemocracy.bookings.control.BookingLedger;
import kz.housesofdemocracy.bookings.entity.Booking;
import kz.housesofdemocracy.bookings.entity.BookingStatus;

/**
 * In-container help for {@link KeptFiguresIT}: the kept tables as they are, the same figures
 * recomputed from every booking (in Java, from the raw rows: independent of the SQL that keeps
 * them), check-ins and no-shows through the entity, and a change that fails after its flush.
 */
@Stateless
public class KeptFiguresProbe {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @PersistenceContext private EntityManager em;

    @Inject private Clock clock;

    @Resource(lookup = "java:jboss/datasources/HodDS")
    private DataSource dataSource;

    /** Thrown after a change was flushed, to roll it back; carries what was seen inside. */
    @ApplicationException(rollback = true)
    public static class Undone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Undone(String seenInside) {
            super(seenInside);
        }
    }

    /** The tables recomputed from the bookings: a start that no earlier test's raw SQL spoils. */
    public void rebuild() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            BookingLedger.rebuild(c);
        }
    }

    /**
     * Cancels, through the entity (so the ledger keeps the figures), every booking after the given
     * id still pending or confirmed: the tests after {@link KeptFiguresIT} find the demo rooms'
     * queues and no-show candidates as they were.
     */
    public int cancelAfter(long lastBefore) {
        List<Booking> open =
                em.createQuery(
                                "SELECT b FROM Booking b WHERE b.id > :last AND b.status IN :open",
                                Booking.class)
                        .setParameter("last", lastBefore)
                        .setParameter(
                                "open", List.of(BookingStatus.PENDING, BookingStatus.CONFIRMED))
                        .getResultList();
        Instant now = clock.instant();
        open.forEach(b -> b.cancelByStaff(null, "KeptFiguresIT is done", now));
        return open.size();
    }

    /** Checks in every confirmed booking with this purpose, as the House's staff, at its start. */
    public int checkIn(String purpose) {
        List<Booking> found = confirmed(purpose);
        found.forEach(b -> b.checkIn(null, false, b.startsAt()));
        return found.size();
    }

    /** Marks every confirmed, not checked-in booking with this purpose a no-show. */
    public int noShow(String purpose) {
        List<Booking> found =
                confirmed(purpose).stream().filter(b -> b.checkedInAt() == null).toList();
        found.forEach(b -> b.noShow(b.startsAt().plus(Booking.CHECK_IN_GRACE)));
        return found.size();
    }

    private List<Booking> confirmed(String purpose) {
        return em.createQuery(
                        "SELECT b FROM Booking b WHERE b.purpose = :purpose AND b.status = :status",
                        Booking.class)
                .setParameter("purpose", purpose)
                .setParameter("status", BookingStatus.CONFIRMED)
                .getResultList();
    }

    /**
     * Cancels a confirmed booking with this purpose, flushes (the ledger writes its difference),
     * reads the room's kept row on the EntityManager's own connection, then fails: all of it is
     * rolled back. Answers nothing; throws {@link Undone} with "bookingId:heldBefore:heldInside".
     */
    public void cancelThenFail(String purpose) {
        Booking booking = confirmed(purpose).get(0);
        LocalDate month = booking.figures().month();
        long room = booking.room().id();
        long before = held(room, month);
        booking.cancelByStaff(null, "Rolled back", booking.startsAt().minusSeconds(86400));
        em.flush();
        long inside = held(room, month);
        throw new Undone(booking.id() + ":" + room + ":" + month + ":" + before + ":" + inside);
    }

    /** The held bookings of a room's month, as the kept table has them now. */
    public long held(long room, LocalDate month) {
        List<?> rows =
                em.createNativeQuery(
                                "SELECT held_bookings FROM room_month_figures WHERE room_id = ? AND month_start = ?")
                        .setParameter(1, room)
                        .setParameter(2, month)
                        .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /** The kept rows, one line each, rows of only zeros left out (a row may fall back to zero). */
    public Map<String, String> kept() throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet r =
                    s.executeQuery(
                            "SELECT room_id, month_start, booked_minutes, used_minutes, held_bookings, no_shows, market_value, subsidy, charged FROM room_month_figures")) {
                while (r.next()) {
                    long[] n = {r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)};
                    BigDecimal[] m = {r.getBigDecimal(7), r.getBigDecimal(8), r.getBigDecimal(9)};
                    put(rows, "room " + r.getLong(1) + " " + r.getObject(2, LocalDate.class), n, m);
                }
            }
            try (ResultSet r =
                    s.executeQuery(
                            "SELECT ngo_id, house_id, month_start, booked_minutes, market_value, subsidy, charged FROM ngo_month_figures")) {
                while (r.next()) {
                    long[] n = {r.getLong(4)};
                    BigDecimal[] m = {r.getBigDecimal(5), r.getBigDecimal(6), r.getBigDecimal(7)};
                    put(
                            rows,
                            "ngo "
                                    + r.getLong(1)
                                    + " house "
                                    + r.getLong(2)
                                    + " "
                                    + r.getObject(3, LocalDate.class),
                            n,
                            m);
                }
            }
        }
        return rows;
    }

    /** The same figures from every booking that counts (CONFIRMED, NO_SHOW), summed here. */
    public Map<String, String> recomputed() throws SQLException {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal[]> money = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT b.room_id, b.ngo_id, r.house_id, b.starts_at, b.status, b.minutes, b.checked_in_at,"
                                        + " b.market_value, b.subsidy, b.charged"
                                        + " FROM booking b JOIN room r ON r.id = b.room_id"
                                        + " WHERE b.status IN ('CONFIRMED', 'NO_SHOW')")) {
            while (r.next()) {
                LocalDate month =
                        r.getObject(4, OffsetDateTime.class)
                                .atZoneSameInstant(ALMATY)
                                .toLocalDate()
                                .withDayOfMonth(1);
                long minutes = r.getLong(6);
                long used = r.getObject(7) != null ? minutes : 0;
                long noShow = "NO_SHOW".equals(r.getString(5)) ? 1 : 0;
                BigDecimal[] amounts = {
                    r.getBigDecimal(8), r.getBigDecimal(9), r.getBigDecimal(10)
                };
                add(
                        counts,
                        money,
                        "room " + r.getLong(1) + " " + month,
                        new long[] {minutes, used, 1, noShow},
                        amounts);
                add(
                        counts,
                        money,
                        "ngo " + r.getLong(2) + " house " + r.getLong(3) + " " + month,
                        new long[] {minutes},
                        amounts);
            }
        }
        Map<String, String> rows = new TreeMap<>();
        counts.forEach((key, n) -> put(rows, key, n, money.get(key)));
        return rows;
    }

    private static void add(
            Map<String, long[]> counts,
            Map<String, BigDecimal[]> money,
            String key,
            long[] n,
            BigDecimal[] m) {
        long[] sum = counts.computeIfAbsent(key, k -> new long[n.length]);
        BigDecimal[] total =
                money.computeIfAbsent(
                        key,
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        for (int i = 0; i < n.length; i++) {
            sum[i] += n[i];
        }
        for (int i = 0; i < m.length; i++) {
            total[i] = total[i].add(m[i]);
        }
    }

    private static void put(Map<String, String> rows, String key, long[] n, BigDecimal[] m) {
        boolean zero = true;
        StringBuilder line = new StringBuilder();
        for (long v : n) {
            zero &= v == 0;
            line.append(v).append(' ');
        }
        for (BigDecimal v : m) {
            zero &= v.signum() == 0;
            line.append(v.stripTrailingZeros().toPlainString()).append(' ');
        }
        if (!zero) {
            rows.put(key, line.toString().strip());
        }
    }
}
