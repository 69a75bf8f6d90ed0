package kz.housesofdemocracy.leases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.leases.control.LeaseView;
import kz.housesofdemocracy.leases.control.LeaseWindows.WindowView;
import kz.housesofdemocracy.leases.entity.LeaseTerms;
import kz.housesofdemocracy.ngos.boundary.NgoViews;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.premises.boundary.HouseSummary;
import kz.housesofdemocracy.premises.boundary.OfficeView;
import kz.housesofdemocracy.premises.boundary.Premises;

/**
 * An NGO's office leases: the application form (for Houses whose region has a window open), its
 * applications and leases, withdrawing, submitting a draft.
 */
@Named
@ViewScoped
public class NgoLeasesPage implements Serializable {

    @Inject private CurrentLanguage language;
    @Inject private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject private Leases leases;
    @Inject private Ngos ngos;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;

    private LeaseForm form = new LeaseForm();
    private List<LeaseView> mine;
    private List<WindowView> openWindows;

    public void load() {
        caller.require();
        if (form.getNgoId() == null) {
            getNgos().stream()
                    .filter(NgoViews.Summary::eligible)
                    .findFirst()
                    .ifPresent(n -> form.setNgoId(n.id()));
        }
        if (form.getHouseId() == null && !getHouses().isEmpty()) {
            form.setHouseId(getHouses().get(0).id());
        }
    }

    public void save() {
        act(false);
    }

    public void submitNew() {
        act(true);
    }

    private void act(boolean submit) {
        try {
            form.setSubmit(submit);
            LeaseView made = leases.apply(caller.require(), form);
            FacesFeedback.info(
                    made.status().name().equals("DRAFT")
                            ? "lease.savedDone"
                            : "lease.submittedDone");
            LeaseForm fresh = new LeaseForm();
            fresh.setNgoId(form.getNgoId());
            fresh.setHouseId(form.getHouseId());
            form = fresh;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "apply");
        }
        mine = null;
    }

    public void submit(long id) {
        try {
            leases.submit(caller.require(), id);
            FacesFeedback.info("lease.submittedDone");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "leases");
        }
        mine = null;
    }

    public void withdraw(long id) {
        try {
            leases.withdraw(caller.require(), id);
            FacesFeedback.info("lease.withdrawnDone");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "leases");
        }
        mine = null;
    }

    /** Fills the form to renew a lease in its last year: same NGO, House and office. */
    public void renew(LeaseView lease) {
        form = new LeaseForm();
        form.setNgoId(lease.ngoId());
        form.setHouseId(lease.houseId());
        form.setOfficeId(lease.officeId());
        form.setRenewalOf(lease.id());
        FacesFeedback.info("lease.renewalPrepared");
    }

    /** Whether a lease is in its last year and its region takes applications now. */
    public boolean renewable(LeaseView lease) {
        return lease.holding()
                && LeaseTerms.inLastYear(lease.endsOn(), Clocks.today(clock))
                && getOpenWindows().stream()
                        .anyMatch(w -> w.regionCode().equals(lease.regionCode()));
    }

    public List<LeaseView> getMine() {
        if (mine == null) {
            mine = leases.mine(caller.require());
        }
        return mine;
    }

    public List<NgoViews.Summary> getNgos() {
        return language.sorted(ngos.mine(caller.require()), NgoViews.Summary::name);
    }

    /** Houses whose region has a window open today. */
    public List<HouseSummary> getHouses() {
        Set<String> open =
                getOpenWindows().stream().map(WindowView::regionCode).collect(Collectors.toSet());
        return premises.houses().stream()
                .filter(h -> open.contains(h.regionCode()))
                .sorted(language.order(HouseSummary::name))
                .toList();
    }

    public List<WindowView> getOpenWindows() {
        if (openWindows == null) {
            openWindows = leases.windows(null).stream().filter(WindowView::open).toList();
        }
        return openWindows;
    }

    public List<OfficeView> getOffices() {
        if (form.getHouseId() == null) {
            return List.of();
        }
        return premises.house(form.getHouseId())
                .map(
                        h ->
                                h.offices().stream()
                                        .filter(OfficeView::active)
                                        .sorted(language.order(OfficeView::name))
                                        .toList())
                .orElse(List.of());
    }

    public LeaseForm getForm() {
        return form;
    }
}
