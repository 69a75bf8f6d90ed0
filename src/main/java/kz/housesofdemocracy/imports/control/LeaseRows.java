package kz.housesofdemocracy.imports.control;

import static kz.housesofdemocracy.imports.control.LeaseRowsFields.BIN;
import static kz.housesofdemocracy.imports.control.LeaseRowsFields.COUNCIL_DATE;
import static kz.housesofdemocracy.imports.control.LeaseRowsFields.COUNCIL_NUMBER;
import static kz.housesofdemocracy.imports.control.LeaseRowsFields.ENDS_ON;
import static kz.housesofdemocracy.imports.control.LeaseRowsFields.MONTHLY_PAYMENT;
import static kz.housesofdemocracy.imports.control.LeaseRowsFields.OFFICE;
import static kz.housesofdemocracy.imports.control.LeaseRowsFields.PAID_AMOUNT;
import static kz.housesofdemocracy.imports.control.LeaseRowsFields.PAID_THROUGH;
import static kz.housesofdemocracy.imports.control.LeaseRowsFields.PURPOSE;
import static kz.housesofdemocracy.imports.control.LeaseRowsFields.STAFF;
import static kz.housesofdemocracy.imports.control.LeaseRowsFields.STARTS_ON;
import static kz.housesofdemocracy.imports.control.PlaceRows.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.imports.entity.ImportField;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.RowCheck;
import kz.housesofdemocracy.imports.entity.RowSummary;
import kz.housesofdemocracy.leases.control.LeaseAudit;
import kz.housesofdemocracy.leases.control.LeaseCompetition;
import kz.housesofdemocracy.leases.control.LeaseRoomHolds;
import kz.housesofdemocracy.leases.control.LeaseSchedules;
import kz.housesofdemocracy.leases.control.LeaseSubsidies;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeasePayment;
import kz.housesofdemocracy.leases.entity.LeaseStatus;
import kz.housesofdemocracy.leases.entity.LeaseTerms;
import kz.housesofdemocracy.leases.entity.LeaseWindow;
import kz.housesofdemocracy.ngos.control.EligibilityFacts;
import kz.housesofdemocracy.ngos.control.NgoQueries;
import kz.housesofdemocracy.ngos.entity.Bin;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;

/**
 * The leases already running in a House: each row an office of the importing House (by number or
 * name), an NGO (by BIN), a term of 1–3 years from 1 January, the council's decision and the
 * payments made so far. A lease is matched by office, NGO and first day. It is checked as an
 * application and its approval are ({@link Lease#running}, eligibility by {@link EligibilityFacts},
 * the office free and the NGO holding no other office here by {@link LeaseCompetition}), its money
 * is what the product computes (the office's rent, the region's subsidy share), and it is written
 * approved, then active or ended by the calendar, with its monthly schedule and the months paid so
 * far marked.
 */
@ApplicationScoped
public class LeaseRows implements RowKind {

    /** The staff of an NGO leasing an office, when its row does not say. */
    static final int STAFF_UNKNOWN = 1;

    @PersistenceContext private EntityManager em;
    @Inject private NgoQueries ngos;
    @Inject private EligibilityFacts eligibility;
    @Inject private LeaseCompetition competition;
    @Inject private LeaseSubsidies subsidies;
    @Inject private LeaseSchedules schedules;
    @Inject private LeaseRoomHolds roomHolds;
    @Inject private LeaseAudit history;

    @Override
    public ImportKind kind() {
        return ImportKind.LEASES;
    }

    @Override
    public List<ImportField> fields() {
        return LeaseRowsFields.ALL;
    }

    @Override
    public RowCheck check(ImportScope scope, Map<String, String> row, Set<String> keysSeen) {
        Plan plan = plan(scope, row, keysSeen);
        return PlaceRows.remember(plan.check(), plan.keys(), keysSeen);
    }

    @Override
    public void apply(ImportScope scope, Map<String, String> row) {
        Plan plan = plan(scope, row, null);
        if (plan.check().writes()) {
            plan.write().run();
        }
    }

    /** What a row would do, the write that does it, and the keys it holds in the file. */
    private record Plan(RowCheck check, Runnable write, List<String> keys) {}

    /** What a row names, found: the office, the NGO, the term. */
    private record Parties(Office office, Ngo ngo, LocalDate start, LocalDate end, int years) {}

    private Plan plan(ImportScope scope, Map<String, String> row, Set<String> keysSeen) {
        String summary = summary(row);
        try {
            LocalDate today = LocalDate.ofInstant(scope.now(), Clocks.KAZAKHSTAN);
            House house = PlaceRows.house(em, scope, "import.refused.leaseHouse");
            Parties parties = parties(house, row, today);
            List<String> keys = refuseDuplicates(parties, keysSeen);
            Lease existing = existing(parties);
            if (existing != null) {
                return again(existing, row, summary, keys);
            }
            Lease lease = running(scope, house, parties, row, today);
            int paidMonths = paidMonths(lease, row);
            return new Plan(RowCheck.create(summary), () -> write(scope, lease, paidMonths), keys);
        } catch (PlaceRows.Wrong wrong) {
            return new Plan(wrong.refusal(summary), null, List.of());
        }
    }

    private Parties parties(House house, Map<String, String> row, LocalDate today) {
        String officeText = text(row, OFFICE);
        Office office = officeText == null ? null : OfficeRows.named(em, house, officeText);
        if (office == null) {
            throw new PlaceRows.Wrong("import.refused.leaseOffice", orDash(officeText));
        }
        String binText = text(row, BIN);
        if (binText == null || Bin.problem(binText, today).isPresent()) {
            throw new PlaceRows.Wrong("import.refused.leaseBin", orDash(binText));
        }
        Ngo ngo =
                ngos.withBin(Bin.of(binText, today))
                        .map(id -> em.find(Ngo.class, id))
                        .orElseThrow(() -> new PlaceRows.Wrong("import.refused.leaseNgo", binText));
        LocalDate start = PlaceRows.date(row, STARTS_ON, "import.refused.leaseStart");
        LocalDate end = PlaceRows.date(row, ENDS_ON, "import.refused.leaseTerm");
        if (!LeaseTerms.startsOnFirstOfJanuary(start)) {
            throw new PlaceRows.Wrong("import.refused.leaseStart", orDash(text(row, STARTS_ON)));
        }
        int years = end == null ? 0 : end.getYear() - start.getYear() + 1;
        if (years < LeaseTerms.SHORTEST_YEARS
                || years > LeaseTerms.LONGEST_YEARS
                || !end.equals(LeaseTerms.lastDay(start, years))) {
            throw new PlaceRows.Wrong(
                    "import.refused.leaseTerm", start.toString(), orDash(text(row, ENDS_ON)));
        }
        return new Parties(office, ngo, start, end, years);
    }

    /**
     * The same lease twice in a file, an office leased twice in a year of the file, or an NGO given
     * two offices of the House in a year of it.
     */
    private static List<String> refuseDuplicates(Parties p, Set<String> keysSeen) {
        List<String> lease =
                List.of("lease|" + p.office().id() + "|" + p.ngo().id() + "|" + p.start());
        List<String> offices = new ArrayList<>();
        List<String> tenants = new ArrayList<>();
        for (int y = p.start().getYear(); y <= p.end().getYear(); y++) {
            offices.add("leased|" + p.office().id() + "|" + y);
            tenants.add("tenant|" + p.ngo().id() + "|" + y);
        }
        PlaceRows.refuseDuplicate(lease, keysSeen, "import.refused.leaseDuplicate");
        PlaceRows.refuseDuplicate(offices, keysSeen, "import.refused.leaseOfficeTaken");
        PlaceRows.refuseDuplicate(tenants, keysSeen, "import.refused.leaseSecondLease");
        List<String> keys = new ArrayList<>(lease);
        keys.addAll(offices);
        keys.addAll(tenants);
        return keys;
    }

    /** A lease written before for this office, NGO and first day. */
    private Lease existing(Parties p) {
        return em
                .createQuery(
                        "SELECT l FROM Lease l WHERE l.office = :office AND l.ngo = :ngo AND l.startsOn = :start AND l.status IN :written",
                        Lease.class)
                .setParameter("office", p.office())
                .setParameter("ngo", p.ngo())
                .setParameter("start", p.start())
                .setParameter(
                        "written",
                        List.of(
                                LeaseStatus.APPROVED,
                                LeaseStatus.ACTIVE,
                                LeaseStatus.ENDED,
                                LeaseStatus.TERMINATED))
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /**
     * A row for a lease written before: unchanged when it says what is stored; more months paid are
     * marked; other terms are changed in the product, not by a file.
     */
    private Plan again(Lease lease, Map<String, String> row, String summary, List<String> keys) {
        LocalDate end = PlaceRows.date(row, ENDS_ON, "import.refused.leaseTerm");
        String number = text(row, COUNCIL_NUMBER);
        LocalDate date = PlaceRows.date(row, COUNCIL_DATE, "import.refused.leaseCouncilDate");
        if (!lease.endsOn().equals(end)
                || !lease.councilNumber().equals(number)
                || !lease.councilDate().equals(date)) {
            throw new PlaceRows.Wrong("import.refused.leaseDiffers", lease.id().toString());
        }
        int paid = paidMonths(lease, row);
        List<LeasePayment> payments = schedules.payments(lease.id());
        long recorded = payments.stream().filter(LeasePayment::paid).count();
        if (paid == recorded) {
            return new Plan(RowCheck.unchanged(summary), null, keys);
        }
        if (paid < recorded) {
            throw new PlaceRows.Wrong(
                    "import.refused.leasePaidLess",
                    payments.get((int) recorded - 1).month().toString());
        }
        return new Plan(
                RowCheck.update(summary),
                () -> payments.stream().limit(paid).forEach(LeasePayment::markPaid),
                keys);
    }

    /** The lease the row describes, checked as an application and its approval are. */
    private Lease running(
            ImportScope scope, House house, Parties p, Map<String, String> row, LocalDate today) {
        String number = text(row, COUNCIL_NUMBER);
        LocalDate date = PlaceRows.date(row, COUNCIL_DATE, "import.refused.leaseCouncilDate");
        if (number == null || number.length() > 60) {
            throw new PlaceRows.Wrong("import.refused.leaseCouncil", orDash(number));
        }
        if (date == null || date.isAfter(today)) {
            throw new PlaceRows.Wrong(
                    "import.refused.leaseCouncilDate", orDash(text(row, COUNCIL_DATE)));
        }
        Integer staff = PlaceRows.whole(row, STAFF, "import.refused.leaseStaff");
        if (staff != null && (staff < 1 || staff > 500)) {
            throw new PlaceRows.Wrong("import.refused.leaseStaff", staff.toString());
        }
        String purpose = text(row, PURPOSE);
        if (purpose != null && purpose.length() > 4000) {
            throw new PlaceRows.Wrong("import.refused.leasePurpose");
        }
        if (!eligibility.verdict(p.ngo()).eligible()) {
            throw new PlaceRows.Wrong("import.refused.leaseIneligible", p.ngo().bin().digits());
        }
        Lease lease;
        try {
            lease =
                    Lease.running(
                            window(scope, house, p.start(), today),
                            p.ngo(),
                            p.office(),
                            p.years(),
                            purpose != null ? purpose : importedPurpose(scope),
                            staff != null ? staff : STAFF_UNKNOWN,
                            number,
                            date,
                            subsidies.percentOf(house.region().code()),
                            scope.caller().accountId(),
                            scope.now(),
                            today);
        } catch (Refusal outside) {
            throw outsideLife(outside, p.office());
        }
        if (!competition.holdersOf(p.office(), lease.term()).isEmpty()) {
            throw new PlaceRows.Wrong("import.refused.leaseOfficeTaken");
        }
        try {
            competition.refuseSecondLease(lease);
        } catch (Refusal second) {
            throw new PlaceRows.Wrong("import.refused.leaseSecondLease");
        }
        BigDecimal payment = PlaceRows.number(row, MONTHLY_PAYMENT, "import.refused.leasePayment");
        if (payment != null && payment.compareTo(lease.monthlyPayment()) != 0) {
            throw new PlaceRows.Wrong(
                    "import.refused.leasePayment",
                    payment.toPlainString(),
                    lease.monthlyPayment().toPlainString());
        }
        return lease;
    }

    /** A refusal of the House's or office's life for the term, as the row's reason. */
    private static PlaceRows.Wrong outsideLife(Refusal refusal, Office office) {
        String key = refusal.fields().isEmpty() ? refusal.key() : refusal.fields().get(0).key();
        Object[] args =
                refusal.fields().isEmpty()
                        ? refusal.arguments()
                        : refusal.fields().get(0).arguments();
        return switch (key) {
            case "lease.problem.notOpenYet" ->
                    new PlaceRows.Wrong("import.refused.leaseBeforeHouse", PlaceRows.args(args));
            case "lease.problem.closes" ->
                    new PlaceRows.Wrong("import.refused.leaseAfterClosing", PlaceRows.args(args));
            default ->
                    new PlaceRows.Wrong(
                            "import.refused.leaseOfficeLife", office.availableFrom().toString());
        };
    }

    private static int paidMonths(Lease lease, Map<String, String> row) {
        return PaidRows.months(
                LeaseTerms.schedule(
                        lease.startsOn(),
                        lease.endsOn(),
                        lease.monthlyRent(),
                        lease.subsidyPercent()),
                PlaceRows.date(row, PAID_THROUGH, "import.refused.leasePaidThrough"),
                PlaceRows.number(row, PAID_AMOUNT, "import.refused.leasePaidAmount"));
    }

    /**
     * The region's window for leases from that 1 January; when it never had one (the lease began
     * before the House used the product), one that closed the day before the earlier of that day
     * and today, so that nobody can apply through it.
     */
    private LeaseWindow window(ImportScope scope, House house, LocalDate start, LocalDate today) {
        String region = house.region().code();
        return em
                .createQuery(
                        "SELECT w FROM LeaseWindow w WHERE w.regionCode = :region AND w.leaseStart = :start ORDER BY w.id",
                        LeaseWindow.class)
                .setParameter("region", region)
                .setParameter("start", start)
                .getResultList()
                .stream()
                .findFirst()
                .orElseGet(
                        () -> {
                            LocalDate day = (start.isBefore(today) ? start : today).minusDays(1);
                            return new LeaseWindow(
                                    region,
                                    day,
                                    day,
                                    start,
                                    scope.caller().accountId(),
                                    scope.now());
                        });
    }

    private void write(ImportScope scope, Lease lease, int paidMonths) {
        if (lease.window().id() == null) {
            em.persist(lease.window());
        }
        em.persist(lease);
        em.flush();
        schedules.writeFor(lease);
        em.flush();
        schedules.payments(lease.id()).stream().limit(paidMonths).forEach(LeasePayment::markPaid);
        history.record(
                scope.caller(),
                "lease.approved",
                lease,
                "imported; office "
                        + lease.office().id()
                        + "; council "
                        + lease.councilNumber()
                        + " "
                        + lease.councilDate()
                        + "; months paid "
                        + paidMonths);
        if (lease.office().hourlyRoom() != null) {
            // Imported on a House's first day: no bookings are expected in the way.
            roomHolds.holdForTerm(lease, hold -> {});
        }
    }

    /** The purpose of a lease whose row gives none, in the importer's language. */
    private static String importedPurpose(ImportScope scope) {
        return Messages.get(
                scope.caller().language().locale(), "import.field.leasePurposeImported");
    }

    /**
     * "office · BIN … · first day" in the reader's language ({@code import.summary.lease}, a dash
     * for what the row lacks), or a dash alone.
     */
    private static String summary(Map<String, String> row) {
        String office = text(row, OFFICE);
        String bin = text(row, BIN);
        String starts = text(row, STARTS_ON);
        if (office == null && bin == null && starts == null) {
            return "—";
        }
        return RowSummary.worded(
                "import.summary.lease", orDash(office), orDash(bin), orDash(starts));
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
