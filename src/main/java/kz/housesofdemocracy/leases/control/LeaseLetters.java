package kz.housesofdemocracy.leases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.leases.entity.Lease;
import kz.housesofdemocracy.leases.entity.LeasePayment;
import kz.housesofdemocracy.ngos.control.NgoQueries;
import kz.housesofdemocracy.platform.i18n.Amounts;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;

/**
 * What leases tell people: mail to the NGO's representatives and to the staff an application waits
 * for, each in their own language, and the lease summary PDF (attached to the approval).
 */
@ApplicationScoped
public class LeaseLetters {

    @PersistenceContext private EntityManager em;
    @Inject private NgoQueries ngos;
    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;
    @Inject private Clock clock;
    @Inject private LeaseSchedules schedules;

    /**
     * Mails the NGO's representatives in their language: subject arguments {0} office, {1} House;
     * body {0} name, {1} office, {2} House, {3} term, {4} money, {5} reason or council decision,
     * {6} link, {7} a date.
     */
    public void toNgo(Lease lease, String key, String reason, LocalDate date) {
        Map<Locale, byte[]> pdfs = new HashMap<>(); // one per language
        for (NgoQueries.Addressee to : ngos.representativeAccounts(lease.ngo())) {
            Locale locale = to.language().locale();
            OutgoingMail.Attachment pdf =
                    "mail.lease.approved".equals(key)
                            ? OutgoingMail.Attachment.binary(
                                    "lease-" + lease.id() + ".pdf",
                                    "application/pdf",
                                    pdfs.computeIfAbsent(locale, l -> summary(lease, l)))
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
                                    reason != null ? reason : decision(lease),
                                    address.link("/ngo/lease.xhtml?id=" + lease.id()),
                                    date == null ? "" : date.toString()),
                            clock.instant(),
                            pdf));
        }
    }

    private static String decision(Lease lease) {
        return lease.councilNumber() == null
                ? ""
                : lease.councilNumber() + ", " + lease.councilDate();
    }

    /** Mails the House's managers or the region's approvers that an application waits for them. */
    public void toStaff(Lease lease, Role role, String key) {
        for (Account to : new LinkedHashSet<>(staff(lease, role))) {
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
                            clock.instant()));
        }
    }

    private List<Account> staff(Lease lease, Role role) {
        return role == Role.HOUSE_MANAGER
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
    }

    private static String office(Lease lease, Locale locale) {
        return lease.office() == null
                ? Messages.get(locale, "lease.anyOffice")
                : lease.office().name().in(locale);
    }

    /** The lease summary PDF in a language: its facts, then the schedule with its totals. */
    public byte[] summary(Lease lease, Locale locale) {
        return LeaseSummaryPdf.render(
                Messages.get(locale, "lease.pdf.title"),
                facts(lease, locale),
                Messages.get(locale, "lease.schedule"),
                List.of(
                        Messages.get(locale, "lease.month"),
                        Messages.get(locale, "lease.market"),
                        Messages.get(locale, "lease.payment"),
                        Messages.get(locale, "lease.subsidy")),
                scheduleRows(lease, locale));
    }

    private static List<LeaseSummaryPdf.Fact> facts(Lease lease, Locale locale) {
        List<LeaseSummaryPdf.Fact> facts = new ArrayList<>();
        facts.add(fact(locale, "lease.pdf.number", "#" + lease.id()));
        facts.add(fact(locale, "lease.ngo", lease.ngo().name().in(locale)));
        facts.add(
                fact(
                        locale,
                        "ngo.bin",
                        lease.ngo().bin() == null ? null : lease.ngo().bin().toString()));
        facts.add(fact(locale, "lease.house", lease.house().place(locale)));
        facts.add(fact(locale, "lease.office", office(lease, locale) + area(lease)));
        facts.add(fact(locale, "lease.term", lease.startsOn() + " – " + lease.lastDay()));
        facts.add(fact(locale, "lease.rent", Amounts.money(lease.monthlyRent(), locale)));
        facts.add(fact(locale, "lease.subsidyShare", lease.subsidyPercent() + " %"));
        facts.add(fact(locale, "lease.payment", Amounts.money(lease.monthlyPayment(), locale)));
        facts.add(
                fact(locale, "lease.council", lease.councilNumber() + ", " + lease.councilDate()));
        if (lease.terminatedOn() != null) {
            facts.add(
                    fact(
                            locale,
                            "lease.terminatedOn",
                            lease.terminatedOn() + ": " + lease.terminationReason()));
        }
        return facts;
    }

    private static LeaseSummaryPdf.Fact fact(Locale locale, String key, String value) {
        return new LeaseSummaryPdf.Fact(Messages.get(locale, key), value);
    }

    private static String area(Lease lease) {
        return lease.office() == null
                ? ""
                : " ("
                        + lease.office().areaSquareMetres().stripTrailingZeros().toPlainString()
                        + " m²)";
    }

    private List<List<String>> scheduleRows(Lease lease, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal payments = BigDecimal.ZERO;
        BigDecimal subsidies = BigDecimal.ZERO;
        for (LeasePayment p : schedules.payments(lease.id())) {
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
        return rows;
    }
}
