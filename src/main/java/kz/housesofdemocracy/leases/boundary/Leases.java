package kz.housesofdemocracy.leases.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.bookings.boundary.Attendance;
import kz.housesofdemocracy.bookings.boundary.Displacements;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.leases.control.LeaseAudit;
import kz.housesofdemocracy.leases.control.LeaseCompetition;
import kz.housesofdemocracy.leases.control.LeaseCompetition.Contender;
import kz.housesofdemocracy.leases.control.LeaseLetters;
import kz.housesofdemocracy.leases.control.LeaseQueries;
import kz.housesofdemocracy.leases.control.LeaseRoomHolds;
import kz.housesofdemocracy.leases.control.LeaseSchedules;
import kz.housesofdemocracy.leases.control.LeaseScopes;
import kz.housesofdemocracy.leases.control.LeaseSearch;
import kz.housesofdemocracy.leases.control.LeaseSubsidies;
import kz.housesofdemocracy.leases.control.LeaseView;
import kz.housesofdemocracy.leases.control.LeaseWindows;
import kz.housesofdemocracy.leases.control.LeaseWindows.WindowDates;
import kz.housesofdemocracy.leases.control.LeaseWindows.WindowView;
import kz.housesofdemocracy.leases.control.LeasedOffices;
import kz.housesofdemocracy.leases.control.LeasedOffices.OfficeState;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.leases.entity.LeaseTerms;
import kz.housesofdemocracy.leases.entity.LeaseWindow;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;

/**
 * Office leases: windows in which a region's NGOs apply, the House manager's recommendation, the
 * akimat's decision (competing applications side by side; approving one closes the others), the
 * monthly schedule and the summary PDF, activation and end by date, early termination. Every
 * decision re-reads the facts it depends on (eligibility, the office being free) under a lock.
 */
@Stateless
public class Leases {

    @PersistenceContext private EntityManager em;
    @Inject private LeaseQueries queries;
    @Inject private LeaseSearch search;
    @Inject private LeaseWindows windows;
    @Inject private LeaseCompetition competition;
    @Inject private LeaseSchedules schedules;
    @Inject private LeaseRoomHolds roomHolds;
    @Inject private LeaseLetters letters;
    @Inject private LeaseSubsidies subsidies;
    @Inject private LeasedOffices offices;
    @Inject private Ngos ngos;
    @Inject private Attendance attendance;
    @Inject private Displacements displacements;
    @Inject private LeaseAudit history;
    @Inject private Clock clock;

    // --- windows

    public WindowView openWindow(
            Caller caller,
            String regionCode,
            LocalDate opensOn,
            LocalDate closesOn,
            LocalDate leaseStart) {
        requireSignedIn(caller);
        windows.refuseUnknownRegion(caller, regionCode);
        AccessPolicy.require(caller, Action.OPEN_LEASE_WINDOW, Scope.region(regionCode));
        LeaseWindow window =
                LeaseWindow.open(
                        regionCode,
                        opensOn,
                        closesOn,
                        leaseStart,
                        caller.accountId(),
                        today(),
                        now());
        windows.refuseOverlap(window);
        em.persist(window);
        em.flush();
        history.recordWindow(caller, window);
        return LeaseWindows.view(window, today());
    }

    /** Windows of a region (or all), latest first. */
    public List<WindowView> windows(String regionCode) {
        return windows.list(regionCode, today());
    }

    /** The windows a member of staff watches: of their regions (all for House managers). */
    public List<WindowView> windowsSeenBy(Caller caller) {
        return LeaseWindows.seenBy(caller, windows(null));
    }

    /** The dates a new window's form proposes. */
    public WindowDates proposedWindow() {
        return LeaseWindows.proposedOn(today());
    }

    // --- applying

    /** Saves a new application as a draft, or submits it at once. */
    public LeaseView apply(Caller caller, LeaseForm form) {
        requireSignedIn(caller);
        Ngo ngo = queries.ngoRepresentedBy(caller, form.getNgoId());
        House house = queries.openHouse(form.getHouseId());
        LeaseWindow window = windows.openFor(house, today());
        Office office = checkedOffice(form, house, window);
        queries.refuseRenewalOfAnother(form.getRenewalOf(), ngo, house);
        Lease lease =
                new Lease(
                        window,
                        ngo,
                        house,
                        office,
                        form.getYears(),
                        form.getPurpose().strip(),
                        form.getStaffCount(),
                        form.getRenewalOf(),
                        caller.accountId(),
                        now());
        competition.refuseDuplicate(lease);
        em.persist(lease);
        em.flush();
        history.recordApplication(caller, "lease.drafted", lease);
        return form.isSubmit() ? submit(caller, lease.id()) : LeaseView.of(lease);
    }

    /** Changes a draft. */
    public LeaseView change(Caller caller, long id, LeaseForm form) {
        Lease lease = leaseForNgo(caller, id);
        lease.refuseUnlessDraft();
        Office office = checkedOffice(form, lease.house(), lease.window());
        lease.change(office, form.getYears(), form.getPurpose().strip(), form.getStaffCount());
        history.recordApplication(caller, "lease.changed", lease);
        return LeaseView.of(lease);
    }

    /** Sends a draft for review: inside its window, by an eligible NGO, once per House. */
    public LeaseView submit(Caller caller, long id) {
        Lease lease = leaseForNgo(caller, id);
        queries.lockNgoOf(lease);
        lease.refuseSubmissionOn(today());
        refuseIneligible(lease);
        competition.refuseSecondLease(lease);
        competition.refuseDuplicate(lease);
        lease.submit(today(), now());
        history.record(caller, "lease.submitted", lease, null);
        letters.toNgo(lease, "mail.lease.submitted", null, null);
        letters.toStaff(lease, Role.HOUSE_MANAGER, "mail.lease.toReview");
        return LeaseView.of(lease);
    }

    /** The NGO takes its application back, until it is decided. */
    public LeaseView withdraw(Caller caller, long id) {
        Lease lease = leaseForNgo(caller, id);
        lease.withdraw();
        history.record(caller, "lease.withdrawn", lease, null);
        letters.toNgo(lease, "mail.lease.withdrawn", null, null);
        return LeaseView.of(lease);
    }

    // --- review and decision

    public LeaseView recommend(Caller caller, long id, String text, Long version) {
        Lease lease = queries.lease(id);
        AccessPolicy.require(caller, Action.RECOMMEND_LEASE, LeaseScopes.of(lease));
        InputCheck.start().text("recommendation", text, 2000).orRefuse();
        lease.refuseIfStale(version);
        lease.recommend(text.strip(), caller.accountId(), now());
        flushOrStale();
        history.record(caller, "lease.recommended", lease, text.strip());
        letters.toStaff(lease, Role.AKIMAT_APPROVER, "mail.lease.recommended");
        return LeaseView.of(lease);
    }

    /**
     * Approves an application reviewed by the House: eligibility is read again, the office is
     * locked and must be free for the term, the money is fixed, the schedule written, competing
     * applications for the office closed with a reason, and the office's hourly room held.
     */
    public LeaseView approve(
            Caller caller,
            long id,
            String councilNumber,
            LocalDate councilDate,
            Long officeId,
            Long version) {
        Lease lease = queries.lease(id);
        AccessPolicy.require(caller, Action.DECIDE_LEASE, LeaseScopes.of(lease));
        refuseCouncilDecision(councilNumber, councilDate);
        lease.refuseIfStale(version);
        lease.refuseUnlessMayBecome(LeaseStatus.APPROVED);
        Office office = queries.lockOfficeToApprove(lease, officeId);
        queries.lockNgoOf(lease);
        em.refresh(lease);
        lease.refuseIfDecidedMeanwhile(version);
        refuseIneligible(lease);
        competition.refuseSecondLease(lease);
        competition.refuseOfficeTaken(office, lease);
        int percent = subsidies.percentOf(lease.house().region().code());
        lease.approve(
                office, councilNumber.strip(), councilDate, percent, caller.accountId(), now());
        flushOrStale();
        schedules.writeFor(lease);
        history.record(
                caller,
                "lease.approved",
                lease,
                "office " + office.id() + "; council " + councilNumber.strip() + " " + councilDate);
        competition.closeCompetitorsOf(caller, lease);
        roomHolds.holdForTerm(lease, hold -> displaceBookings(lease, hold));
        letters.toNgo(lease, "mail.lease.approved", null, null);
        return LeaseView.of(lease);
    }

    public LeaseView reject(Caller caller, long id, String reason, Long version) {
        Lease lease = queries.lease(id);
        AccessPolicy.require(caller, Action.DECIDE_LEASE, LeaseScopes.of(lease));
        InputCheck.start().text("reason", reason, 2000).orRefuse();
        lease.refuseIfStale(version);
        lease.reject(reason.strip(), caller.accountId(), null, now());
        flushOrStale();
        history.record(caller, "lease.rejected", lease, reason.strip());
        letters.toNgo(lease, "mail.lease.rejected", reason.strip(), null);
        return LeaseView.of(lease);
    }

    /** Ends an approved or active lease early: the schedule after it and the room hold shrink. */
    public LeaseView terminate(Caller caller, long id, LocalDate on, String reason) {
        Lease lease = queries.lease(id);
        AccessPolicy.require(caller, Action.DECIDE_LEASE, LeaseScopes.of(lease));
        InputCheck.start().present("on", on).text("reason", reason, 2000).orRefuse();
        lease.terminate(on, today(), reason.strip());
        schedules.cutAfter(lease, on);
        roomHolds.shrinkTo(lease, on);
        history.record(caller, "lease.terminated", lease, on + ": " + reason.strip());
        letters.toNgo(lease, "mail.lease.terminated", reason.strip(), on);
        return LeaseView.of(lease);
    }

    // --- reading

    public LeaseView details(Caller caller, long id) {
        Lease lease = queries.lease(id);
        AccessPolicy.require(caller, Action.VIEW_LEASE, LeaseScopes.of(lease));
        return LeaseView.of(lease);
    }

    /** The applications and leases of the caller's NGOs. */
    public List<LeaseView> mine(Caller caller) {
        requireSignedIn(caller);
        return queries.ofNgos(caller.ngos());
    }

    /**
     * What staff see: applications and leases of the Houses they manage and the regions they
     * approve in (everything for administrators), open ones first.
     */
    public List<LeaseView> queue(Caller caller) {
        requireSignedIn(caller);
        if (!caller.isStaff()) {
            throw Refusal.forbidden();
        }
        return queries.queueFor(caller);
    }

    /**
     * One page of a staff list of applications or leases in the caller's scope (their Houses, their
     * regions, everything for an administrator), cut and sorted in the database.
     */
    public List<LeaseView> staffPage(
            Caller caller,
            LeaseSearch.Criteria criteria,
            int first,
            int size,
            String sortBy,
            boolean ascending,
            Language language) {
        return search
                .page(listScope(caller), criteria, first, size, sortBy, ascending, language)
                .stream()
                .map(LeaseView::of)
                .toList();
    }

    /** How many applications or leases a staff list holds with these criteria. */
    public long staffCount(Caller caller, LeaseSearch.Criteria criteria) {
        return search.count(listScope(caller), criteria);
    }

    private static LeaseSearch.Scope listScope(Caller caller) {
        requireSignedIn(caller);
        if (!caller.isStaff()) {
            throw Refusal.forbidden();
        }
        if (caller.holds(Role.NATIONAL_ADMIN)) {
            return new LeaseSearch.Scope(true, List.of(), List.of());
        }
        return new LeaseSearch.Scope(
                false,
                caller.grants().stream()
                        .filter(g -> g.role() == Role.HOUSE_MANAGER)
                        .map(Caller.Grant::houseId)
                        .toList(),
                caller.grants().stream()
                        .filter(g -> g.role() == Role.AKIMAT_APPROVER)
                        .map(Caller.Grant::regionCode)
                        .toList());
    }

    /**
     * The application and every open one competing with it for the same office (an "any office"
     * application competes with all of its House's), with the facts a fair choice rests on.
     */
    public List<Contender> competition(Caller caller, long id) {
        Lease lease = queries.lease(id);
        AccessPolicy.require(caller, Action.VIEW_LEASE, LeaseScopes.staff(lease));
        if (!caller.isStaff()) {
            throw Refusal.forbidden();
        }
        return competition.contenders(lease, ngos::isEligible, attendance::noShowPercent);
    }

    public List<LeaseTerms.Month> schedule(Caller caller, long id) {
        Lease lease = queries.lease(id);
        AccessPolicy.require(caller, Action.VIEW_LEASE, LeaseScopes.of(lease));
        return schedules.months(id);
    }

    /** The lease summary, in the language asked for (the NGO's, by default its first one's). */
    public byte[] summary(Caller caller, long id, Language language) {
        Lease lease = queries.lease(id);
        AccessPolicy.require(caller, Action.VIEW_LEASE, LeaseScopes.of(lease));
        if (!LeaseStatus.HOLDING.contains(lease.status())
                && lease.status() != LeaseStatus.ENDED
                && lease.status() != LeaseStatus.TERMINATED) {
            throw Refusal.conflict("lease-state", "lease.problem.noSummary");
        }
        return letters.summary(lease, language.locale());
    }

    /** The House's offices on a day, each with the lease that holds it then, if any. */
    public List<OfficeState> officesOn(long houseId, LocalDate day) {
        return offices.on(houseId, day);
    }

    // --- the passing of time

    /**
     * Approved leases whose first day has come become active; active ones past their last day end.
     * Run by the timer once a minute with the real day, by tests with any.
     */
    public int activateAndEnd(LocalDate today) {
        List<Lease> due = queries.dueToActivateOrEnd(today);
        for (Lease lease : due) {
            lease.followCalendarTo(today);
            history.recordByCalendar(lease, today);
        }
        return due.size();
    }

    // --- helpers

    private static void requireSignedIn(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
    }

    /** A lease the caller acts on for its NGO: only its representatives may. */
    private Lease leaseForNgo(Caller caller, long id) {
        requireSignedIn(caller);
        Lease lease = queries.lease(id);
        AccessPolicy.require(caller, Action.ACT_FOR_NGO, LeaseScopes.of(lease));
        return lease;
    }

    /** The form checked against the window it is for, and the office it names (or none). */
    private Office checkedOffice(LeaseForm form, House house, LeaseWindow window) {
        form.refuseUnlessComplete(window.leaseStart());
        return queries.officeToLease(form.getOfficeId(), house, window.leaseStart());
    }

    private void refuseIneligible(Lease lease) {
        if (!ngos.isEligible(lease.ngo().id())) {
            throw Refusal.invalid("ngoId", "lease.problem.ineligible");
        }
    }

    private void refuseCouncilDecision(String councilNumber, LocalDate councilDate) {
        InputCheck.start()
                .text("councilNumber", councilNumber, 60)
                .present("councilDate", councilDate)
                .orRefuse();
        InputCheck.start()
                .when(councilDate.isAfter(today()), "councilDate", "lease.problem.councilDate")
                .orRefuse();
    }

    /**
     * Bookings of the office's hourly room in the way of a lease are displaced, like an event's.
     */
    private void displaceBookings(Lease lease, Blackout hold) {
        long roomId = lease.office().hourlyRoom().id();
        displacements.displace(
                roomId,
                hold.startsAt(),
                hold.endsAt(),
                hold.label(),
                "lease " + lease.id(),
                "mail.booking.leased",
                Set.of(roomId));
    }

    private void flushOrStale() {
        try {
            em.flush();
        } catch (OptimisticLockException stale) {
            throw Lease.stale();
        }
    }

    private LocalDate today() {
        return Clocks.today(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
