package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeaseWindow;

/** What happened to applications, leases, windows and shares, in the audit trail. */
@ApplicationScoped
public class LeaseAudit {

    @Inject private AuditTrail audit;

    public void record(Caller caller, String action, Lease lease, String detail) {
        audit.record(caller, action, subject(lease), detail);
    }

    /** A change of the application itself, with what it now asks for. */
    public void recordApplication(Caller caller, String action, Lease lease) {
        record(caller, action, lease, describe(lease));
    }

    /** A move by the calendar (activation, end), done by nobody on a day. */
    public void recordByCalendar(Lease lease, LocalDate today) {
        audit.record(
                null,
                null,
                "lease." + lease.status().name().toLowerCase(Locale.ROOT),
                subject(lease),
                today.toString());
    }

    public void recordWindow(Caller caller, LeaseWindow w) {
        audit.record(
                caller,
                "lease.window.opened",
                Subject.of("lease-window", w.id(), w.regionCode()),
                w.opensOn() + "–" + w.closesOn() + " for " + w.leaseStart());
    }

    public void recordSubsidy(Caller caller, String regionCode, int percent) {
        audit.record(
                caller, "lease.subsidy", Subject.of("region", null, regionCode), percent + " %");
    }

    private static Subject subject(Lease lease) {
        return Subject.of("lease", lease.id(), lease.house().region().code());
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
}
