package kz.housesofdemocracy.ngos.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.accounts.control.SecretTokens;
import kz.housesofdemocracy.accounts.entity.Account;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.ngos.control.EligibilityFacts;
import kz.housesofdemocracy.ngos.control.FilingRecords;
import kz.housesofdemocracy.ngos.control.FilingSearch;
import kz.housesofdemocracy.ngos.control.NgoCounts;
import kz.housesofdemocracy.ngos.control.NgoForm;
import kz.housesofdemocracy.ngos.control.NgoLetters;
import kz.housesofdemocracy.ngos.control.NgoQueries;
import kz.housesofdemocracy.ngos.control.NgoRegistrationCheck;
import kz.housesofdemocracy.ngos.control.NgoSearch;
import kz.housesofdemocracy.ngos.control.Receipts;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.ngos.entity.NgoInvitation;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Kept;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.Language;

/**
 * The NGO registry: registration with a checked BIN (or the manual path), annual filings,
 * representatives and invitations, staff decisions in the NGO's region, eligibility that explains
 * itself, and honest counts.
 */
@Stateless
public class Ngos {

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private NgoQueries queries;
    @Inject private NgoSearch search;
    @Inject private FilingSearch filingSearch;
    @Inject private NgoRegistrationCheck registration;
    @Inject private FilingRecords filingRecords;
    @Inject private Receipts receipts;
    @Inject private EligibilityFacts eligibility;
    @Inject private NgoCounts counts;
    @Inject private NgoLetters letters;

    // --- registration

    /** Registers an NGO; its registrant becomes its first representative. */
    public NgoViews.Details register(Caller caller, NgoForm form) {
        requireSignedIn(caller);
        Ngo.Registration checked = registration.check(form);
        Instant now = clock.instant();
        Ngo ngo = new Ngo(checked, now);
        em.persist(ngo);
        em.persist(new NgoRepresentative(ngo, queries.account(caller.accountId()), now));
        em.flush();
        audit.record(
                caller,
                "ngo.registered",
                Subject.of("ngo", ngo.id(), ngo.region().code()),
                ngo.bin() == null ? "without BIN" : "BIN " + ngo.bin().digits());
        return detailsOf(ngo);
    }

    /** Asks an NGO's representatives (by mail) to add the caller, e.g. after a duplicate BIN. */
    public void askToJoin(Caller caller, long ngoId) {
        requireSignedIn(caller);
        Ngo ngo = queries.ngo(ngoId);
        if (caller.represents(ngoId)) {
            throw Refusal.conflict("already-representative", "refusal.ngo.alreadyRepresentative");
        }
        letters.joinRequest(caller, ngo, queries.representatives(ngo));
        audit.record(
                caller, "ngo.joinRequested", Subject.of("ngo", ngoId, ngo.region().code()), null);
    }

    // --- reading

    public List<NgoViews.Summary> mine(Caller caller) {
        requireSignedIn(caller);
        return summaries(queries.ngos(caller.ngos()));
    }

    public NgoViews.Details details(Caller caller, long ngoId) {
        Ngo ngo = queries.ngo(ngoId);
        AccessPolicy.require(caller, Action.VIEW_NGO, Scope.ngo(ngoId, ngo.region().code()));
        return detailsOf(ngo);
    }

    /** The eligibility of an NGO, rule by rule, as of today. */
    public Eligibility.Verdict eligibility(Caller caller, long ngoId) {
        return details(caller, ngoId).eligibility();
    }

    /** Whether an NGO is eligible now: asked again before every approval. */
    public boolean isEligible(long ngoId) {
        return eligibility.verdictInOneRead(queries.ngo(ngoId)).eligible();
    }

    public List<NgoViews.Area> areas() {
        return queries.areas().stream().map(NgoViews::area).toList();
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
        Ngo ngo = queries.ngo(ngoId);
        AccessPolicy.require(caller, Action.ACT_FOR_NGO, Scope.ngo(ngoId, ngo.region().code()));
        filingRecords.check(year, filedOn, reference, receipt);
        AnnualFiling filing = filingRecords.record(ngo, year, filedOn, reference, receipt);
        audit.record(
                caller,
                "filing.recorded",
                Subject.of("filing", filing.id(), ngo.region().code()),
                "NGO " + ngoId + ", year " + year);
        return filing.id();
    }

    /** Attaches (or replaces) the receipt of a filing that is still waiting for staff. */
    public void attachReceipt(Caller caller, long filingId, byte[] receipt) {
        AnnualFiling filing = queries.filing(filingId);
        Ngo ngo = filing.ngo();
        AccessPolicy.require(caller, Action.ACT_FOR_NGO, Scope.ngo(ngo.id(), ngo.region().code()));
        InputCheck check = InputCheck.start();
        Receipts.check(check, receipt, true);
        check.orRefuse();
        filing.requireWaiting(); // before the file is stored, so a refusal leaves no file behind
        filing.attachReceipt(receipts.save(receipt));
        audit.record(
                caller,
                "filing.receiptAttached",
                Subject.of("filing", filingId, ngo.region().code()),
                null);
    }

    public byte[] receipt(Caller caller, long filingId) {
        AnnualFiling filing = queries.filing(filingId);
        Ngo ngo = filing.ngo();
        AccessPolicy.require(caller, Action.VIEW_NGO, Scope.ngo(ngo.id(), ngo.region().code()));
        if (filing.receiptKey() == null) {
            throw Refusal.notFound("refusal.receipt.notFound");
        }
        return receipts.read(filing.receiptKey());
    }

    // --- representatives

    public void invite(Caller caller, long ngoId, String email) {
        Ngo ngo = queries.ngo(ngoId);
        AccessPolicy.require(caller, Action.ACT_FOR_NGO, Scope.ngo(ngoId, ngo.region().code()));
        InputCheck.start().email("email", email).orRefuse();
        String token = SecretTokens.generate();
        String normalized = Account.normalize(email);
        em.persist(new NgoInvitation(ngo, normalized, SecretTokens.hash(token), clock.instant()));
        // The invitee reads it in their own language when they have an account, else in ours.
        Language language = queries.languageOf(normalized).orElse(caller.language());
        letters.invitation(normalized, language, caller, ngo, token);
        audit.record(
                caller, "ngo.invited", Subject.of("ngo", ngoId, ngo.region().code()), normalized);
    }

    /** Accepts an invitation sent to the caller's own address; returns the NGO's id. */
    public long acceptInvitation(Caller caller, String token) {
        requireSignedIn(caller);
        Instant now = clock.instant();
        NgoInvitation invitation =
                queries.invitation(SecretTokens.hash(token == null ? "" : token.strip()))
                        .orElseThrow(() -> Refusal.gone("refusal.link.invalid"));
        invitation.accept(Account.normalize(caller.email()), now);
        Ngo ngo = invitation.ngo();
        if (!caller.represents(ngo.id())) {
            em.persist(new NgoRepresentative(ngo, queries.account(caller.accountId()), now));
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
        Ngo ngo = queries.ngo(ngoId);
        AccessPolicy.require(caller, Action.DECIDE_ON_NGO, Scope.ngo(ngoId, ngo.region().code()));
        ngo.decideIdentity(verify, reason);
        audit.record(
                caller,
                verify ? "ngo.identityVerified" : "ngo.identityRefused",
                Subject.of("ngo", ngoId, ngo.region().code()),
                reason);
        if (!verify) {
            letters.tellRepresentatives(
                    ngo, queries.representatives(ngo), "mail.identityRefused", reason);
        }
    }

    public void decideFiling(Caller caller, long filingId, boolean verify, String reason) {
        AnnualFiling filing = queries.filing(filingId);
        Ngo ngo = filing.ngo();
        AccessPolicy.require(
                caller, Action.DECIDE_ON_NGO, Scope.ngo(ngo.id(), ngo.region().code()));
        filing.decide(verify, reason, clock.instant());
        audit.record(
                caller,
                verify ? "filing.verified" : "filing.refused",
                Subject.of("filing", filingId, ngo.region().code()),
                reason);
        if (!verify) {
            letters.tellRepresentatives(
                    ngo, queries.representatives(ngo), "mail.filingRefused", reason);
        }
    }

    public void changeOperating(Caller caller, long ngoId, OperatingStatus status, String reason) {
        Ngo ngo = queries.ngo(ngoId);
        AccessPolicy.require(caller, Action.DECIDE_ON_NGO, Scope.ngo(ngoId, ngo.region().code()));
        ngo.changeOperating(status, reason);
        audit.record(
                caller,
                "ngo.operating." + status.name().toLowerCase(Locale.ROOT),
                Subject.of("ngo", ngoId, ngo.region().code()),
                reason);
        letters.tellRepresentatives(
                ngo, queries.representatives(ngo), "mail.operatingChanged", reason);
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
            Boolean waiting)
            implements NgoSearch.Criteria {

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

    /** The scope is a predicate: approvers see their regions, administrators all. */
    public List<NgoViews.Summary> list(
            Caller caller, Filter filter, int first, int size, String sortBy, boolean ascending) {
        return summaries(search.page(caller, filter, first, size, sortBy, ascending));
    }

    public long count(Caller caller, Filter filter) {
        return search.count(caller, filter);
    }

    /** A page of the filings in the caller's regions (all for administrators). */
    public List<FilingRow> filings(
            Caller caller,
            FilingSearch.Criteria filter,
            int first,
            int size,
            String sortBy,
            boolean ascending,
            Language language) {
        return filingSearch.page(caller, filter, first, size, sortBy, ascending, language).stream()
                .map(FilingRow::of)
                .toList();
    }

    public long countFilings(Caller caller, FilingSearch.Criteria filter) {
        return filingSearch.count(caller, filter);
    }

    // --- counts and policy

    /**
     * Per region and a national line last: registered (not liquidated), verified, eligible, active.
     */
    public List<NgoViews.Counts> counts() {
        return counts.perRegion().stream().map(NgoViews::counts).toList();
    }

    /**
     * The figures of {@link #counts()} as the public page shows them, and when they were computed.
     */
    public record PublicCounts(List<NgoViews.Counts> counts, Instant computedAt) {}

    /**
     * The public page's figures: {@link #counts()} computed at most once a minute on this node (a
     * visitor's page, read far more often than the registry changes; it says when).
     */
    public PublicCounts publicCounts() {
        Kept.Value<List<NgoCounts.Line>> kept = counts.perRegionForThePublic();
        return new PublicCounts(
                kept.value().stream().map(NgoViews::counts).toList(), kept.computedAt());
    }

    /** The same figures as {@link #counts()}: the regions' lines, and the national totals apart. */
    public NgoViews.CountTable countTable() {
        return NgoViews.countTable(counts());
    }

    /** Eligible NGOs per region today, by the same SQL as the lists (one statement). */
    public Map<String, Long> eligibleByRegion() {
        return counts.eligibleByRegion();
    }

    public NgoViews.Policy policy() {
        return NgoViews.policy(queries.policy());
    }

    public void changePolicy(Caller caller, Integer minMonths, String graceUntil) {
        AccessPolicy.require(caller, Action.EDIT_ELIGIBILITY_POLICY, Scope.national());
        MonthDay grace = monthDay(graceUntil);
        InputCheck.start()
                .when(
                        minMonths == null || minMonths < 0 || minMonths > 120,
                        "minMonthsRegistered",
                        "validation.policy.months")
                .when(grace == null, "filingGraceUntil", "validation.policy.grace")
                .orRefuse();
        NgoViews.Policy before = policy();
        queries.policy().change(minMonths, grace);
        audit.record(
                caller,
                "eligibilityPolicy.changed",
                Subject.none(),
                "before: " + before + "; after: " + policy());
    }

    // --- helpers

    private NgoViews.Details detailsOf(Ngo ngo) {
        List<AnnualFiling> filings = queries.filings(ngo);
        return NgoViews.details(
                ngo, eligibility.verdict(ngo, filings), filings, queries.representatives(ngo));
    }

    /** Summaries with eligibility, in three queries whatever the page size. */
    private List<NgoViews.Summary> summaries(List<Ngo> ngos) {
        Map<Long, Boolean> eligible = eligibility.eligible(ngos);
        return ngos.stream().map(n -> NgoViews.summary(n, eligible.get(n.id()))).toList();
    }

    private static void requireSignedIn(Caller caller) {
        if (caller == null) {
            throw Refusal.unauthorized("refusal.signInFirst");
        }
    }

    /** "MM-DD", or null when it is no day of the year. */
    private static MonthDay monthDay(String text) {
        try {
            return text == null ? null : MonthDay.parse("--" + text.strip());
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }
}
