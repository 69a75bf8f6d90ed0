package kz.housesofdemocracy.ngos.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.access.entity.Role;
import kz.housesofdemocracy.accounts.control.SecretTokens;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.ngos.control.EligibilityQuery;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.Bin;
import kz.housesofdemocracy.ngos.entity.EligibilityPolicy;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.ngos.entity.NgoInvitation;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.Clocks;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.files.StoredFiles;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;
import kz.housesofdemocracy.platform.i18n.TextChecks;
import kz.housesofdemocracy.platform.mail.OutgoingMail;
import kz.housesofdemocracy.platform.web.PublicAddress;
import kz.housesofdemocracy.premises.entity.Region;

/**
 * The NGO registry: registration with a checked BIN (or the manual path), annual filings,
 * representatives and invitations, staff decisions in the NGO's region, eligibility that explains
 * itself, and honest counts.
 */
@Stateless
public class Ngos {

    static final String RECEIPTS = "receipts";
    public static final int MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private StoredFiles files;
    @Inject private Event<OutgoingMail> mail;
    @Inject private PublicAddress address;

    private LocalDate today() {
        return Clocks.today(clock);
    }

    // --- registration

    /** Registers an NGO; its registrant becomes its first representative. */
    public NgoViews.Details register(Caller caller, NgoForm form) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        LocalDate today = today();
        InputCheck check = InputCheck.start();
        var name =
                form.getName() == null
                        ? new kz.housesofdemocracy.platform.i18n.TextsForm()
                        : form.getName();
        LocalizedText n =
                TextChecks.texts(check, "name", name.getKk(), name.getRu(), name.getEn(), 300);
        Bin bin = null;
        LocalDate registeredOn = null;
        if (form.isNoBin()) {
            if (form.getRegisteredOn() == null
                    || form.getRegisteredOn().isAfter(today)
                    || form.getRegisteredOn().getYear() < 1991) {
                check.problem("registeredOn", "validation.ngo.registeredOn");
            } else {
                registeredOn = form.getRegisteredOn();
            }
        } else {
            var problem = Bin.problem(form.getBin(), today);
            check.rule("bin", problem);
            if (problem.isEmpty()) {
                bin = Bin.of(form.getBin(), today);
                registeredOn = bin.registered(today).atDay(1);
            }
        }
        LegalForm legalForm = parse(check, "legalForm", LegalForm.class, form.getLegalForm());
        Region region =
                form.getRegionCode() == null ? null : em.find(Region.class, form.getRegionCode());
        check.when(region == null, "regionCode", "validation.region.required");
        check.text("address", form.getAddress(), 300);
        Set<ActivityArea> areas = new LinkedHashSet<>();
        for (String code : form.getAreas() == null ? List.<String>of() : form.getAreas()) {
            ActivityArea area = code == null ? null : em.find(ActivityArea.class, code);
            check.when(area == null, "areas", "validation.ngo.area", code);
            if (area != null) {
                areas.add(area);
            }
        }
        check.when(areas.isEmpty(), "areas", "validation.ngo.areas");
        Set<WorkingLanguage> languages =
                parseAll(check, "languages", WorkingLanguage.class, form.getLanguages());
        check.when(languages.isEmpty(), "languages", "validation.ngo.languages");
        Set<FundingSource> funding =
                parseAll(check, "funding", FundingSource.class, form.getFunding());
        check.when(funding.isEmpty(), "funding", "validation.ngo.funding");
        check.email("contactEmail", form.getContactEmail());
        check.optionalText("contactPhone", form.getContactPhone(), 30);
        check.orRefuse();
        if (bin != null) {
            List<Long> existing =
                    em.createQuery("SELECT n.id FROM Ngo n WHERE n.bin.digits = :bin", Long.class)
                            .setParameter("bin", bin.digits())
                            .getResultList();
            if (!existing.isEmpty()) {
                throw Refusal.conflict(
                        "duplicate-bin", "refusal.ngo.duplicateBin", existing.get(0));
            }
        }
        Instant now = clock.instant();
        Ngo ngo =
                new Ngo(
                        new Ngo.Registration(
                                n,
                                bin,
                                legalForm,
                                region,
                                form.getAddress(),
                                registeredOn,
                                form.isYouthLed(),
                                form.getContactEmail(),
                                form.getContactPhone(),
                                areas,
                                languages,
                                funding),
                        now);
        em.persist(ngo);
        em.persist(new NgoRepresentative(ngo, em.find(Account.class, caller.accountId()), now));
        em.flush();
        audit.record(
                caller,
                "ngo.registered",
                Subject.of("ngo", ngo.id(), region.code()),
                bin == null ? "without BIN" : "BIN " + bin.digits());
        return detailsOf(ngo);
    }

    /** Asks an NGO's representatives (by mail) to add the caller, e.g. after a duplicate BIN. */
    public void askToJoin(Caller caller, long ngoId) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        Ngo ngo = ngo(ngoId);
        if (caller.represents(ngoId)) {
            throw Refusal.conflict("already-representative", "refusal.ngo.alreadyRepresentative");
        }
        for (NgoRepresentative rep : representatives(ngo)) {
            Account to = rep.account();
            send(
                    to.email(),
                    to.language(),
                    "mail.joinRequest",
                    to.displayName(),
                    caller.displayName(),
                    caller.email(),
                    ngo.name().in(to.language().locale()),
                    address.link("/ngo/ngo.xhtml?id=" + ngoId));
        }
        audit.record(
                caller, "ngo.joinRequested", Subject.of("ngo", ngoId, ngo.region().code()), null);
    }

    // --- reading

    public List<NgoViews.Summary> mine(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        if (caller.ngos().isEmpty()) {
            return List.of();
        }
        return summaries(
                em.createQuery(
                                "SELECT n FROM Ngo n JOIN FETCH n.region WHERE n.id IN :ids ORDER BY n.id",
                                Ngo.class)
                        .setParameter("ids", caller.ngos())
                        .getResultList());
    }

    public NgoViews.Details details(Caller caller, long ngoId) {
        Ngo ngo = ngo(ngoId);
        AccessPolicy.require(caller, Action.VIEW_NGO, Scope.ngo(ngoId, ngo.region().code()));
        return detailsOf(ngo);
    }

    private NgoViews.Details detailsOf(Ngo ngo) {
        List<AnnualFiling> filings = filings(ngo);
        return new NgoViews.Details(
                ngo.id(),
                ngo.name(),
                ngo.bin() == null ? null : ngo.bin().digits(),
                ngo.legalForm(),
                ngo.region().code(),
                ngo.region().name(),
                ngo.address(),
                ngo.registeredOn(),
                ngo.youthLed(),
                ngo.contactEmail(),
                ngo.contactPhone(),
                ngo.areas().stream()
                        .map(a -> new NgoViews.Area(a.code(), a.name(), a.sociallySignificant()))
                        .sorted(java.util.Comparator.comparing(NgoViews.Area::code))
                        .toList(),
                List.copyOf(ngo.languages()),
                List.copyOf(ngo.funding()),
                ngo.identity(),
                ngo.identityNote(),
                ngo.operating(),
                ngo.operatingNote(),
                verdict(ngo, filings),
                filings.stream().map(Ngos::view).toList(),
                representatives(ngo).stream()
                        .map(
                                r ->
                                        new NgoViews.Representative(
                                                r.account().id(),
                                                r.account().displayName(),
                                                r.account().email()))
                        .toList());
    }

    /** The eligibility of an NGO, rule by rule, as of today. */
    public Eligibility.Verdict eligibility(Caller caller, long ngoId) {
        return details(caller, ngoId).eligibility();
    }

    /** Whether an NGO is eligible now: asked again before every approval. */
    public boolean isEligible(long ngoId) {
        Ngo ngo = ngo(ngoId);
        return verdict(ngo, filings(ngo)).eligible();
    }

    public List<NgoViews.Area> areas() {
        return em.createNamedQuery(ActivityArea.ALL, ActivityArea.class).getResultList().stream()
                .map(a -> new NgoViews.Area(a.code(), a.name(), a.sociallySignificant()))
                .toList();
    }

    // --- filings and receipts

    /**
     * Records a filing for a year; a receipt (PDF, at most 10 MB, checked by content) is optional.
     */
    public long recordFiling(
            Caller caller,
            long ngoId,
            Integer year,
            LocalDate filedOn,
            String reference,
            byte[] receipt) {
        Ngo ngo = ngo(ngoId);
        AccessPolicy.require(caller, Action.ACT_FOR_NGO, Scope.ngo(ngoId, ngo.region().code()));
        LocalDate today = today();
        InputCheck check = InputCheck.start();
        check.when(
                year == null || year < 1991 || year >= today.getYear(),
                "year",
                "validation.filing.year",
                Integer.toString(today.getYear() - 1));
        check.when(
                filedOn == null
                        || filedOn.isAfter(today)
                        || (year != null && filedOn.getYear() <= year),
                "filedOn",
                "validation.filing.filedOn");
        check.text("reference", reference, 60);
        check.when(
                reference != null
                        && !reference.isBlank()
                        && !reference.strip().matches("[\\p{L}\\p{N} ./№#-]{1,60}"),
                "reference",
                "validation.characters");
        if (receipt != null && receipt.length > 0) {
            check.when(
                    receipt.length > MAX_RECEIPT_BYTES,
                    "receipt",
                    "validation.receipt.tooBig",
                    MAX_RECEIPT_BYTES / (1024 * 1024));
            check.when(!isPdf(receipt), "receipt", "validation.receipt.type");
        }
        check.orRefuse();
        AnnualFiling existing =
                filings(ngo).stream().filter(f -> f.year() == year).findFirst().orElse(null);
        if (existing != null && existing.status() != FilingStatus.REFUSED) {
            throw Refusal.conflict(
                    "duplicate-filing", "refusal.filing.duplicate", Integer.toString(year));
        }
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        String key =
                receipt == null || receipt.length == 0
                        ? null
                        : files.save(RECEIPTS, receipt, "pdf");
        AnnualFiling filing = new AnnualFiling(ngo, year, filedOn, reference, key, clock.instant());
        em.persist(filing);
        em.flush();
        audit.record(
                caller,
                "filing.recorded",
                Subject.of("filing", filing.id(), ngo.region().code()),
                "NGO " + ngoId + ", year " + year);
        return filing.id();
    }

    /** Attaches (or replaces) the receipt of a filing that is still waiting for staff. */
    public void attachReceipt(Caller caller, long filingId, byte[] receipt) {
        AnnualFiling filing = filing(filingId);
        Ngo ngo = filing.ngo();
        AccessPolicy.require(caller, Action.ACT_FOR_NGO, Scope.ngo(ngo.id(), ngo.region().code()));
        InputCheck check = InputCheck.start();
        check.when(receipt == null || receipt.length == 0, "receipt", "validation.required");
        check.when(
                receipt != null && receipt.length > MAX_RECEIPT_BYTES,
                "receipt",
                "validation.receipt.tooBig",
                MAX_RECEIPT_BYTES / (1024 * 1024));
        check.when(
                receipt != null && receipt.length > 0 && !isPdf(receipt),
                "receipt",
                "validation.receipt.type");
        check.orRefuse();
        if (filing.status() != FilingStatus.PENDING) {
            throw Refusal.conflict("decided", "refusal.filing.decided");
        }
        filing.attachReceipt(files.save(RECEIPTS, receipt, "pdf"));
        audit.record(
                caller,
                "filing.receiptAttached",
                Subject.of("filing", filingId, ngo.region().code()),
                null);
    }

    public byte[] receipt(Caller caller, long filingId) {
        AnnualFiling filing = filing(filingId);
        Ngo ngo = filing.ngo();
        AccessPolicy.require(caller, Action.VIEW_NGO, Scope.ngo(ngo.id(), ngo.region().code()));
        if (filing.receiptKey() == null) {
            throw Refusal.notFound("refusal.receipt.notFound");
        }
        return files.read(RECEIPTS, filing.receiptKey());
    }

    static boolean isPdf(byte[] data) {
        return data.length > 5
                && data[0] == '%'
                && data[1] == 'P'
                && data[2] == 'D'
                && data[3] == 'F'
                && data[4] == '-';
    }

    // --- representatives

    public void invite(Caller caller, long ngoId, String email) {
        Ngo ngo = ngo(ngoId);
        AccessPolicy.require(caller, Action.ACT_FOR_NGO, Scope.ngo(ngoId, ngo.region().code()));
        InputCheck.start().email("email", email).orRefuse();
        String token = SecretTokens.generate();
        String normalized = Account.normalize(email);
        em.persist(new NgoInvitation(ngo, normalized, SecretTokens.hash(token), clock.instant()));
        // The invitee reads it in their own language when they have an account, else in ours.
        Language language =
                em
                        .createNamedQuery(Account.BY_EMAIL, Account.class)
                        .setParameter("email", normalized)
                        .getResultList()
                        .stream()
                        .map(Account::language)
                        .findFirst()
                        .orElse(caller.language());
        send(
                normalized,
                language,
                "mail.invitation",
                caller.displayName(),
                ngo.name().in(language.locale()),
                address.link("/ngo/join.xhtml?token=" + token));
        audit.record(
                caller, "ngo.invited", Subject.of("ngo", ngoId, ngo.region().code()), normalized);
    }

    /** Accepts an invitation sent to the caller's own address; returns the NGO's id. */
    public long acceptInvitation(Caller caller, String token) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        Instant now = clock.instant();
        NgoInvitation invitation =
                em
                        .createQuery(
                                "SELECT i FROM NgoInvitation i WHERE i.tokenHash = :hash",
                                NgoInvitation.class)
                        .setParameter("hash", SecretTokens.hash(token == null ? "" : token.strip()))
                        .getResultList()
                        .stream()
                        .filter(i -> i.usable(now))
                        .findFirst()
                        .orElseThrow(() -> Refusal.gone("refusal.link.invalid"));
        if (!invitation.email().equals(Account.normalize(caller.email()))) {
            throw Refusal.conflict(
                    "invitation-for-another",
                    "refusal.invitation.otherAddress",
                    invitation.email());
        }
        Ngo ngo = invitation.ngo();
        invitation.accept(now);
        if (!caller.represents(ngo.id())) {
            em.persist(new NgoRepresentative(ngo, em.find(Account.class, caller.accountId()), now));
        }
        audit.record(
                caller,
                "ngo.representativeAdded",
                Subject.of("ngo", ngo.id(), ngo.region().code()),
                caller.email());
        return ngo.id();
    }

    // --- staff decisions (the akimat approver of the NGO's region, never for an NGO they
    // represent)

    public void decideIdentity(Caller caller, long ngoId, boolean verify, String reason) {
        Ngo ngo = ngo(ngoId);
        AccessPolicy.require(caller, Action.DECIDE_ON_NGO, Scope.ngo(ngoId, ngo.region().code()));
        requireReason(verify, reason);
        ngo.decideIdentity(verify, reason);
        audit.record(
                caller,
                verify ? "ngo.identityVerified" : "ngo.identityRefused",
                Subject.of("ngo", ngoId, ngo.region().code()),
                reason);
        if (!verify) {
            tellRepresentatives(ngo, "mail.identityRefused", reason);
        }
    }

    public void decideFiling(Caller caller, long filingId, boolean verify, String reason) {
        AnnualFiling filing = filing(filingId);
        Ngo ngo = filing.ngo();
        AccessPolicy.require(
                caller, Action.DECIDE_ON_NGO, Scope.ngo(ngo.id(), ngo.region().code()));
        requireReason(verify, reason);
        if (filing.status() != FilingStatus.PENDING) {
            throw Refusal.conflict("decided", "refusal.filing.decided");
        }
        filing.decide(verify, reason, clock.instant());
        audit.record(
                caller,
                verify ? "filing.verified" : "filing.refused",
                Subject.of("filing", filingId, ngo.region().code()),
                reason);
        if (!verify) {
            tellRepresentatives(ngo, "mail.filingRefused", reason);
        }
    }

    public void changeOperating(Caller caller, long ngoId, OperatingStatus status, String reason) {
        Ngo ngo = ngo(ngoId);
        AccessPolicy.require(caller, Action.DECIDE_ON_NGO, Scope.ngo(ngoId, ngo.region().code()));
        InputCheck.start().present("status", status).text("reason", reason, 500).orRefuse();
        if (ngo.operating() == OperatingStatus.LIQUIDATED) {
            throw Refusal.conflict("liquidated", "refusal.ngo.liquidated");
        }
        ngo.changeOperating(status, reason);
        audit.record(
                caller,
                "ngo.operating." + status.name().toLowerCase(Locale.ROOT),
                Subject.of("ngo", ngoId, ngo.region().code()),
                reason);
        tellRepresentatives(ngo, "mail.operatingChanged", reason);
    }

    private static void requireReason(boolean verify, String reason) {
        InputCheck check = InputCheck.start().optionalText("reason", reason, 500);
        check.when(
                !verify && (reason == null || reason.isBlank()),
                "reason",
                "validation.reason.required");
        check.orRefuse();
    }

    // --- staff lists

    /** What the staff list filters by; every part optional. */
    public record Filter(
            String regionCode,
            IdentityStatus identity,
            OperatingStatus operating,
            Boolean eligible,
            String area,
            WorkingLanguage language,
            Boolean youthLed,
            FundingSource funding,
            String text,
            Boolean waiting) {

        public Filter(
                String regionCode,
                IdentityStatus identity,
                OperatingStatus operating,
                Boolean eligible,
                String area,
                WorkingLanguage language,
                Boolean youthLed,
                FundingSource funding,
                String text) {
            this(
                    regionCode,
                    identity,
                    operating,
                    eligible,
                    area,
                    language,
                    youthLed,
                    funding,
                    text,
                    null);
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null, null);
        }
    }

    public List<NgoViews.Summary> list(
            Caller caller, Filter filter, int first, int size, String sortBy, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Ngo> query = cb.createQuery(Ngo.class);
        Root<Ngo> ngo = query.from(Ngo.class);
        query.where(listPredicates(caller, cb, query, ngo, filter));
        String field =
                switch (sortBy == null ? "" : sortBy) {
                    case "registeredOn", "identity", "operating", "youthLed" -> sortBy;
                    case "region" -> "region";
                    default -> "id";
                };
        var order = field.equals("region") ? ngo.get("region").get("code") : ngo.get(field);
        query.orderBy(ascending ? cb.asc(order) : cb.desc(order), cb.asc(ngo.get("id")));
        return summaries(
                em.createQuery(query)
                        .setFirstResult(Math.max(first, 0))
                        .setMaxResults(Math.min(Math.max(size, 1), 200))
                        .getResultList());
    }

    public long count(Caller caller, Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Ngo> ngo = query.from(Ngo.class);
        query.select(cb.count(ngo)).where(listPredicates(caller, cb, query, ngo, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** The scope is a predicate: approvers see their regions, administrators all. */
    private Predicate[] listPredicates(
            Caller caller,
            CriteriaBuilder cb,
            CriteriaQuery<?> query,
            Root<Ngo> ngo,
            Filter filter) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
        List<Predicate> where = new ArrayList<>();
        boolean admin = caller.holds(Role.NATIONAL_ADMIN);
        List<String> regions =
                caller.grants().stream()
                        .filter(g -> g.role() == Role.AKIMAT_APPROVER)
                        .map(kz.housesofdemocracy.access.control.Caller.Grant::regionCode)
                        .toList();
        if (!admin) {
            if (regions.isEmpty()) {
                throw Refusal.forbidden();
            }
            where.add(ngo.get("region").get("code").in(regions));
        }
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            if (!admin && !regions.contains(filter.regionCode())) {
                throw Refusal.forbidden();
            }
            where.add(cb.equal(ngo.get("region").get("code"), filter.regionCode()));
        }
        if (filter.identity() != null) {
            where.add(cb.equal(ngo.get("identity"), filter.identity()));
        }
        if (filter.operating() != null) {
            where.add(cb.equal(ngo.get("operating"), filter.operating()));
        }
        if (filter.youthLed() != null) {
            where.add(cb.equal(ngo.get("youthLed"), filter.youthLed()));
        }
        if (filter.area() != null && !filter.area().isBlank()) {
            var areas = ngo.join("areas");
            where.add(cb.equal(areas.get("code"), filter.area()));
            query.distinct(true);
        }
        if (filter.language() != null) {
            where.add(cb.isMember(filter.language(), ngo.get("languages")));
        }
        if (filter.funding() != null) {
            where.add(cb.isMember(filter.funding(), ngo.get("funding")));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like =
                    "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
            where.add(
                    cb.or(
                            cb.like(cb.lower(ngo.get("name").get("kk")), like),
                            cb.like(cb.lower(ngo.get("name").get("ru")), like),
                            cb.like(cb.lower(ngo.get("name").get("en")), like),
                            cb.like(ngo.get("bin").get("digits"), like)));
        }
        if (Boolean.TRUE.equals(filter.waiting())) {
            // The staff queue: identity to verify, or a filing to verify.
            var pending = query.subquery(Long.class);
            Root<AnnualFiling> f = pending.from(AnnualFiling.class);
            pending.select(f.get("id"))
                    .where(
                            cb.equal(f.get("ngo"), ngo),
                            cb.equal(f.get("status"), FilingStatus.PENDING));
            where.add(
                    cb.or(
                            cb.equal(ngo.get("identity"), IdentityStatus.UNVERIFIED),
                            cb.exists(pending)));
        }
        if (filter.eligible() != null) {
            Predicate eligible = EligibilityQuery.eligible(cb, query, ngo, parameters(), today());
            where.add(filter.eligible() ? eligible : cb.not(eligible));
        }
        return where.toArray(Predicate[]::new);
    }

    // --- counts and policy

    /**
     * Per region and a national line last: registered (not liquidated), verified, eligible, active.
     */
    public List<NgoViews.Counts> counts() {
        LocalDate today = today();
        Eligibility.Parameters parameters = parameters();
        Map<String, Long> registered = grouped(null, today, parameters);
        Map<String, Long> verified = grouped("verified", today, parameters);
        Map<String, Long> eligible = grouped("eligible", today, parameters);
        Map<String, Long> active = grouped("active", today, parameters);
        List<NgoViews.Counts> rows = new ArrayList<>();
        long[] total = new long[4];
        for (Region region : em.createNamedQuery(Region.ALL, Region.class).getResultList()) {
            String code = region.code();
            long[] row = {
                registered.getOrDefault(code, 0L),
                verified.getOrDefault(code, 0L),
                eligible.getOrDefault(code, 0L),
                active.getOrDefault(code, 0L)
            };
            for (int i = 0; i < 4; i++) {
                total[i] += row[i];
            }
            rows.add(new NgoViews.Counts(code, region.name(), row[0], row[1], row[2], row[3]));
        }
        rows.add(new NgoViews.Counts(null, null, total[0], total[1], total[2], total[3]));
        return rows;
    }

    /** Eligible NGOs per region today, by the same SQL as the lists (one statement). */
    public Map<String, Long> eligibleByRegion() {
        return grouped("eligible", today(), parameters());
    }

    private Map<String, Long> grouped(
            String measure, LocalDate today, Eligibility.Parameters parameters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Ngo> ngo = query.from(Ngo.class);
        var region = ngo.get("region").get("code");
        List<Predicate> where = new ArrayList<>();
        where.add(cb.notEqual(ngo.get("operating"), OperatingStatus.LIQUIDATED));
        if ("verified".equals(measure)) {
            where.add(cb.equal(ngo.get("identity"), IdentityStatus.VERIFIED));
        } else if ("eligible".equals(measure)) {
            where.add(EligibilityQuery.eligible(cb, query, ngo, parameters, today));
        } else if ("active".equals(measure)) {
            // For now: eligible, with a verified filing for last year itself (bookings refine this
            // later).
            where.add(EligibilityQuery.eligible(cb, query, ngo, parameters, today));
            where.add(
                    EligibilityQuery.verifiedFilingIn(cb, query, ngo, Set.of(today.getYear() - 1)));
        }
        query.multiselect(region, cb.count(ngo))
                .where(where.toArray(Predicate[]::new))
                .groupBy(region);
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(query).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    public NgoViews.Policy policy() {
        EligibilityPolicy policy = em.find(EligibilityPolicy.class, EligibilityPolicy.ID);
        MonthDay grace = policy.filingGraceUntil();
        return new NgoViews.Policy(
                policy.minMonthsRegistered(),
                String.format("%02d-%02d", grace.getMonthValue(), grace.getDayOfMonth()));
    }

    public void changePolicy(Caller caller, Integer minMonths, String graceUntil) {
        AccessPolicy.require(caller, Action.EDIT_ELIGIBILITY_POLICY, Scope.national());
        InputCheck check = InputCheck.start();
        check.when(
                minMonths == null || minMonths < 0 || minMonths > 120,
                "minMonthsRegistered",
                "validation.policy.months");
        MonthDay grace = null;
        try {
            grace = graceUntil == null ? null : MonthDay.parse("--" + graceUntil.strip());
        } catch (DateTimeParseException wrong) {
            grace = null;
        }
        check.when(grace == null, "filingGraceUntil", "validation.policy.grace");
        check.orRefuse();
        NgoViews.Policy before = policy();
        em.find(EligibilityPolicy.class, EligibilityPolicy.ID).change(minMonths, grace);
        audit.record(
                caller,
                "eligibilityPolicy.changed",
                Subject.none(),
                "before: " + before + "; after: " + policy());
    }

    // --- helpers

    Eligibility.Parameters parameters() {
        EligibilityPolicy policy = em.find(EligibilityPolicy.class, EligibilityPolicy.ID);
        return new Eligibility.Parameters(policy.minMonthsRegistered(), policy.filingGraceUntil());
    }

    private Eligibility.Verdict verdict(Ngo ngo, List<AnnualFiling> filings) {
        Set<Integer> verified = new java.util.HashSet<>();
        filings.stream()
                .filter(f -> f.status() == FilingStatus.VERIFIED)
                .forEach(f -> verified.add(f.year()));
        return Eligibility.evaluate(
                new Eligibility.Facts(
                        ngo.identity(),
                        ngo.registeredOn(),
                        verified,
                        ngo.operating(),
                        ngo.hasSociallySignificantArea()),
                parameters(),
                today());
    }

    /** Summaries with eligibility, in three queries whatever the page size. */
    private List<NgoViews.Summary> summaries(List<Ngo> ngos) {
        if (ngos.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ngos.stream().map(Ngo::id).toList();
        Map<Long, List<AnnualFiling>> filings = new HashMap<>();
        em.createQuery("SELECT f FROM AnnualFiling f WHERE f.ngo.id IN :ids", AnnualFiling.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(f -> filings.computeIfAbsent(f.ngo().id(), k -> new ArrayList<>()).add(f));
        return ngos.stream()
                .map(
                        n ->
                                new NgoViews.Summary(
                                        n.id(),
                                        n.name(),
                                        n.bin() == null ? null : n.bin().digits(),
                                        n.region().code(),
                                        n.region().name(),
                                        n.identity(),
                                        n.operating(),
                                        n.youthLed(),
                                        verdict(n, filings.getOrDefault(n.id(), List.of()))
                                                .eligible()))
                .toList();
    }

    private List<AnnualFiling> filings(Ngo ngo) {
        return em.createQuery(
                        "SELECT f FROM AnnualFiling f WHERE f.ngo = :ngo ORDER BY f.year DESC",
                        AnnualFiling.class)
                .setParameter("ngo", ngo)
                .getResultList();
    }

    private List<NgoRepresentative> representatives(Ngo ngo) {
        return em.createQuery(
                        "SELECT r FROM NgoRepresentative r JOIN FETCH r.account WHERE r.ngo = :ngo ORDER BY r.id",
                        NgoRepresentative.class)
                .setParameter("ngo", ngo)
                .getResultList();
    }

    private static NgoViews.Filing view(AnnualFiling f) {
        return new NgoViews.Filing(
                f.id(),
                f.year(),
                f.filedOn(),
                f.reference(),
                f.receiptKey() != null,
                f.status(),
                f.decisionNote());
    }

    private Ngo ngo(long id) {
        Ngo ngo = em.find(Ngo.class, id);
        if (ngo == null) {
            throw Refusal.notFound("refusal.ngo.notFound", id);
        }
        return ngo;
    }

    private AnnualFiling filing(long id) {
        AnnualFiling filing = em.find(AnnualFiling.class, id);
        if (filing == null) {
            throw Refusal.notFound("refusal.filing.notFound", id);
        }
        return filing;
    }

    private void tellRepresentatives(Ngo ngo, String key, String reason) {
        for (NgoRepresentative rep : representatives(ngo)) {
            Account to = rep.account();
            send(
                    to.email(),
                    to.language(),
                    key,
                    to.displayName(),
                    ngo.name().in(to.language().locale()),
                    reason == null ? "" : reason,
                    address.link("/ngo/ngo.xhtml?id=" + ngo.id()));
        }
    }

    private void send(String to, Language language, String key, Object... arguments) {
        mail.fire(
                new OutgoingMail(
                        to,
                        Messages.get(language.locale(), key + ".subject"),
                        Messages.get(language.locale(), key + ".body", arguments),
                        clock.instant()));
    }

    private static <E extends Enum<E>> E parse(
            InputCheck check, String field, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException wrong) {
            check.problem(field, "validation.choice");
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> parseAll(
            InputCheck check, String field, Class<E> type, List<String> values) {
        Set<E> parsed = EnumSet.noneOf(type);
        for (String value : values == null ? List.<String>of() : values) {
            E e = parse(check, field, type, value);
            if (e != null) {
                parsed.add(e);
            }
        }
        return parsed;
    }
}
