package kz.housesofdemocracy.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.housesofdemocracy.platform.Clocks;
import org.eclipse.persistence.jpa.JpaHelper;

/**
 * Test-only: loads {@link VolumeData} inside the server, once per test pass (a second call finds it
 * there), takes it out again, and installs the {@link RowCounter}.
 */
@Stateless
public class VolumeProbe {

    private static final Logger LOG = Logger.getLogger(VolumeProbe.class.getName());

    /** The region of the integration test: no demo House, no test counts its rows. */
    public static final String REGION = "KZ-55";

    /** The block of ids of the integration test's data (and the id of its House). */
    public static final long BASE = 810_000_000L;

    private static volatile boolean counting;

    @Resource(lookup = "java:jboss/datasources/HodDS")
    private DataSource dataSource;

    @PersistenceUnit private EntityManagerFactory factory;

    @Inject private Clock clock;

    public VolumeData.Plan plan() {
        return new VolumeData.Plan(REGION, BASE, true, BASE, Clocks.today(clock));
    }

    /** Loads the data unless it is already there; returns the milliseconds it took (0: there). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // commits on its own, in chunks
    public long ensure() throws SQLException {
        VolumeData.Plan plan = plan();
        try (Connection c = dataSource.getConnection()) {
            if (VolumeData.present(c, plan)) {
                return 0;
            }
            long started = System.nanoTime();
            try {
                VolumeData.load(c, plan);
            } finally {
                c.setAutoCommit(true);
            }
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            LOG.info(() -> "volume data in " + REGION + " loaded in " + millis + " ms");
            return millis;
        }
    }

    /** Takes the data out again and forgets every cached entity, so later tests see none of it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void remove() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try {
                VolumeData.remove(c, plan());
            } finally {
                c.setAutoCommit(true);
            }
        }
        factory.getCache().evictAll();
    }

    /** Installs the row counter (once). */
    public void countRows() {
        if (!counting) {
            synchronized (VolumeProbe.class) {
                if (!counting) {
                    JpaHelper.getServerSession(factory)
                            .getEventManager()
                            .addListener(new RowCounter());
                    counting = true;
                }
            }
        }
    }
}
