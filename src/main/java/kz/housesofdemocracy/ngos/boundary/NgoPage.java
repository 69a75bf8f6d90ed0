package kz.housesofdemocracy.ngos.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.ngos.control.Receipts;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;

/** An NGO as its representatives keep it: eligibility rule by rule, filings, representatives. */
@Named
@ViewScoped
public class NgoPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Ngos ngos;
    @Inject private CurrentCaller caller;

    private String id;
    private long ngoId;
    private NgoViews.Details ngo;
    private Integer year;
    private LocalDate filedOn;
    private String reference;
    private transient Part receipt;
    private String inviteEmail;

    public void load() {
        if (ngo != null) {
            return;
        }
        try {
            ngoId =
                    EntityId.parse(id)
                            .orElseThrow(() -> Refusal.notFound("refusal.ngo.notFound", id));
            refresh();
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    private void refresh() {
        ngo = ngos.details(caller.require(), ngoId);
    }

    public void recordFiling() {
        try {
            byte[] pdf = null;
            if (receipt != null && receipt.getSize() > 0) {
                if (receipt.getSize() > Receipts.MAX_BYTES) {
                    throw Refusal.invalid(
                            "receipt",
                            "validation.receipt.tooBig",
                            Receipts.MAX_BYTES / (1024 * 1024));
                }
                try (InputStream in = receipt.getInputStream()) {
                    pdf = in.readAllBytes();
                }
            }
            ngos.recordFiling(caller.require(), ngoId, year, filedOn, reference, pdf);
            FacesFeedback.info("filing.recorded");
            year = null;
            filedOn = null;
            reference = null;
            refresh();
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "filing");
        } catch (IOException e) {
            FacesFeedback.error("validation.receipt.type");
        }
    }

    public void invite() {
        try {
            ngos.invite(caller.require(), ngoId, inviteEmail);
            FacesFeedback.info("ngo.invited", inviteEmail.strip());
            inviteEmail = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "invite");
        }
    }

    public boolean isRepresentative() {
        return caller.get().map(c -> c.represents(ngoId)).orElse(false);
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

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Part getReceipt() {
        return receipt;
    }

    public void setReceipt(Part receipt) {
        this.receipt = receipt;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }
}
