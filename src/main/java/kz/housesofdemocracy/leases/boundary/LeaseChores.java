package kz.housesofdemocracy.leases.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.housesofdemocracy.platform.Clocks;

/**
 * The lease chore, every minute, inside the server: approved leases whose first day has come become
 * active, and active ones past their last day end. Like the booking chores it runs on every node of
 * a cluster; the leases carry versions, so two nodes doing it at once cannot both commit.
 */
@Singleton
@Startup
public class LeaseChores {

    private static final Logger LOG = Logger.getLogger(LeaseChores.class.getName());

    @Inject private Leases leases;
    @Inject private Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "lease chores")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the façade starts its own
    void everyMinute() {
        try {
            int done = leases.activateAndEnd(Clocks.today(clock));
            if (done > 0) {
                LOG.info(() -> "leases: " + done);
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "leases failed; it runs again in a minute", failed);
        }
    }
}
