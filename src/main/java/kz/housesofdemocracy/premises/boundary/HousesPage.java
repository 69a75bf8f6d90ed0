package kz.housesofdemocracy.premises.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.premises.control.FutureCommitments.Commitment;
import kz.housesofdemocracy.premises.control.PremisesRules;

/** The administrator's Houses: every House with its state, opening a new one, closing one. */
@Named
@ViewScoped
public class HousesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CurrentLanguage language;
    @Inject private Premises premises;
    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;

    private HouseForm form;
    private List<HouseSummary> houses;
    private Long closing;
    private List<Commitment> impact = List.of();
    private String reason;
    private java.util.HashMap<Long, String> subsidies;

    @PostConstruct
    void init() {
        form = HouseForm.withUsualWeek();
        load();
    }

    private void load() {
        houses = language.sorted(premises.houses(), HouseSummary::name);
        subsidies = new java.util.HashMap<>();
        for (HouseSummary house : houses) {
            subsidies.put(house.id(), Integer.toString(house.subsidyPercent()));
        }
    }

    public void open() throws IOException {
        long id;
        try {
            id = administration.openHouse(caller.require(), form);
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "open");
            return;
        }
        FacesFeedback.infoAfterRedirect("houses.opened");
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/staff/house.xhtml?id=" + id);
    }

    /** Shows what closing a House would leave behind, before asking for the reason. */
    /** Saves the subsidy share typed in a House's row (whole per cent). */
    public void saveSubsidy(long houseId) {
        Integer percent;
        try {
            percent = Integer.valueOf(String.valueOf(subsidies.get(houseId)).strip());
        } catch (NumberFormatException notANumber) {
            percent = null;
        }
        try {
            administration.setSubsidyShare(caller.require(), houseId, percent);
            FacesFeedback.info("houses.subsidySaved");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "list");
        }
        load();
    }

    /** The subsidy share typed in each House's row, by House id. */
    public java.util.Map<Long, String> getSubsidies() {
        return subsidies;
    }

    public void prepareClosing(long houseId) {
        closing = houseId;
        reason = null;
        impact = administration.closingImpact(caller.require(), houseId);
    }

    public void close() {
        try {
            administration.closeHouse(caller.require(), closing, reason);
            FacesFeedback.info("houses.closed");
            closing = null;
            load();
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "closeForm");
        }
    }

    public List<RegionView> getRegions() {
        return language.sorted(premises.regions(), RegionView::name);
    }

    public List<String> getTimeZones() {
        return List.copyOf(new TreeSet<>(PremisesRules.TIME_ZONES));
    }

    public HouseForm getForm() {
        return form;
    }

    public List<HouseSummary> getHouses() {
        return houses;
    }

    public Long getClosing() {
        return closing;
    }

    public List<Commitment> getImpact() {
        return impact;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
