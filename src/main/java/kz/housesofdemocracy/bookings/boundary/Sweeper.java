package kz.housesofdemocracy.bookings.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The booking chores, every minute, inside the server (an EJB timer, not cron): no-shows released,
 * lapsed waitlist offers passed on, reminders sent. Each chore is its own transaction, so one
 * failing does not stop the others; what is not done now is done at the next minute.
 *
 * <p>Every node of a cluster runs its own sweeper. Two doing the same chore at once are safe: the
 * rows they change carry versions, so the second commit fails, rolls back and sends nothing, and
 * the work it lost was already done by the first.
 */
@Singleton
@Startup
public class Sweeper {

    private static final Logger LOG = Logger.getLogger(Sweeper.class.getName());

    @Inject private Attendance attendance;
    @Inject private Waitlist waitlist;
    @Inject private Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "booking chores")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each chore starts its own
    void everyMinute() {
        run("no-shows", () -> attendance.releaseNoShows(clock.instant()));
        run("waitlist offers", () -> waitlist.expireOffers(clock.instant()));
        run("reminders", () -> attendance.sendReminders(clock.instant()));
    }

    private interface Chore {
        int run();
    }

    private static void run(String name, Chore chore) {
        try {
            int done = chore.run();
            if (done > 0) {
                LOG.info(() -> name + ": " + done);
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, name + " failed; it runs again in a minute", failed);
        }
    }
}
