package kz.housesofdemocracy.platform.rest;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes remembered answers older than 24 hours, every ten minutes (each node does it; the deletes
 * are harmless twice). Older records are ignored before then anyway.
 */
@Stateless
public class IdempotencySweep {

    private static final Logger LOG = Logger.getLogger(IdempotencySweep.class.getName());

    @Inject private IdempotencyRecords records;
    @Inject private Clock clock;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void sweep() {
        try {
            int swept = records.sweep(clock.millis());
            if (swept > 0) {
                LOG.fine(() -> "forgot " + swept + " idempotency keys");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "idempotency sweep failed", e);
        }
    }
}
