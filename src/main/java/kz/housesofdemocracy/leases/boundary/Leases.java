package kz.housesofdemocracy.leases.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.bookings.boundary.Attendance;
import kz.housesofdemocracy.bookings.boundary.Displacements;
import kz.housesofdemocracy.closures.entity.Blackout;
import kz.housesofdemocracy.leases.control.LeaseSummaryPdf;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeasePayment;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.leases.entity.LeaseSubsidy;
import kz.housesofdemocracy.leases.entity.LeaseTerms;
import kz.housesofdemocracy.leases.entity.LeaseWindow;
import kz.housesofdemocracy.ngos.boundary.Ngos;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Amounts;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;
import kz.housesofdemocracy.premises.entity.Region;

/**
 * Office leases: windows in which a region's NGOs apply, the House manager's recommendation, the
 * akimat's decision (competing applications side by side; approving one closes the others), the
 * monthly schedule and the summary PDF, activation and end by date, early termination. Every
 * decision re-reads the facts it depends on (eligibility, the office being free) under a lock.
 */
@Stateless
public class Leases {

    @PersistenceContext private EntityManager em;
    @Inject private Ngos ngos;
    @Inject private Attendance attendance;
    @Inject private Displacements displacements;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;

    /** An application window as people see it. */
    public record WindowView(
            long id,
            String regionCode,
            LocalDate opensOn,
            LocalDate closesOn,
            LocalDate leaseStart,
            boolean open)
            implements Serializable {}

    /** What matters for a fair choice between NGOs applying for the same office. */
    public record Contender(
            LeaseView application,
            boolean eligible,
            boolean holdsSpace,
            long bookingsLastYear,
            int noShowPercent,
            boolean youthLed,
            List<String> languages,
            List<LocalizedText> areas)
            implements Serializable {}

    // --- windows

    public WindowView openWindow(
            Caller caller,
            String regionCode,
            LocalDate opensOn,
            LocalDate closesOn,
            LocalDate leaseStart) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        if (regionCode == null || em.find(Region.class, regionCode) == null) {
            if (!caller.holds(Role.NATIONAL_ADMIN) && !caller.holds(Role.AKIMAT_APPROVER)) {
                throw Refusal.forbidden();
            }
            throw Refusal.invalid("regionCode", "lease.window.problem.region");
        }
        AccessPolicy.require(caller, Action.OPEN_LEASE_WINDOW, Scope.region(regionCode));
        LocalDate today = today();
        InputCheck.start()
                .present("opensOn", opensOn)
                .present("closesOn", closesOn)
                .present("leaseStart", leaseStart)
                .orRefuse();
        InputCheck.start()
                .when(closesOn.isBefore(opensOn), "closesOn", "lease.window.problem.order")
                .when(closesOn.isBefore(today), "closesOn", "lease.window.problem.past")
                .when(
                        !LeaseTerms.startsOnFirstOfJanuary(leaseStart),
                        "leaseStart",
                        "lease.problem.january")
                .when(!closesOn.isBefore(leaseStart), "leaseStart", "lease.window.problem.start")
                .orRefuse();
        boolean overlapping =
                em
                        .createQuery(
                                "SELECT w FROM LeaseWindow w WHERE w.regionCode = :region",
                                LeaseWindow.class)
                        .setParameter("region", regionCode)
                        .getResultList()
                        .stream()
                        .anyMatch(w -> w.overlaps(opensOn, closesOn));
        if (overlapping) {
            throw Refusal.conflict("lease-window-overlap", "lease.window.problem.overlap");
        }
        LeaseWindow window =
                new LeaseWindow(
                        regionCode, opensOn, closesOn, leaseStart, caller.accountId(), now());
        em.persist(window);
        em.flush();
        audit.record(
                caller,
                "lease.window.opened",
                Subject.of("lease-window", window.id(), regionCode),
                opensOn + "–" + closesOn + " for " + leaseStart);
        return view(window);
    }

    /** Windows of a region (or all), latest first. */
    public List<WindowView> windows(String regionCode) {
        return em
                .createQuery(
                        "SELECT w FROM LeaseWindow w WHERE (:region IS NULL OR w.regionCode = :region) ORDER BY w.opensOn DESC, w.id DESC",
                        LeaseWindow.class)
                .setParameter("region", regionCode)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    // --- applying

    /** Saves a new application as a draft, or submits it at once. */
    public LeaseView apply(Caller caller, LeaseForm form) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        Ngo ngo = form.getNgoId() == null ? null : em.find(Ngo.class, form.getNgoId());
        if (ngo == null || !caller.represents(ngo.id())) {
            throw Refusal.invalid("ngoId", "lease.problem.ngo");
        }
        House house = form.getHouseId() == null ? null : em.find(House.class, form.getHouseId());
        if (house == null || !house.isOpen()) {
            throw Refusal.invalid("houseId", "lease.problem.house");
        }
        LeaseWindow window = openWindow(house);
        Fields f = fields(form, house, window);
        if (form.getRenewalOf() != null) {
            Lease renewed = em.find(Lease.class, form.getRenewalOf());
            if (renewed == null
                    || !renewed.ngo().id().equals(ngo.id())
                    || !renewed.house().id().equals(house.id())) {
                throw Refusal.invalid("renewalOf", "lease.problem.renewal");
            }
        }
        Lease lease =
                new Lease(
                        window,
                        ngo,
                        house,
                        f.office,
                        f.years,
                        f.purpose,
                        f.staff,
                        form.getRenewalOf(),
                        caller.accountId(),
                        now());
        refuseDuplicate(lease);
        em.persist(lease);
        em.flush();
        audit.record(
                caller,
                "lease.drafted",
                Subject.of("lease", lease.id(), house.region().code()),
                describe(lease));
        if (form.isSubmit()) {
            return submit(caller, lease.id());
        }
        return LeaseView.of(lease);
    }

    /** Changes a draft. */
    public LeaseView change(Caller caller, long id, LeaseForm form) {
        Lease lease = leaseForNgo(caller, id);
        if (lease.status() != LeaseStatus.DRAFT) {
            throw Refusal.conflict("lease-state", "lease.problem.notDraft");
        }
        Fields f = fields(form, lease.house(), lease.window());
        lease.change(f.office, f.years, f.purpose, f.staff);
        audit.record(
                caller,
                "lease.changed",
                Subject.of("lease", id, lease.house().region().code()),
                describe(lease));
        return LeaseView.of(lease);
    }

    /** Sends a draft for review: inside its window, by an eligible NGO, once per House. */
    public LeaseView submit(Caller caller, long id) {
        Lease lease = leaseForNgo(caller, id);
        lockNgo(lease);
        if (lease.status() != LeaseStatus.DRAFT) {
            throw Refusal.conflict("lease-state", "lease.problem.notDraft");
        }
        if (!lease.window().isOpenOn(today())) {
            throw windowClosed(lease.window());
        }
        if (!ngos.isEligible(lease.ngo().id())) {
            throw Refusal.invalid("ngoId", "lease.problem.ineligible");
        }
        refuseSecondLease(lease);
        refuseDuplicate(lease);
        lease.submit(now());
        audit.record(
                caller,
                "lease.submitted",
                Subject.of("lease", id, lease.house().region().code()),
                null);
        tellNgo(lease, "mail.lease.submitted", null, null);
        tellStaff(lease, Role.HOUSE_MANAGER, "mail.lease.toReview");
        return LeaseView.of(lease);
    }

    /** The NGO takes its application back, until it is decided. */
    public LeaseView withdraw(Caller caller, long id) {
        Lease lease = leaseForNgo(caller, id);
        if (!lease.status().mayBecome(LeaseStatus.WITHDRAWN)) {
            throw Refusal.conflict("lease-state", "lease.problem.decided");
        }
        lease.withdraw();
        audit.record(
                caller,
                "lease.withdrawn",
                Subject.of("lease", id, lease.house().region().code()),
                null);
        tellNgo(lease, "mail.lease.withdrawn", null, null);
        return LeaseView.of(lease);
    }

    // --- review and decision

    public LeaseView recommend(Caller caller, long id, String text, Long version) {
        Lease lease = lease(id);
        AccessPolicy.require(caller, Action.RECOMMEND_LEASE, scope(lease));
        InputCheck.start().text("recommendation", text, 2000).orRefuse();
        checkVersion(lease, version);
        if (lease.status() != LeaseStatus.SUBMITTED) {
            throw Refusal.conflict("lease-state", "lease.problem.notSubmitted");
        }
        lease.recommend(text.strip(), caller.accountId(), now());
        flushOrStale();
        audit.record(
                caller,
                "lease.recommended",
                Subject.of("lease", id, lease.house().region().code()),
                text.strip());
        tellStaff(lease, Role.AKIMAT_APPROVER, "mail.lease.recommended");
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
        Lease lease = lease(id);
        AccessPolicy.require(caller, Action.DECIDE_LEASE, scope(lease));
        InputCheck.start()
                .text("councilNumber", councilNumber, 60)
                .present("councilDate", councilDate)
                .orRefuse();
        InputCheck.start()
                .when(councilDate.isAfter(today()), "councilDate", "lease.problem.councilDate")
                .orRefuse();
        checkVersion(lease, version);
        if (lease.status() != LeaseStatus.UNDER_REVIEW) {
            throw Refusal.conflict(
                    "lease-state",
                    lease.status() == LeaseStatus.SUBMITTED
                            ? "lease.problem.notReviewed"
                            : "lease.problem.decided");
        }
        Long wanted = lease.office() != null ? lease.office().id() : officeId;
        if (wanted == null) {
            throw Refusal.invalid("officeId", "lease.problem.chooseOffice");
        }
        Office office = em.find(Office.class, wanted, LockModeType.PESSIMISTIC_WRITE);
        if (office == null
                || !office.isActive()
                || !office.house().id().equals(lease.house().id())
                || office.availableFrom().isAfter(lease.startsOn())) {
            throw Refusal.invalid("officeId", "lease.problem.office");
        }
        lockNgo(lease);
        em.refresh(lease);
        checkVersion(lease, version);
        if (lease.status() != LeaseStatus.UNDER_REVIEW) {
            // Decided by someone else while this approval waited for the office's lock.
            throw Refusal.conflict("lease-stale", "lease.problem.stale");
        }
        if (!ngos.isEligible(lease.ngo().id())) {
            throw Refusal.invalid("ngoId", "lease.problem.ineligible");
        }
        refuseSecondLease(lease);
        if (!holdersOf(office, lease.startsOn(), lease.endsOn()).isEmpty()) {
            throw Refusal.conflict("office-taken", "lease.problem.officeTaken");
        }
        int percent = subsidyPercent(lease.house().region().code());
        lease.approve(
                office, councilNumber.strip(), councilDate, percent, caller.accountId(), now());
        flushOrStale();
        for (LeaseTerms.Month m :
                LeaseTerms.schedule(
                        lease.startsOn(), lease.endsOn(), lease.monthlyRent(), percent)) {
            em.persist(
                    new LeasePayment(
                            lease.id(), m.month().atDay(1), m.market(), m.payment(), m.subsidy()));
        }
        audit.record(
                caller,
                "lease.approved",
                Subject.of("lease", id, lease.house().region().code()),
                "office " + office.id() + "; council " + councilNumber.strip() + " " + councilDate);
        for (Lease other : competitorsFor(office, lease)) {
            other.reject(null, caller.accountId(), lease.id(), now());
            audit.record(
                    caller,
                    "lease.closed",
                    Subject.of("lease", other.id(), other.house().region().code()),
                    "office given to lease " + lease.id());
            tellNgo(other, "mail.lease.closed", null, null);
        }
        holdHourlyRoom(lease, office);
        tellNgo(lease, "mail.lease.approved", null, null);
        return LeaseView.of(lease);
    }

    public LeaseView reject(Caller caller, long id, String reason, Long version) {
        Lease lease = lease(id);
        AccessPolicy.require(caller, Action.DECIDE_LEASE, scope(lease));
        InputCheck.start().text("reason", reason, 2000).orRefuse();
        checkVersion(lease, version);
        if (!LeaseStatus.OPEN.contains(lease.status())) {
            throw Refusal.conflict("lease-state", "lease.problem.decided");
        }
        lease.reject(reason.strip(), caller.accountId(), null, now());
        flushOrStale();
        audit.record(
                caller,
                "lease.rejected",
                Subject.of("lease", id, lease.house().region().code()),
                reason.strip());
        tellNgo(lease, "mail.lease.rejected", reason.strip(), null);
        return LeaseView.of(lease);
    }

    /** Ends an approved or active lease early: the schedule after it and the room hold shrink. */
    public LeaseView terminate(Caller caller, long id, LocalDate on, String reason) {
        Lease lease = lease(id);
        AccessPolicy.require(caller, Action.DECIDE_LEASE, scope(lease));
        InputCheck.start().present("on", on).text("reason", reason, 2000).orRefuse();
        if (!LeaseStatus.HOLDING.contains(lease.status())) {
            throw Refusal.conflict("lease-state", "lease.problem.notHolding");
        }
        InputCheck.start()
                .when(
                        on.isBefore(today()) || on.isAfter(lease.endsOn()),
                        "on",
                        "lease.problem.terminationDate")
                .orRefuse();
        lease.terminate(on, reason.strip());
        em.createQuery("DELETE FROM LeasePayment p WHERE p.leaseId = :lease AND p.month > :last")
                .setParameter("lease", lease.id())
                .setParameter("last", on.withDayOfMonth(1))
                .executeUpdate();
        em.createQuery("DELETE FROM Blackout b WHERE b.leaseId = :lease")
                .setParameter("lease", lease.id())
                .executeUpdate();
        if (lease.office().hourlyRoom() != null && !on.isBefore(lease.startsOn())) {
            em.persist(hold(lease, lease.office(), lease.startsOn(), on));
        }
        audit.record(
                caller,
                "lease.terminated",
                Subject.of("lease", id, lease.house().region().code()),
                on + ": " + reason.strip());
        tellNgo(lease, "mail.lease.terminated", reason.strip(), on);
        return LeaseView.of(lease);
    }

    // --- reading

    public LeaseView details(Caller caller, long id) {
        Lease lease = lease(id);
        AccessPolicy.require(caller, Action.VIEW_LEASE, scope(lease));
        return LeaseView.of(lease);
    }

    /** The applications and leases of the caller's NGOs. */
    public List<LeaseView> mine(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        if (caller.ngos().isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT l FROM Lease l JOIN FETCH l.ngo JOIN FETCH l.house WHERE l.ngo.id IN :ngos ORDER BY l.createdAt DESC, l.id DESC",
                        Lease.class)
                .setParameter("ngos", caller.ngos())
                .getResultList()
                .stream()
                .map(LeaseView::of)
                .toList();
    }

    /**
     * What staff see: applications and leases of the Houses they manage and the regions they
     * approve in (everything for administrators), open ones first.
     */
    public List<LeaseView> queue(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        if (!caller.isStaff()) {
            throw Refusal.forbidden();
        }
        return em
                .createQuery(
                        "SELECT l FROM Lease l JOIN FETCH l.ngo JOIN FETCH l.house h WHERE l.status <> :draft ORDER BY l.submittedAt DESC, l.id DESC",
                        Lease.class)
                .setParameter("draft", LeaseStatus.DRAFT)
                .setMaxResults(2000)
                .getResultList()
                .stream()
                .filter(l -> AccessPolicy.may(caller, Action.VIEW_LEASE, staffScope(l)))
                .sorted(
                        java.util.Comparator.comparing(
                                (Lease l) -> !LeaseStatus.OPEN.contains(l.status())))
                .map(LeaseView::of)
                .toList();
    }

    /**
     * The application and every open one competing with it for the same office (an "any office"
     * application competes with all of its House's), with the facts a fair choice rests on.
     */
    public List<Contender> competition(Caller caller, long id) {
        Lease lease = lease(id);
        AccessPolicy.require(caller, Action.VIEW_LEASE, staffScope(lease));
        if (!caller.isStaff()) {
            throw Refusal.forbidden();
        }
        List<Lease> all =
                em.createQuery(
                                "SELECT l FROM Lease l JOIN FETCH l.ngo WHERE l.house = :house AND l.window = :window AND l.status IN :open ORDER BY l.submittedAt, l.id",
                                Lease.class)
                        .setParameter("house", lease.house())
                        .setParameter("window", lease.window())
                        .setParameter("open", LeaseStatus.OPEN)
                        .getResultList();
        List<Contender> contenders = new ArrayList<>();
        contenders.add(contender(lease));
        for (Lease other : all) {
            boolean competes =
                    lease.office() == null
                            || other.office() == null
                            || other.office().id().equals(lease.office().id());
            if (!other.id().equals(lease.id()) && competes) {
                contenders.add(contender(other));
            }
        }
        return contenders;
    }

    public List<LeaseTerms.Month> schedule(Caller caller, long id) {
        Lease lease = lease(id);
        AccessPolicy.require(caller, Action.VIEW_LEASE, scope(lease));
        return em
                .createQuery(
                        "SELECT p FROM LeasePayment p WHERE p.leaseId = :lease ORDER BY p.month",
                        LeasePayment.class)
                .setParameter("lease", id)
                .getResultList()
                .stream()
                .map(
                        p ->
                                new LeaseTerms.Month(
                                        java.time.YearMonth.from(p.month()),
                                        p.market(),
                                        p.payment(),
                                        p.subsidy()))
                .toList();
    }

    /** The lease summary, in the language asked for (the NGO's, by default its first one's). */
    public byte[] summary(Caller caller, long id, Language language) {
        Lease lease = lease(id);
        AccessPolicy.require(caller, Action.VIEW_LEASE, scope(lease));
        if (!LeaseStatus.HOLDING.contains(lease.status())
                && lease.status() != LeaseStatus.ENDED
                && lease.status() != LeaseStatus.TERMINATED) {
            throw Refusal.conflict("lease-state", "lease.problem.noSummary");
        }
        return summaryPdf(lease, language.locale());
    }

    /** An office on a House's calendar: leased (to whom, until when) or free to lease. */
    public record OfficeState(
            long officeId,
            LocalizedText name,
            BigDecimal areaSquareMetres,
            LocalizedText leasedTo,
            LocalDate leasedUntil)
            implements Serializable {}

    /** The House's offices on a day, each with the lease that holds it then, if any. */
    public List<OfficeState> officesOn(long houseId, LocalDate day) {
        List<Lease> holding =
                em
                        .createQuery(
                                "SELECT l FROM Lease l JOIN FETCH l.ngo WHERE l.house.id = :house AND l.status IN :holding AND l.startsOn <= :day",
                                Lease.class)
                        .setParameter("house", houseId)
                        .setParameter("holding", LeaseStatus.OCCUPYING)
                        .setParameter("day", day)
                        .getResultList()
                        .stream()
                        .filter(l -> !l.lastDay().isBefore(day))
                        .toList();
        return em
                .createQuery(
                        "SELECT o FROM Office o WHERE o.house.id = :house AND o.status = kz.housesofdemocracy.premises.entity.Room.Status.ACTIVE ORDER BY o.floor, o.id",
                        Office.class)
                .setParameter("house", houseId)
                .getResultList()
                .stream()
                .map(
                        o -> {
                            Lease l =
                                    holding.stream()
                                            .filter(x -> x.office().id().equals(o.id()))
                                            .findFirst()
                                            .orElse(null);
                            return new OfficeState(
                                    o.id(),
                                    o.name(),
                                    o.areaSquareMetres(),
                                    l == null ? null : l.ngo().name(),
                                    l == null ? null : l.lastDay());
                        })
                .toList();
    }

    // --- the passing of time

    /**
     * Approved leases whose first day has come become active; active ones past their last day end.
     * Run by the timer once a minute with the real day, by tests with any.
     */
    public int activateAndEnd(LocalDate today) {
        int changed = 0;
        for (Lease lease :
                em.createQuery(
                                "SELECT l FROM Lease l WHERE (l.status = :approved AND l.startsOn <= :today) OR (l.status = :active AND l.endsOn < :today)",
                                Lease.class)
                        .setParameter("approved", LeaseStatus.APPROVED)
                        .setParameter("active", LeaseStatus.ACTIVE)
                        .setParameter("today", today)
                        .getResultList()) {
            if (lease.status() == LeaseStatus.APPROVED) {
                lease.activate();
                if (lease.endsOn().isBefore(today)) {
                    lease.end();
                }
            } else {
                lease.end();
            }
            audit.record(
                    null,
                    null,
                    "lease." + lease.status().name().toLowerCase(Locale.ROOT),
                    Subject.of("lease", lease.id(), lease.house().region().code()),
                    today.toString());
            changed++;
        }
        return changed;
    }

    // --- the subsidy share

    /** A region's share, for people asking about it: an unknown region is "not found". */
    public int subsidyPercentOf(String regionCode) {
        if (regionCode == null || em.find(Region.class, regionCode) == null) {
            throw Refusal.notFound("lease.problem.region", String.valueOf(regionCode));
        }
        return subsidyPercent(regionCode);
    }

    public int subsidyPercent(String regionCode) {
        LeaseSubsidy subsidy = em.find(LeaseSubsidy.class, regionCode);
        return subsidy == null ? 50 : subsidy.percent();
    }

    public int setSubsidyPercent(Caller caller, String regionCode, Integer percent) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        if (regionCode == null || em.find(Region.class, regionCode) == null) {
            throw Refusal.notFound("lease.problem.region", String.valueOf(regionCode));
        }
        InputCheck.start().present("percent", percent).orRefuse();
        InputCheck.start()
                .when(percent < 0 || percent > 100, "percent", "validation.percent")
                .orRefuse();
        LeaseSubsidy subsidy = em.find(LeaseSubsidy.class, regionCode);
        if (subsidy == null) {
            em.persist(new LeaseSubsidy(regionCode, percent));
        } else {
            subsidy.set(percent);
        }
        audit.record(
                caller, "lease.subsidy", Subject.of("region", null, regionCode), percent + " %");
        return percent;
    }

    // --- helpers

    private record Fields(Office office, int years, String purpose, int staff) {}

    private Fields fields(LeaseForm form, House house, LeaseWindow window) {
        InputCheck check =
                InputCheck.start()
                        .present("years", form.getYears())
                        .present("staffCount", form.getStaffCount())
                        .text("purpose", form.getPurpose(), 4000);
        check.orRefuse();
        InputCheck.start()
                .when(
                        form.getYears() < LeaseTerms.SHORTEST_YEARS
                                || form.getYears() > LeaseTerms.LONGEST_YEARS,
                        "years",
                        "lease.problem.years")
                .when(
                        form.getStaffCount() < 1 || form.getStaffCount() > 500,
                        "staffCount",
                        "lease.problem.staff")
                .when(form.getPurpose().strip().length() < 20, "purpose", "lease.problem.purpose")
                .when(
                        form.getStartsOn() != null
                                && !LeaseTerms.startsOnFirstOfJanuary(form.getStartsOn()),
                        "startsOn",
                        "lease.problem.january")
                .orRefuse();
        if (form.getStartsOn() != null && !form.getStartsOn().equals(window.leaseStart())) {
            throw Refusal.invalid("startsOn", "lease.problem.start", window.leaseStart());
        }
        Office office = null;
        if (form.getOfficeId() != null) {
            office = em.find(Office.class, form.getOfficeId());
            if (office == null
                    || !office.isActive()
                    || !office.house().id().equals(house.id())
                    || office.availableFrom().isAfter(window.leaseStart())) {
                throw Refusal.invalid("officeId", "lease.problem.office");
            }
        }
        return new Fields(office, form.getYears(), form.getPurpose().strip(), form.getStaffCount());
    }

    /** The window open today for a House's region; none open is a refusal naming the next. */
    private LeaseWindow openWindow(House house) {
        List<LeaseWindow> windows =
                em.createQuery(
                                "SELECT w FROM LeaseWindow w WHERE w.regionCode = :region ORDER BY w.opensOn",
                                LeaseWindow.class)
                        .setParameter("region", house.region().code())
                        .getResultList();
        LocalDate today = today();
        return windows.stream()
                .filter(w -> w.isOpenOn(today))
                .findFirst()
                .orElseThrow(
                        () ->
                                windows.stream()
                                        .filter(w -> w.opensOn().isAfter(today))
                                        .findFirst()
                                        .map(this::windowClosed)
                                        .orElse(
                                                Refusal.invalid(
                                                        "houseId", "lease.problem.noWindow")));
    }

    private Refusal windowClosed(LeaseWindow window) {
        return Refusal.invalid(
                "houseId", "lease.problem.window", window.opensOn(), window.closesOn());
    }

    /** An NGO holds at most one office per House: refused while another lease holds one. */
    private void refuseSecondLease(Lease lease) {
        boolean holds =
                em
                        .createQuery(
                                "SELECT l FROM Lease l WHERE l.ngo = :ngo AND l.house = :house AND l.status IN :holding AND l.id <> :self",
                                Lease.class)
                        .setParameter("ngo", lease.ngo())
                        .setParameter("house", lease.house())
                        .setParameter("holding", LeaseStatus.OCCUPYING)
                        .setParameter("self", lease.id() == null ? -1L : lease.id())
                        .getResultList()
                        .stream()
                        .anyMatch(
                                other ->
                                        !other.id().equals(lease.renewalOf())
                                                && !other.lastDay().isBefore(lease.startsOn()));
        if (holds) {
            throw Refusal.conflict("second-lease", "lease.problem.secondLease");
        }
        if (lease.renewalOf() != null) {
            Lease renewed = em.find(Lease.class, lease.renewalOf());
            if (renewed == null
                    || !renewed.ngo().id().equals(lease.ngo().id())
                    || !renewed.house().id().equals(lease.house().id())
                    || !LeaseStatus.HOLDING.contains(renewed.status())
                    || !renewed.endsOn().plusDays(1).equals(lease.startsOn())) {
                throw Refusal.invalid("renewalOf", "lease.problem.renewal");
            }
        }
    }

    /** One application per NGO, House and window at a time. */
    private void refuseDuplicate(Lease lease) {
        long others =
                em.createQuery(
                                "SELECT COUNT(l) FROM Lease l WHERE l.ngo = :ngo AND l.house = :house AND l.window = :window AND l.status IN :live AND l.id <> :self",
                                Long.class)
                        .setParameter("ngo", lease.ngo())
                        .setParameter("house", lease.house())
                        .setParameter("window", lease.window())
                        .setParameter(
                                "live",
                                List.of(
                                        LeaseStatus.DRAFT,
                                        LeaseStatus.SUBMITTED,
                                        LeaseStatus.UNDER_REVIEW))
                        .setParameter("self", lease.id() == null ? -1L : lease.id())
                        .getSingleResult();
        if (others > 0) {
            throw Refusal.conflict("lease-duplicate", "lease.problem.alreadyApplied");
        }
    }

    /** Leases that hold an office during any part of a term. */
    private List<Lease> holdersOf(Office office, LocalDate from, LocalDate to) {
        return em
                .createQuery(
                        "SELECT l FROM Lease l WHERE l.office = :office AND l.status IN :holding",
                        Lease.class)
                .setParameter("office", office)
                .setParameter("holding", LeaseStatus.OCCUPYING)
                .getResultList()
                .stream()
                .filter(l -> !l.startsOn().isAfter(to) && !l.lastDay().isBefore(from))
                .toList();
    }

    /** Open applications for the same office whose terms overlap: closed when one is approved. */
    private List<Lease> competitorsFor(Office office, Lease approved) {
        return em
                .createQuery(
                        "SELECT l FROM Lease l WHERE l.office = :office AND l.status IN :open AND l.id <> :self",
                        Lease.class)
                .setParameter("office", office)
                .setParameter("open", LeaseStatus.OPEN)
                .setParameter("self", approved.id())
                .getResultList()
                .stream()
                .filter(
                        l ->
                                !l.startsOn().isAfter(approved.endsOn())
                                        && !l.endsOn().isBefore(approved.startsOn()))
                .toList();
    }

    /**
     * While leased, the office's hourly room is closed: bookings in the way are displaced with
     * notice and alternatives, like an event's, and a blackout holds the room for the term.
     */
    private void holdHourlyRoom(Lease lease, Office office) {
        if (office.hourlyRoom() == null) {
            return;
        }
        Blackout hold = hold(lease, office, lease.startsOn(), lease.endsOn());
        displacements.displace(
                office.hourlyRoom().id(),
                hold.startsAt(),
                hold.endsAt(),
                hold.label(),
                "lease " + lease.id(),
                "mail.booking.leased",
                Set.of(office.hourlyRoom().id()));
        em.persist(hold);
    }

    private Blackout hold(Lease lease, Office office, LocalDate first, LocalDate last) {
        ZoneId zone = office.house().timeZone();
        // A blackout's label holds 300 characters; a long NGO name is cut, not refused.
        LocalizedText label =
                LocalizedText.of(
                        locale -> {
                            String text =
                                    Messages.get(
                                            locale, "lease.hold", lease.ngo().name().in(locale));
                            return text.length() > 300 ? text.substring(0, 299) + "…" : text;
                        });
        return Blackout.forLease(
                office.house(),
                office.hourlyRoom(),
                first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(),
                lease.id(),
                label,
                now());
    }

    private Contender contender(Lease l) {
        Ngo ngo = l.ngo();
        Instant now = now();
        long bookings =
                em.createQuery(
                                "SELECT COUNT(b) FROM Booking b WHERE b.ngo = :ngo AND b.startsAt >= :since AND b.startsAt < :now AND b.status IN :held",
                                Long.class)
                        .setParameter("ngo", ngo)
                        .setParameter("since", now.minus(java.time.Duration.ofDays(365)))
                        .setParameter("now", now)
                        .setParameter(
                                "held",
                                List.of(
                                        kz.housesofdemocracy.bookings.entity.BookingStatus
                                                .CONFIRMED,
                                        kz.housesofdemocracy.bookings.entity.BookingStatus.NO_SHOW))
                        .getSingleResult();
        boolean holds =
                em.createQuery(
                                        "SELECT COUNT(x) FROM Lease x WHERE x.ngo = :ngo AND x.status IN :holding",
                                        Long.class)
                                .setParameter("ngo", ngo)
                                .setParameter("holding", LeaseStatus.HOLDING)
                                .getSingleResult()
                        > 0;
        return new Contender(
                LeaseView.of(l),
                ngos.isEligible(ngo.id()),
                holds,
                bookings,
                attendance.noShowPercent(ngo.id()),
                ngo.youthLed(),
                ngo.languages().stream().map(Enum::name).sorted().toList(),
                ngo.areas().stream().map(ActivityArea::name).toList());
    }

    private Lease lease(long id) {
        Lease lease = em.find(Lease.class, id);
        if (lease == null) {
            throw Refusal.notFound("lease.notFound", Long.toString(id));
        }
        return lease;
    }

    /** A lease the caller acts on for its NGO: only its representatives may. */
    private Lease leaseForNgo(Caller caller, long id) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        Lease lease = em.find(Lease.class, id);
        if (lease == null) {
            throw Refusal.notFound("lease.notFound", Long.toString(id));
        }
        AccessPolicy.require(caller, Action.ACT_FOR_NGO, scope(lease));
        return lease;
    }

    private void lockNgo(Lease lease) {
        em.find(Ngo.class, lease.ngo().id(), LockModeType.PESSIMISTIC_WRITE);
    }

    private static Scope scope(Lease lease) {
        return Scope.booking(lease.house().id(), lease.house().region().code(), lease.ngo().id());
    }

    /** For staff lists: without the NGO, so that representing it does not hide it from staff. */
    private static Scope staffScope(Lease lease) {
        return Scope.house(lease.house().id(), lease.house().region().code());
    }

    private static void checkVersion(Lease lease, Long version) {
        if (version != null && version != lease.version()) {
            throw Refusal.conflict("lease-stale", "lease.problem.stale");
        }
    }

    private void flushOrStale() {
        try {
            em.flush();
        } catch (OptimisticLockException stale) {
            throw Refusal.conflict("lease-stale", "lease.problem.stale");
        }
    }

    private WindowView view(LeaseWindow w) {
        return new WindowView(
                w.id(),
                w.regionCode(),
                w.opensOn(),
                w.closesOn(),
                w.leaseStart(),
                w.isOpenOn(today()));
    }

    private LocalDate today() {
        return Clocks.today(clock);
    }

    private Instant now() {
        return clock.instant();
    }

    private static String describe(Lease l) {
        return "ngo "
                + l.ngo().id()
                + ", house "
                + l.house().id()
                + ", office "
                + (l.office() == null ? "any" : l.office().id())
                + ", "
                + l.years()
                + " y from "
                + l.startsOn()
                + ", staff "
                + l.staffCount();
    }

    // --- telling

    private List<Account> representatives(Lease lease) {
        return em
                .createQuery(
                        "SELECT r FROM NgoRepresentative r JOIN FETCH r.account WHERE r.ngo = :ngo",
                        NgoRepresentative.class)
                .setParameter("ngo", lease.ngo())
                .getResultList()
                .stream()
                .map(NgoRepresentative::account)
                .toList();
    }

    /**
     * Mails the NGO's representatives in their language: subject arguments {0} office, {1} House;
     * body {0} name, {1} office, {2} House, {3} term, {4} money, {5} reason or council decision,
     * {6} link, {7} a date.
     */
    private void tellNgo(Lease lease, String key, String reason, LocalDate date) {
        java.util.Map<Locale, byte[]> pdfs = new java.util.HashMap<>(); // one per language
        for (Account to : representatives(lease)) {
            Locale locale = to.language().locale();
            OutgoingMail.Attachment pdf =
                    "mail.lease.approved".equals(key)
                            ? OutgoingMail.Attachment.binary(
                                    "lease-" + lease.id() + ".pdf",
                                    "application/pdf",
                                    pdfs.computeIfAbsent(locale, l -> summaryPdf(lease, l)))
                            : null;
            mail.fire(
                    new OutgoingMail(
                            to.email(),
                            Messages.get(
                                    locale,
                                    key + ".subject",
                                    office(lease, locale),
                                    lease.house().name().in(locale)),
                            Messages.get(
                                    locale,
                                    key + ".body",
                                    to.displayName(),
                                    office(lease, locale),
                                    lease.house().name().in(locale),
                                    lease.startsOn() + " – " + lease.endsOn(),
                                    lease.monthlyPayment() == null
                                            ? ""
                                            : Amounts.money(lease.monthlyPayment(), locale),
                                    reason != null
                                            ? reason
                                            : lease.councilNumber() == null
                                                    ? ""
                                                    : lease.councilNumber()
                                                            + ", "
                                                            + lease.councilDate(),
                                    address.link("/ngo/lease.xhtml?id=" + lease.id()),
                                    date == null ? "" : date.toString()),
                            now(),
                            pdf));
        }
    }

    /** Mails the House's managers or the region's approvers that an application waits for them. */
    private void tellStaff(Lease lease, Role role, String key) {
        List<Account> staff =
                role == Role.HOUSE_MANAGER
                        ? em.createQuery(
                                        "SELECT g.account FROM RoleGrant g WHERE g.role = :role AND g.house = :house",
                                        Account.class)
                                .setParameter("role", role)
                                .setParameter("house", lease.house())
                                .getResultList()
                        : em.createQuery(
                                        "SELECT g.account FROM RoleGrant g WHERE g.role = :role AND g.region = :region",
                                        Account.class)
                                .setParameter("role", role)
                                .setParameter("region", lease.house().region())
                                .getResultList();
        for (Account to : new LinkedHashSet<>(staff)) {
            Locale locale = to.language().locale();
            mail.fire(
                    new OutgoingMail(
                            to.email(),
                            Messages.get(
                                    locale,
                                    key + ".subject",
                                    lease.ngo().name().in(locale),
                                    lease.house().name().in(locale)),
                            Messages.get(
                                    locale,
                                    key + ".body",
                                    to.displayName(),
                                    lease.ngo().name().in(locale),
                                    office(lease, locale),
                                    lease.house().name().in(locale),
                                    lease.startsOn() + " – " + lease.endsOn(),
                                    address.link("/staff/leases.xhtml?id=" + lease.id())),
                            now()));
        }
    }

    private static String office(Lease lease, Locale locale) {
        return lease.office() == null
                ? Messages.get(locale, "lease.anyOffice")
                : lease.office().name().in(locale);
    }

    private byte[] summaryPdf(Lease lease, Locale locale) {
        List<LeaseSummaryPdf.Fact> facts = new ArrayList<>();
        facts.add(
                new LeaseSummaryPdf.Fact(
                        Messages.get(locale, "lease.pdf.number"), "#" + lease.id()));
        facts.add(
                new LeaseSummaryPdf.Fact(
                        Messages.get(locale, "lease.ngo"), lease.ngo().name().in(locale)));
        facts.add(
                new LeaseSummaryPdf.Fact(
                        Messages.get(locale, "ngo.bin"),
                        lease.ngo().bin() == null ? null : lease.ngo().bin().toString()));
        facts.add(
                new LeaseSummaryPdf.Fact(
                        Messages.get(locale, "lease.house"), lease.house().place(locale)));
        facts.add(
                new LeaseSummaryPdf.Fact(
                        Messages.get(locale, "lease.office"),
                        office(lease, locale)
                                + (lease.office() == null
                                        ? ""
                                        : " ("
                                                + lease.office()
                                                        .areaSquareMetres()
                                                        .stripTrailingZeros()
                                                        .toPlainString()
                                                + " m²)")));
        facts.add(
                new LeaseSummaryPdf.Fact(
                        Messages.get(locale, "lease.term"),
                        lease.startsOn() + " – " + lease.lastDay()));
        facts.add(
                new LeaseSummaryPdf.Fact(
                        Messages.get(locale, "lease.rent"),
                        Amounts.money(lease.monthlyRent(), locale)));
        facts.add(
                new LeaseSummaryPdf.Fact(
                        Messages.get(locale, "lease.subsidyShare"), lease.subsidyPercent() + " %"));
        facts.add(
                new LeaseSummaryPdf.Fact(
                        Messages.get(locale, "lease.payment"),
                        Amounts.money(lease.monthlyPayment(), locale)));
        facts.add(
                new LeaseSummaryPdf.Fact(
                        Messages.get(locale, "lease.council"),
                        lease.councilNumber() + ", " + lease.councilDate()));
        if (lease.terminatedOn() != null) {
            facts.add(
                    new LeaseSummaryPdf.Fact(
                            Messages.get(locale, "lease.terminatedOn"),
                            lease.terminatedOn() + ": " + lease.terminationReason()));
        }
        List<List<String>> rows = new ArrayList<>();
        BigDecimal payments = BigDecimal.ZERO;
        BigDecimal subsidies = BigDecimal.ZERO;
        for (LeasePayment p :
                em.createQuery(
                                "SELECT p FROM LeasePayment p WHERE p.leaseId = :lease ORDER BY p.month",
                                LeasePayment.class)
                        .setParameter("lease", lease.id())
                        .getResultList()) {
            rows.add(
                    List.of(
                            p.month().toString().substring(0, 7),
                            Amounts.money(p.market(), locale),
                            Amounts.money(p.payment(), locale),
                            Amounts.money(p.subsidy(), locale)));
            payments = payments.add(p.payment());
            subsidies = subsidies.add(p.subsidy());
        }
        rows.add(
                List.of(
                        Messages.get(locale, "lease.pdf.total"),
                        "",
                        Amounts.money(payments, locale),
                        Amounts.money(subsidies, locale)));
        return LeaseSummaryPdf.render(
                Messages.get(locale, "lease.pdf.title"),
                facts,
                Messages.get(locale, "lease.schedule"),
                List.of(
                        Messages.get(locale, "lease.month"),
                        Messages.get(locale, "lease.market"),
                        Messages.get(locale, "lease.payment"),
                        Messages.get(locale, "lease.subsidy")),
                rows);
    }
}
