package kz.housesofdemocracy.workspace.boundary;

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
 * The daily digest chore, at 08:00 in Kazakhstan, inside the server. Like the other chores it runs
 * on every node of a cluster: each person's digest is one transaction that marks the day as sent on
 * the account (with its version), so only one node's mail goes out.
 */
@Singleton
@Startup
public class DigestChore {

    private static final Logger LOG = Logger.getLogger(DigestChore.class.getName());

    @Inject private Digests digests;
    @Inject private Clock clock;

    @Schedule(
            hour = "8",
            minute = "0",
            timezone = "Asia/Almaty",
            persistent = false,
            info = "daily digest")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each digest commits alone
    void daily() {
        try {
            int sent = digests.sendDue(clock.instant());
            if (sent > 0) {
                LOG.info(() -> "digests: " + sent);
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "digests failed; they go out tomorrow", failed);
        }
    }
}
