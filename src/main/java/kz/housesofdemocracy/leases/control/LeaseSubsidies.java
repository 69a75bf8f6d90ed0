package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.housesofdemocracy.leases.entity.LeaseSubsidy;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.entity.Region;

/** The share of the rent a region pays for its NGOs: half unless the region set another. */
@ApplicationScoped
public class LeaseSubsidies {

    static final int UNSET_PERCENT = 50;

    @PersistenceContext private EntityManager em;

    /** Refuses a share of an unknown region as "not found". */
    public void refuseUnknownRegion(String regionCode) {
        if (regionCode == null || em.find(Region.class, regionCode) == null) {
            throw Refusal.notFound("lease.problem.region", String.valueOf(regionCode));
        }
    }

    public int percentOf(String regionCode) {
        LeaseSubsidy subsidy = em.find(LeaseSubsidy.class, regionCode);
        return subsidy == null ? UNSET_PERCENT : subsidy.percent();
    }

    public void set(String regionCode, int percent) {
        LeaseSubsidy subsidy = em.find(LeaseSubsidy.class, regionCode);
        if (subsidy == null) {
            em.persist(new LeaseSubsidy(regionCode, percent));
        } else {
            subsidy.set(percent);
        }
    }
}
