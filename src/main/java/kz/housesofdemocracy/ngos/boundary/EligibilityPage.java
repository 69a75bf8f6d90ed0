package kz.housesofdemocracy.ngos.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/** The administrator's eligibility policy page (admin/eligibility.xhtml). */
@Named
@ViewScoped
public class EligibilityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    private Integer minMonths;
    private String graceUntil;

    public void loadPolicy() {
        if (minMonths == null) {
            NgoViews.Policy policy = ngos.policy();
            minMonths = policy.minMonthsRegistered();
            graceUntil = policy.filingGraceUntil();
        }
    }

    public void savePolicy() {
        try {
            ngos.changePolicy(caller.require(), minMonths, graceUntil);
            FacesFeedback.info("policy.saved");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "policy");
        }
    }

    public Integer getMinMonths() {
        return minMonths;
    }

    public void setMinMonths(Integer minMonths) {
        this.minMonths = minMonths;
    }

    public String getGraceUntil() {
        return graceUntil;
    }

    public void setGraceUntil(String graceUntil) {
        this.graceUntil = graceUntil;
    }
}
