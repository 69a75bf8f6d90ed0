package kz.housesofdemocracy.reports.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import kz.housesofdemocracy.platform.OpenTimeChanged;
import kz.housesofdemocracy.reports.control.OpenTimeKeeper;

/**
 * Keeps the rooms' open time per month ({@code room_month_open}): recomputed in the transaction of
 * every change that fires {@link OpenTimeChanged}, and a year nobody asked for before kept on first
 * demand, in its own transaction so that the report's reader does not hold the Houses' locks.
 */
@Stateless
public class OpenTimeKeeping {

    @Inject private OpenTimeKeeper keeper;

    /** Synchronous, inside the transaction that made the change. */
    public void changed(@Observes OpenTimeChanged change) {
        keeper.changed(change.houseId(), change.first(), change.last());
    }

    /**
     * Keeps a year for the Houses that lack it; concurrent first demands serialise on the locks.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keepYear(int year, Collection<Long> houseIds) {
        keeper.keepYear(year, houseIds);
    }
}
