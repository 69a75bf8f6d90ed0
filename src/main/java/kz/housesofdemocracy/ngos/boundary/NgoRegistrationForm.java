package kz.housesofdemocracy.ngos.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.ngos.control.NgoForm;
import kz.housesofdemocracy.ngos.entity.Bin;
import kz.housesofdemocracy.ngos.entity.NgoEnums;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.premises.boundary.Premises;
import kz.housesofdemocracy.premises.boundary.RegionView;

/** Registering an NGO, with the BIN checked as it is typed and again on the server. */
@Named
@ViewScoped
public class NgoRegistrationForm implements Serializable {

    @Inject private CurrentLanguage language;
    @Inject private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject private Ngos ngos;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;

    private final NgoForm form = new NgoForm();
    private String binProblem;
    private Long duplicateOf;

    /** The as-you-type check: the rule a BIN breaks, or none. */
    public void checkBin() {
        String bin = form.getBin();
        binProblem =
                bin == null || bin.isBlank()
                        ? null
                        : Bin.problem(bin, Clocks.today(clock)).orElse(null);
    }

    public void submit() throws IOException {
        duplicateOf = null;
        try {
            long id = ngos.register(caller.require(), form).id();
            FacesFeedback.infoAfterRedirect("ngo.registered");
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/ngo/ngo.xhtml?id=" + id);
        } catch (Refusal refusal) {
            if ("duplicate-bin".equals(refusal.type())) {
                duplicateOf = (Long) refusal.arguments()[0];
            }
            FacesFeedback.refused(refusal, "register");
        }
    }

    public void askToJoin() {
        try {
            ngos.askToJoin(caller.require(), duplicateOf);
            FacesFeedback.info("ngo.joinRequested");
            duplicateOf = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "register");
        }
    }

    public NgoForm getForm() {
        return form;
    }

    public String getBinProblem() {
        return binProblem;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public List<RegionView> getRegions() {
        return language.sorted(premises.regions(), RegionView::name);
    }

    public List<NgoViews.Area> getAreas() {
        return NgoViews.inOrder(ngos.areas(), language);
    }

    public NgoEnums.LegalForm[] getLegalForms() {
        return NgoEnums.LegalForm.values();
    }

    public NgoEnums.WorkingLanguage[] getLanguages() {
        return NgoEnums.WorkingLanguage.values();
    }

    public NgoEnums.FundingSource[] getFundingSources() {
        return NgoEnums.FundingSource.values();
    }
}
