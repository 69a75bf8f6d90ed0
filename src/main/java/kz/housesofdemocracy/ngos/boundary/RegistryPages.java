package kz.housesofdemocracy.ngos.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/** The public counts page and the administrator's eligibility policy page. */
@Named
@ViewScoped
public class RegistryPages implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    private List<NgoViews.Counts> counts;
    private Integer minMonths;
    private String graceUntil;

    public List<NgoViews.Counts> getCounts() {
        if (counts == null) {
            counts = ngos.counts();
        }
        return counts;
    }

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
