package kz.housesofdemocracy.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Test-only window into the persistence unit, used by in-container tests. */
@Stateless
public class PersistenceProbe {

    @PersistenceContext private EntityManager em;

    @jakarta.inject.Inject private kz.housesofdemocracy.bookings.control.BookingLedger ledger;

    @Resource(lookup = "java:jboss/datasources/HodDS")
    private DataSource dataSource;

    public String entityManagerFactoryClass() {
        return em.getEntityManagerFactory().getClass().getName();
    }

    public String delegateClass() {
        return em.getDelegate().getClass().getName();
    }

    /** Counts the rows of every entity the metamodel knows, by entity name. */
    public Map<String, Long> rowsPerEntity() {
        Map<String, Long> counts = new TreeMap<>();
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            counts.put(
                    type.getName(),
                    em.createQuery("SELECT COUNT(e) FROM " + type.getName() + " e", Long.class)
                            .getSingleResult());
        }
        return counts;
    }

    /** Pairs of room-holding bookings of one room that overlap in time: must always be zero. */
    public long overlappingBookings() {
        return ((Number)
                        em.createNativeQuery(
                                        "SELECT COUNT(*) FROM booking a JOIN booking b ON a.room_id = b.room_id AND a.id < b.id"
                                                + " WHERE a.status IN ('PENDING', 'CONFIRMED') AND b.status IN ('PENDING', 'CONFIRMED')"
                                                + " AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at")
                                .getSingleResult())
                .longValue();
    }

    public long bookingsOf(long roomId) {
        return em.createQuery("SELECT COUNT(b) FROM Booking b WHERE b.room.id = :room", Long.class)
                .setParameter("room", roomId)
                .getSingleResult();
    }

    /** The demo NGO representative as a caller, with the NGOs they represent. */
    public kz.housesofdemocracy.access.control.Caller demoRepresentative() {
        var account =
                em.createNamedQuery(
                                kz.housesofdemocracy.accounts.entity.Account.BY_EMAIL,
                                kz.housesofdemocracy.accounts.entity.Account.class)
                        .setParameter("email", "ngo" + kz.housesofdemocracy.demo.DemoPeople.DOMAIN)
                        .getSingleResult();
        var ngos =
                java.util.Set.copyOf(
                        em.createQuery(
                                        "SELECT r.ngo.id FROM NgoRepresentative r WHERE r.account = :a",
                                        Long.class)
                                .setParameter("a", account)
                                .getResultList());
        return new kz.housesofdemocracy.access.control.Caller(
                account.id(),
                account.email(),
                account.displayName(),
                account.language(),
                java.util.List.of(
                        new kz.housesofdemocracy.access.control.Caller.Grant(
                                kz.housesofdemocracy.access.entity.Role.NGO_REPRESENTATIVE,
                                null,
                                null)),
                ngos);
    }

    /** Runs a statement of test data (inserts for a hand-computed dataset). */
    public int run(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }

    /** A single number from a query (test data checks). */
    public long number(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The demo representative's account id. */
    public long demoRepresentativeId() {
        return demoRepresentative().accountId();
    }

    /** A national administrator as a caller (the demo one). */
    public kz.housesofdemocracy.access.control.Caller demoAdministrator() {
        var account =
                em.createNamedQuery(
                                kz.housesofdemocracy.accounts.entity.Account.BY_EMAIL,
                                kz.housesofdemocracy.accounts.entity.Account.class)
                        .setParameter(
                                "email", "admin" + kz.housesofdemocracy.demo.DemoPeople.DOMAIN)
                        .getSingleResult();
        return new kz.housesofdemocracy.access.control.Caller(
                account.id(),
                account.email(),
                account.displayName(),
                account.language(),
                java.util.List.of(
                        new kz.housesofdemocracy.access.control.Caller.Grant(
                                kz.housesofdemocracy.access.entity.Role.NATIONAL_ADMIN,
                                null,
                                null)));
    }

    /** The id of the NGO with the given BIN. */
    public long ngoWithBin(String bin) {
        return em.createQuery("SELECT n.id FROM Ngo n WHERE n.bin.digits = :bin", Long.class)
                .setParameter("bin", bin)
                .getSingleResult();
    }

    /** Whether the NGO is the demo representative's eligible NGO in Astana (BIN 150540001233). */
    public boolean isEligibleDemoAstanaNgo(long ngoId) {
        return !em.createQuery(
                        "SELECT n.id FROM Ngo n WHERE n.id = :id AND n.bin.digits = '150540001233'",
                        Long.class)
                .setParameter("id", ngoId)
                .getResultList()
                .isEmpty();
    }

    /** Many rooms at once in one House, for the statement-count test. */
    /** The demo Houses' quotas raised for tests that book far more than one NGO may. */
    public void roomyQuotas() {
        for (long id = 1; id <= 2; id++) {
            em.find(kz.housesofdemocracy.premises.entity.House.class, id).limit(744, 1000);
        }
    }

    /**
     * Moves a booking's start and end by the given amount (a test of the clock's passing). The bulk
     * update passes by the entity, so the kept booking figures are moved here by hand.
     */
    public void shiftBooking(long bookingId, java.time.Duration by) {
        var booking = em.find(kz.housesofdemocracy.bookings.entity.Booking.class, bookingId);
        var before = booking.figures();
        em.createQuery("UPDATE Booking b SET b.startsAt = :start, b.endsAt = :end WHERE b.id = :id")
                .setParameter("start", booking.startsAt().plus(by))
                .setParameter("end", booking.endsAt().plus(by))
                .setParameter("id", bookingId)
                .executeUpdate();
        em.refresh(booking);
        ledger.apply(
                booking.room().id(),
                booking.ngo().id(),
                kz.housesofdemocracy.bookings.entity.BookingFigures.changes(
                        before, booking.figures()));
    }

    public String waitlistStatus(long entryId) {
        return em.createQuery("SELECT w.status FROM WaitlistEntry w WHERE w.id = :id", Object.class)
                .setParameter("id", entryId)
                .getSingleResult()
                .toString();
    }

    public String bookingStatus(long bookingId) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("SELECT b.status FROM Booking b WHERE b.id = :id", Object.class)
                .setParameter("id", bookingId)
                .getSingleResult()
                .toString();
    }

    public java.util.List<Long> addRooms(long houseId, int count) {
        var house = em.find(kz.housesofdemocracy.premises.entity.House.class, houseId);
        java.util.List<kz.housesofdemocracy.premises.entity.Room> rooms =
                new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            var room =
                    new kz.housesofdemocracy.premises.entity.Room(
                            house,
                            kz.housesofdemocracy.premises.entity.RoomKind.MEETING_ROOM,
                            new kz.housesofdemocracy.platform.i18n.LocalizedText(
                                    null, null, "Room " + i),
                            new kz.housesofdemocracy.premises.entity.Capacity(10),
                            kz.housesofdemocracy.platform.Money.tenge(1000),
                            true,
                            false);
            em.persist(room);
            rooms.add(room);
        }
        em.flush();
        return rooms.stream().map(kz.housesofdemocracy.premises.entity.Room::id).toList();
    }

    /** The database product, e.g. "H2" or "PostgreSQL". */
    public String databaseProduct() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    /** A PostgreSQL setting as SHOW prints it (fsync, synchronous_commit). */
    public String postgresSetting(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    /** H2's WRITE_DELAY setting as the running database has it. */
    public String h2WriteDelay() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement =
                        connection.prepareStatement(
                                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                                        + " WHERE SETTING_NAME = 'WRITE_DELAY'");
                var result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : "not set";
        }
    }
}
