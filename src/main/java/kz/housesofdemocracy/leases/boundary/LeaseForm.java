package kz.housesofdemocracy.leases.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import kz.housesofdemocracy.leases.entity.LeaseTerms;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application: the NGO, the House, an office of it or none ("any office"), 1–3 years from the
 * window's 1 January, a purpose statement and the staff who will work there. With {@code submit} it
 * is sent at once, otherwise it is kept as a draft. {@code renewalOf} names the lease it renews.
 */
@Schema(
        description =
                "An application for an office: the NGO, the House, an office of it or none (\"any"
                        + " office\"), 1–3 years from the window's 1 January, the purpose and the"
                        + " staff. With submit it is sent for review at once, otherwise kept as a"
                        + " draft.")
public class LeaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(
            description = "The NGO applying: one the caller represents.",
            required = true,
            example = "7")
    private Long ngoId;

    @Schema(description = "The House applied to: an open one.", required = true, example = "3")
    private Long houseId;

    @Schema(
            description =
                    "The office wanted, of that House and for lease from the term's start; leave"
                            + " out for \"any office\" (the approver then chooses one).",
            example = "12")
    private Long officeId;

    @Schema(
            description = "Length of the term in whole years.",
            minimum = "1",
            maximum = "3",
            defaultValue = "3",
            example = "3")
    private Integer years = 3;

    @Schema(
            description =
                    "Optional; if given, it must be the window's lease start, a 1 January (ISO"
                            + " date). The term always starts then.",
            example = "2027-01-01")
    private LocalDate startsOn;

    @Schema(
            description = "What the office will be used for, 20–4,000 characters.",
            required = true,
            example = "Legal consultations for rural women and a weekly youth debate club.")
    private String purpose;

    @Schema(
            description = "How many of the NGO's staff will work there.",
            required = true,
            minimum = "1",
            maximum = "500",
            example = "4")
    private Integer staffCount;

    @Schema(
            description =
                    "The id of the NGO's lease in this House that this application renews: it"
                            + " must end the day before the new term starts.",
            example = "40")
    private Long renewalOf;

    @Schema(
            description =
                    "true: submit at once (applyForLease only); false or absent: keep a draft.",
            defaultValue = "false")
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
