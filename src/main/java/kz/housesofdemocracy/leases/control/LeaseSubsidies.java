package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.housesofdemocracy.leases.entity.LeaseSubsidy;

/** The share of the rent a region pays for its NGOs: half unless the region set another. */
@ApplicationScoped
public class LeaseSubsidies {

    static final int UNSET_PERCENT = 50;

    @PersistenceContext private EntityManager em;

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
