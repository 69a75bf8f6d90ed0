package kz.housesofdemocracy.leases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** The offices of a House on a day, for its calendar page: leased to whom, or free. */
@Named
@RequestScoped
public class OfficeStates {

    @Inject private Leases leases;

    public List<Leases.OfficeState> on(long houseId, LocalDate day) {
        return leases.officesOn(houseId, day);
    }
}
