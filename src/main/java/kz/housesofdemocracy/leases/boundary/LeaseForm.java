package kz.housesofdemocracy.leases.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import kz.housesofdemocracy.leases.entity.LeaseTerms;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;

/**
 * An application: the NGO, the House, an office of it or none ("any office"), 1–3 years from the
 * window's 1 January, a purpose statement and the staff who will work there. With {@code submit} it
 * is sent at once, otherwise it is kept as a draft. {@code renewalOf} names the lease it renews.
 */
public class LeaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long ngoId;
    private Long houseId;
    private Long officeId;
    private Integer years = 3;
    private LocalDate startsOn;
    private String purpose;
    private Integer staffCount;
    private Long renewalOf;
    private boolean submit;

    /**
     * Refuses an incomplete or impossible application: the years, staff and purpose are given and
     * within bounds, and a start, if named, is the window's 1 January.
     */
    void refuseUnlessComplete(LocalDate leaseStart) {
        InputCheck.start()
                .present("years", years)
                .present("staffCount", staffCount)
                .text("purpose", purpose, 4000)
                .orRefuse();
        InputCheck.start()
                .when(
                        years < LeaseTerms.SHORTEST_YEARS || years > LeaseTerms.LONGEST_YEARS,
                        "years",
                        "lease.problem.years")
                .when(staffCount < 1 || staffCount > 500, "staffCount", "lease.problem.staff")
                .when(purpose.strip().length() < 20, "purpose", "lease.problem.purpose")
                .when(
                        startsOn != null && !LeaseTerms.startsOnFirstOfJanuary(startsOn),
                        "startsOn",
                        "lease.problem.january")
                .orRefuse();
        if (startsOn != null && !startsOn.equals(leaseStart)) {
            throw Refusal.invalid("startsOn", "lease.problem.start", leaseStart);
        }
    }

    public Long getNgoId() {
        return ngoId;
    }

    public void setNgoId(Long ngoId) {
        this.ngoId = ngoId;
    }

    public Long getHouseId() {
        return houseId;
    }

    public void setHouseId(Long houseId) {
        this.houseId = houseId;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public void setOfficeId(Long officeId) {
        this.officeId = officeId;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Integer getStaffCount() {
        return staffCount;
    }

    public void setStaffCount(Integer staffCount) {
        this.staffCount = staffCount;
    }

    public Long getRenewalOf() {
        return renewalOf;
    }

    public void setRenewalOf(Long renewalOf) {
        this.renewalOf = renewalOf;
    }

    public boolean isSubmit() {
        return submit;
    }

    public void setSubmit(boolean submit) {
        this.submit = submit;
    }
}
