package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.leases.entity.LeaseWindow;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The application windows of the regions: which one is open, which overlap, how they read. */
@ApplicationScoped
public class LeaseWindows {

    @PersistenceContext private EntityManager em;

    /** An application window as people see it. */
    @Schema(
            description =
                    "The days in which a region's NGOs apply for offices, for leases from the"
                            + " next 1 January.")
    public record WindowView(
            long id,
            @Schema(description = "The region (ISO 3166-2 code).", example = "KZ-75")
                    String regionCode,
            @Schema(description = "First day NGOs may submit (ISO date).") LocalDate opensOn,
            @Schema(description = "Last day NGOs may submit (ISO date).") LocalDate closesOn,
            @Schema(description = "The 1 January the leases applied for begin (ISO date).")
                    LocalDate leaseStart,
            @Schema(description = "Whether NGOs may submit today.") boolean open)
            implements Serializable {}

    /** The dates a new window's form starts with. */
    public record WindowDates(LocalDate opensOn, LocalDate closesOn, LocalDate leaseStart)
            implements Serializable {}

    /** A window opening today for a month (closing before the next 1 January, its lease start). */
    public static WindowDates proposedOn(LocalDate today) {
        LocalDate leaseStart = LocalDate.of(today.getYear() + 1, 1, 1);
        LocalDate inAMonth = today.plusMonths(1);
        return new WindowDates(
                today,
                inAMonth.isBefore(leaseStart) ? inAMonth : leaseStart.minusDays(1),
                leaseStart);
    }

    public static WindowView view(LeaseWindow w, LocalDate today) {
        return new WindowView(
                w.id(),
                w.regionCode(),
                w.opensOn(),
                w.closesOn(),
                w.leaseStart(),
                w.isOpenOn(today));
    }

    /** Windows of a region (or all), latest first. */
    public List<WindowView> list(String regionCode, LocalDate today) {
        return em
                .createQuery(
                        "SELECT w FROM LeaseWindow w WHERE (:region IS NULL OR w.regionCode = :region) ORDER BY w.opensOn DESC, w.id DESC",
                        LeaseWindow.class)
                .setParameter("region", regionCode)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(w -> view(w, today))
                .toList();
    }

    /** The windows staff see: of regions they watch, all of them for House managers. */
    public static List<WindowView> seenBy(Caller caller, List<WindowView> windows) {
        return windows.stream()
                .filter(
                        w ->
                                AccessPolicy.may(
                                                caller,
                                                Action.VIEW_HOUSE_BOOKINGS,
                                                Scope.region(w.regionCode()))
                                        || caller.holds(Role.HOUSE_MANAGER))
                .toList();
    }

    /**
     * A window is opened in a known region; to someone who may open windows in no region, asking
     * about an unknown one is simply forbidden.
     */
    public void refuseUnknownRegion(Caller caller, String regionCode) {
        if (regionCode == null || em.find(Region.class, regionCode) == null) {
            if (!caller.holds(Role.NATIONAL_ADMIN) && !caller.holds(Role.AKIMAT_APPROVER)) {
                throw Refusal.forbidden();
            }
            throw Refusal.invalid("regionCode", "lease.window.problem.region");
        }
    }

    /** A region has one window at a time: a new one may not share a day with another. */
    public void refuseOverlap(LeaseWindow window) {
        boolean overlapping =
                em
                        .createQuery(
                                "SELECT w FROM LeaseWindow w WHERE w.regionCode = :region",
                                LeaseWindow.class)
                        .setParameter("region", window.regionCode())
                        .getResultList()
                        .stream()
                        .anyMatch(w -> w.overlaps(window.days()));
        if (overlapping) {
            throw Refusal.conflict("lease-window-overlap", "lease.window.problem.overlap");
        }
    }

    /** The window open today for a House's region; none open is a refusal naming the next. */
    public LeaseWindow openFor(House house, LocalDate today) {
        List<LeaseWindow> windows =
                em.createQuery(
                                "SELECT w FROM LeaseWindow w WHERE w.regionCode = :region ORDER BY w.opensOn",
                                LeaseWindow.class)
                        .setParameter("region", house.region().code())
                        .getResultList();
        return windows.stream()
                .filter(w -> w.isOpenOn(today))
                .findFirst()
                .orElseThrow(
                        () ->
                                windows.stream()
                                        .filter(w -> w.opensOn().isAfter(today))
                                        .findFirst()
                                        .map(LeaseWindow::closed)
                                        .orElse(
                                                Refusal.invalid(
                                                        "houseId", "lease.problem.noWindow")));
    }
}
