package kz.housesofdemocracy.leases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.leases.control.LeaseCompetition.Contender;
import kz.housesofdemocracy.leases.control.LeaseSearch;
import kz.housesofdemocracy.leases.control.LeaseView;
import kz.housesofdemocracy.leases.control.LeaseWindows.WindowDates;
import kz.housesofdemocracy.leases.control.LeaseWindows.WindowView;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.platform.web.PagedRows;
import kz.housesofdemocracy.premises.boundary.HouseSummary;
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
    @Inject private Clock clock;

    /** What the applications list can show; by default only those waiting for a decision. */
    private static final Set<LeaseStatus> APPLICATIONS =
            EnumSet.of(
                    LeaseStatus.SUBMITTED,
                    LeaseStatus.UNDER_REVIEW,
                    LeaseStatus.REJECTED,
                    LeaseStatus.WITHDRAWN);

    /** What the leases list can show; by default those holding their office. */
    private static final Set<LeaseStatus> LEASES =
            EnumSet.of(
                    LeaseStatus.APPROVED,
                    LeaseStatus.ACTIVE,
                    LeaseStatus.ENDED,
                    LeaseStatus.TERMINATED);

    private String id;

    // list filters
    private Long houseId;
    private String ngoText;
    private LocalDate from;
    private LocalDate to;
    private String applicationStatus = "";
    private String leaseStatus = "";

    private final PagedRows<LeaseView> queue = rows(true);
    private final PagedRows<LeaseView> active = rows(false);
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
    private String terminationReason;
    private LocalDate terminateOn;

    // subsidy
    private String subsidyRegion;
    private Integer subsidyPercent;

    /** A staff list of applications or of leases, read a page at a time. */
    private PagedRows<LeaseView> rows(boolean applications) {
        return new PagedRows<>(
                () -> leases.staffCount(caller.require(), criteria(applications)),
                (first, size, field, ascending) ->
                        leases.staffPage(
                                caller.require(),
                                criteria(applications),
                                first,
                                size,
                                field,
                                ascending,
                                language.get()),
                LeaseView::id,
                applications ? "submittedAt" : "startsOn",
                true);
    }

    private LeaseSearch.Criteria criteria(boolean applications) {
        String chosen = applications ? applicationStatus : leaseStatus;
        LeaseStatus status =
                chosen == null || chosen.isBlank() ? null : LeaseStatus.valueOf(chosen);
        Set<LeaseStatus> shown =
                status != null
                        ? (applications ? APPLICATIONS : LEASES)
                        : (applications ? LeaseStatus.OPEN : LeaseStatus.HOLDING);
        return new LeaseSearch.Criteria(shown, status, houseId, from, to, ngoText);
    }

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
            terminationReason = null;
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
                () ->
                        leases.terminate(
                                caller.require(), selected.id(), terminateOn, terminationReason),
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
    }

    public void saveSubsidy() {
        try {
            subsidies.setPercent(caller.require(), subsidyRegion, subsidyPercent);
            FacesFeedback.info("lease.subsidySavedDone");
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "subsidy");
        }
    }

    public PagedRows<LeaseView> getQueue() {
        return queue;
    }

    public PagedRows<LeaseView> getActive() {
        return active;
    }

    /** The statuses the applications list may be cut to. */
    public List<LeaseStatus> getApplicationStatuses() {
        return List.copyOf(APPLICATIONS);
    }

    public List<LeaseStatus> getLeaseStatuses() {
        return List.copyOf(LEASES);
    }

    /** The Houses the House filter offers: those in the caller's scope, by name. */
    public List<HouseSummary> getHouses() {
        Caller me = caller.require();
        return language.sorted(
                premises.houses().stream()
                        .filter(
                                h ->
                                        me.holds(Role.NATIONAL_ADMIN)
                                                || me.managesHouse(h.id())
                                                || me.approvesIn(h.regionCode()))
                        .toList(),
                HouseSummary::name);
    }

    /** The file name of an export: the list's name and today's date. */
    public String exportName(String list) {
        return list + "-" + Clocks.today(clock);
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

    public String getTerminationReason() {
        return terminationReason;
    }

    public void setTerminationReason(String terminationReason) {
        this.terminationReason = terminationReason;
    }

    public Long getHouseId() {
        return houseId;
    }

    public void setHouseId(Long houseId) {
        this.houseId = houseId;
    }

    public String getNgoText() {
        return ngoText;
    }

    public void setNgoText(String ngoText) {
        this.ngoText = ngoText;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getApplicationStatus() {
        return applicationStatus;
    }

    public void setApplicationStatus(String applicationStatus) {
        this.applicationStatus = applicationStatus;
    }

    public String getLeaseStatus() {
        return leaseStatus;
    }

    public void setLeaseStatus(String leaseStatus) {
        this.leaseStatus = leaseStatus;
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
