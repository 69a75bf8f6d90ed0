package kz.housesofdemocracy.leases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.housesofdemocracy.platform.InputCheck;

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
        set(percent);
    }

    public int percent() {
        return percent;
    }

    /** A share is 0–100 %. */
    public void set(int percent) {
        InputCheck.start()
                .when(percent < 0 || percent > 100, "percent", "validation.percent")
                .orRefuse();
        this.percent = percent;
    }
}
