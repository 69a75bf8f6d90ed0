package kz.housesofdemocracy.leases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.leases.control.LeaseCompetition.Contender;
import kz.housesofdemocracy.leases.control.LeaseView;
import kz.housesofdemocracy.leases.control.LeaseWindows.WindowDates;
import kz.housesofdemocracy.leases.control.LeaseWindows.WindowView;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.premises.boundary.OfficeView;
import kz.housesofdemocracy.premises.boundary.Premises;
import kz.housesofdemocracy.premises.boundary.RegionView;

/**
 * The staff's side of leases: application windows, the queue, one application beside its
 * competitors, the House's recommendation, the akimat's decision, early termination.
 */
@Named
@ViewScoped
public class StaffLeasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CurrentLanguage language;
    @Inject private Leases leases;
    @Inject private Subsidies subsidies;
    @Inject private Premises premises;
    @Inject private CurrentCaller caller;

    private String id;
    private List<LeaseView> queue;
    private LeaseView selected;
    private List<Contender> contenders;

    // window form
    private String windowRegion;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private LocalDate leaseStart;

    // decision forms
    private String recommendation;
    private String councilNumber;
    private LocalDate councilDate;
    private Long officeId;
    private String reason;
    private LocalDate terminateOn;

    // subsidy
    private String subsidyRegion;
    private Integer subsidyPercent;

    public void load() {
        Caller me = caller.require();
        if (!me.isStaff()) {
            FacesRefusals.sendError(Refusal.forbidden());
            return;
        }
        if (leaseStart == null) {
            WindowDates proposed = leases.proposedWindow();
            leaseStart = proposed.leaseStart();
            opensOn = proposed.opensOn();
            closesOn = proposed.closesOn();
        }
        if (selected == null && id != null) {
            EntityId.parse(id).ifPresent(this::select);
        }
    }

    public void select(long leaseId) {
        try {
            selected = leases.details(caller.require(), leaseId);
            contenders = leases.competition(caller.require(), leaseId);
            officeId = selected.officeId();
            recommendation = null;
            reason = null;
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "queue");
        }
    }

    public void openWindow() {
        try {
            leases.openWindow(caller.require(), windowRegion, opensOn, closesOn, leaseStart);
            FacesFeedback.info("lease.window.openedDone");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "window");
        }
    }

    public void recommend() {
        decide(
                () ->
                        leases.recommend(
                                caller.require(),
                                selected.id(),
                                recommendation,
                                selected.version()),
                "lease.recommendedDone");
    }

    public void approve() {
        decide(
                () ->
                        leases.approve(
                                caller.require(),
                                selected.id(),
                                councilNumber,
                                councilDate,
                                officeId,
                                selected.version()),
                "lease.approvedDone");
    }

    public void reject() {
        decide(
                () -> leases.reject(caller.require(), selected.id(), reason, selected.version()),
                "lease.rejectedDone");
    }

    public void terminate() {
        decide(
                () -> leases.terminate(caller.require(), selected.id(), terminateOn, reason),
                "lease.terminatedDone");
    }

    private void decide(java.util.function.Supplier<LeaseView> action, String done) {
        try {
            LeaseView after = action.get();
            FacesFeedback.info(done);
            select(after.id());
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "decision");
            if ("lease-stale".equals(refusal.type())) {
                // Someone else decided meanwhile: show what stands now.
                select(selected.id());
            }
        }
        queue = null;
    }

    public void saveSubsidy() {
        try {
            subsidies.setPercent(caller.require(), subsidyRegion, subsidyPercent);
            FacesFeedback.info("lease.subsidySavedDone");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "subsidy");
        }
    }

    public List<LeaseView> getQueue() {
        if (queue == null) {
            queue = leases.queue(caller.require());
        }
        return queue;
    }

    public List<WindowView> getWindows() {
        return leases.windowsSeenBy(caller.require());
    }

    /** Regions the caller may open windows in. */
    public List<RegionView> getWindowRegions() {
        Caller me = caller.require();
        return premises.regions().stream()
                .filter(r -> AccessPolicy.may(me, Action.OPEN_LEASE_WINDOW, Scope.region(r.code())))
                .sorted(language.order(RegionView::name))
                .toList();
    }

    public List<RegionView> getRegions() {
        return language.sorted(premises.regions(), RegionView::name);
    }

    public boolean isMayRecommend() {
        return selected != null
                && AccessPolicy.may(
                        caller.require(),
                        Action.RECOMMEND_LEASE,
                        Scope.booking(selected.houseId(), selected.regionCode(), selected.ngoId()));
    }

    public boolean isMayDecide() {
        return selected != null
                && AccessPolicy.may(
                        caller.require(),
                        Action.DECIDE_LEASE,
                        Scope.booking(selected.houseId(), selected.regionCode(), selected.ngoId()));
    }

    public boolean isAdmin() {
        return caller.require().holds(Role.NATIONAL_ADMIN);
    }

    public List<OfficeView> getOffices() {
        if (selected == null) {
            return List.of();
        }
        return premises.house(selected.houseId())
                .map(
                        h ->
                                h.offices().stream()
                                        .filter(OfficeView::active)
                                        .sorted(language.order(OfficeView::name))
                                        .toList())
                .orElse(List.of());
    }

    public LeaseView getSelected() {
        return selected;
    }

    public List<Contender> getContenders() {
        return contenders;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getWindowRegion() {
        return windowRegion;
    }

    public void setWindowRegion(String windowRegion) {
        this.windowRegion = windowRegion;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public LocalDate getLeaseStart() {
        return leaseStart;
    }

    public void setLeaseStart(LocalDate leaseStart) {
        this.leaseStart = leaseStart;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public String getCouncilNumber() {
        return councilNumber;
    }

    public void setCouncilNumber(String councilNumber) {
        this.councilNumber = councilNumber;
    }

    public LocalDate getCouncilDate() {
        return councilDate;
    }

    public void setCouncilDate(LocalDate councilDate) {
        this.councilDate = councilDate;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public void setOfficeId(Long officeId) {
        this.officeId = officeId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getTerminateOn() {
        return terminateOn;
    }

    public void setTerminateOn(LocalDate terminateOn) {
        this.terminateOn = terminateOn;
    }

    public String getSubsidyRegion() {
        return subsidyRegion;
    }

    public void setSubsidyRegion(String subsidyRegion) {
        this.subsidyRegion = subsidyRegion;
    }

    public Integer getSubsidyPercent() {
        return subsidyPercent;
    }

    public void setSubsidyPercent(Integer subsidyPercent) {
        this.subsidyPercent = subsidyPercent;
    }
}
