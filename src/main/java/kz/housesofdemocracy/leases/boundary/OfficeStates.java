package kz.housesofdemocracy.leases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.leases.control.LeasedOffices.OfficeState;

/** The offices of a House on a day, for its calendar page: leased to whom, or free. */
@Named
@RequestScoped
public class OfficeStates {

    @Inject private Leases leases;

    private final java.util.Map<String, List<OfficeState>> read = new java.util.HashMap<>();

    /** Read once a request: the page asks for it in a rendered test and again to list it. */
    public List<OfficeState> on(long houseId, LocalDate day) {
        return read.computeIfAbsent(houseId + "/" + day, k -> leases.officesOn(houseId, day));
    }
}
