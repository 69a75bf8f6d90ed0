package kz.housesofdemocracy.ngos.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;

/** An NGO as its region's approver decides on it: identity, filings, suspension. */
@Named
@ViewScoped
public class StaffNgoPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    private String id;
    private long ngoId;
    private NgoViews.Details ngo;
    private String reason;
    private String status;

    public void load() {
        if (ngo != null) {
            return;
        }
        try {
            ngoId =
                    EntityId.parse(id)
                            .orElseThrow(() -> Refusal.notFound("refusal.ngo.notFound", id));
            ngo = ngos.details(caller.require(), ngoId);
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    public void verifyIdentity() {
        decide(
                () -> ngos.decideIdentity(caller.require(), ngoId, true, reason),
                "ngo.identityVerified");
    }

    public void refuseIdentity() {
        decide(
                () -> ngos.decideIdentity(caller.require(), ngoId, false, reason),
                "ngo.identityRefused");
    }

    public void verifyFiling(long filingId) {
        decide(
                () -> ngos.decideFiling(caller.require(), filingId, true, reason),
                "filing.verified");
    }

    public void refuseFiling(long filingId) {
        decide(
                () -> ngos.decideFiling(caller.require(), filingId, false, reason),
                "filing.refused");
    }

    public void changeOperating() {
        decide(
                () ->
                        ngos.changeOperating(
                                caller.require(),
                                ngoId,
                                status == null || status.isBlank()
                                        ? null
                                        : OperatingStatus.valueOf(status),
                                reason),
                "ngo.operatingChanged");
    }

    private void decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            FacesFeedback.info(doneKey);
            reason = null;
            ngo = ngos.details(caller.require(), ngoId);
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "decisions");
        }
    }

    public OperatingStatus[] getStatuses() {
        return OperatingStatus.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public NgoViews.Details getNgo() {
        return ngo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
