package kz.housesofdemocracy.leases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The share of office rent the state pays in a region (the administrator sets it). */
@Entity
@Table(name = "lease_subsidy")
public class LeaseSubsidy {

    @Id
    @Column(name = "region_code", length = 5)
    private String regionCode;

    @Column(name = "percent", nullable = false)
    private int percent;

    protected LeaseSubsidy() {}

    public LeaseSubsidy(String regionCode, int percent) {
        this.regionCode = regionCode;
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    public void set(int percent) {
        this.percent = percent;
    }
}
