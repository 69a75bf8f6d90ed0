package kz.housesofdemocracy.leases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.leases.control.LeaseView;
import kz.housesofdemocracy.leases.entity.LeaseTerms;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesRefusals;

/** One lease or application: its facts, money, decision and monthly schedule. */
@Named
@ViewScoped
public class LeasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Leases leases;
    @Inject private CurrentCaller caller;

    private String id;
    private LeaseView lease;
    private List<LeaseTerms.Month> schedule;

    public void load() {
        try {
            long leaseId =
                    EntityId.parse(id).orElseThrow(() -> Refusal.notFound("lease.notFound", id));
            lease = leases.details(caller.require(), leaseId);
            schedule = leases.schedule(caller.require(), leaseId);
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    public LeaseView getLease() {
        return lease;
    }

    public List<LeaseTerms.Month> getSchedule() {
        return schedule;
    }

    public java.math.BigDecimal getTotalPayments() {
        return schedule.stream()
                .map(LeaseTerms.Month::payment)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    public java.math.BigDecimal getTotalSubsidy() {
        return schedule.stream()
                .map(LeaseTerms.Month::subsidy)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
