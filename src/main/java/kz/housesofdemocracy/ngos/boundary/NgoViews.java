package kz.housesofdemocracy.ngos.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.ngos.control.NgoCounts;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.EligibilityPolicy;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * What the registry shows: NGOs in lists and in full, filings, counts, areas; each view made from
 * the entities it shows. (Other components read these views, so they stay at the boundary.)
 */
public final class NgoViews {

    private NgoViews() {}

    /**
     * Activity areas as forms offer them: the socially significant first, each group in the
     * alphabetical order of the page's language.
     */
    static List<Area> inOrder(List<Area> areas, CurrentLanguage language) {
        return areas.stream()
                .sorted(
                        Comparator.comparing((Area a) -> !a.sociallySignificant())
                                .thenComparing(language.order(Area::name)))
                .toList();
    }

    /** The regions' lines in the alphabetical order of the page's language, the nation's last. */
    static List<Counts> regionsInOrder(List<Counts> lines, CurrentLanguage language) {
        return lines.stream()
                .sorted(
                        Comparator.comparing((Counts c) -> c.regionCode() == null)
                                .thenComparing(language.order(Counts::regionName)))
                .toList();
    }

    static Summary summary(Ngo n, boolean eligible) {
        return new Summary(
                n.id(),
                n.name(),
                n.bin() == null ? null : n.bin().digits(),
                n.region().code(),
                n.region().name(),
                n.identity(),
                n.operating(),
                n.youthLed(),
                eligible);
    }

    static Details details(
            Ngo ngo,
            Eligibility.Verdict verdict,
            List<AnnualFiling> filings,
            List<NgoRepresentative> representatives) {
        return new Details(
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
                        .map(NgoViews::area)
                        .sorted(Comparator.comparing(Area::code))
                        .toList(),
                List.copyOf(ngo.languages()),
                List.copyOf(ngo.funding()),
                ngo.identity(),
                ngo.identityNote(),
                ngo.operating(),
                ngo.operatingNote(),
                verdict,
                filings.stream().map(NgoViews::filing).toList(),
                representatives.stream().map(NgoViews::representative).toList());
    }

    static Filing filing(AnnualFiling f) {
        return new Filing(
                f.id(),
                f.year(),
                f.filedOn(),
                f.reference(),
                f.receiptKey() != null,
                f.status(),
                f.decisionNote());
    }

    static Representative representative(NgoRepresentative r) {
        return new Representative(r.account().id(), r.account().displayName(), r.account().email());
    }

    static Area area(ActivityArea a) {
        return new Area(a.code(), a.name(), a.sociallySignificant());
    }

    static Counts counts(NgoCounts.Line l) {
        return new Counts(
                l.regionCode(),
                l.regionName(),
                l.registered(),
                l.verified(),
                l.eligible(),
                l.active());
    }

    static Policy policy(EligibilityPolicy policy) {
        MonthDay grace = policy.filingGraceUntil();
        return new Policy(
                policy.minMonthsRegistered(),
                String.format("%02d-%02d", grace.getMonthValue(), grace.getDayOfMonth()));
    }

    public record Summary(
            long id,
            LocalizedText name,
            String bin,
            String regionCode,
            LocalizedText regionName,
            IdentityStatus identity,
            OperatingStatus operating,
            boolean youthLed,
            boolean eligible)
            implements Serializable {}

    public record Filing(
            long id,
            int year,
            LocalDate filedOn,
            String reference,
            boolean receipt,
            FilingStatus status,
            String note)
            implements Serializable {}

    public record Representative(long accountId, String name, String email)
            implements Serializable {}

    public record Area(String code, LocalizedText name, boolean sociallySignificant)
            implements Serializable {}

    public record Details(
            long id,
            LocalizedText name,
            String bin,
            LegalForm legalForm,
            String regionCode,
            LocalizedText regionName,
            String address,
            LocalDate registeredOn,
            boolean youthLed,
            String contactEmail,
            String contactPhone,
            List<Area> areas,
            List<WorkingLanguage> languages,
            List<FundingSource> funding,
            IdentityStatus identity,
            String identityNote,
            OperatingStatus operating,
            String operatingNote,
            Eligibility.Verdict eligibility,
            List<Filing> filings,
            List<Representative> representatives)
            implements Serializable {}

    /** Registered, identity verified, eligible and active NGOs of one region (or the country). */
    public record Counts(
            String regionCode,
            LocalizedText regionName,
            long registered,
            long verified,
            long eligible,
            long active)
            implements Serializable {}

    /** The policy's parameters as shown and edited. */
    public record Policy(int minMonthsRegistered, String filingGraceUntil)
            implements Serializable {}
}
